package com.breachimpact.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

import com.sun.management.GarbageCollectionNotificationInfo;

/**
 * The most heap in use right after a garbage collection while it watches: the
 * live data of the process (what a run retains), not the garbage it makes.
 */
final class HeapWatcher implements AutoCloseable {

	private final AtomicLong maxAfterGc = new AtomicLong();

	private final AtomicLong collections = new AtomicLong();

	private final List<Runnable> removals = new ArrayList<>();

	HeapWatcher() {
		NotificationListener listener = (notification, handback) -> {
			if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
				GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo
					.from((CompositeData) notification.getUserData());
				long used = info.getGcInfo()
					.getMemoryUsageAfterGc()
					.entrySet()
					.stream()
					.filter((pool) -> !pool.getKey().contains("Metaspace") && !pool.getKey().contains("Code")
							&& !pool.getKey().contains("Class"))
					.map(java.util.Map.Entry::getValue)
					.mapToLong(MemoryUsage::getUsed)
					.sum();
				this.maxAfterGc.accumulateAndGet(used, Math::max);
				this.collections.incrementAndGet();
			}
		};
		for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
			if (collector instanceof NotificationEmitter emitter) {
				emitter.addNotificationListener(listener, null, null);
				this.removals.add(() -> {
					try {
						emitter.removeNotificationListener(listener);
					}
					catch (javax.management.ListenerNotFoundException ex) {
						// already gone
					}
				});
			}
		}
	}

	/** The most heap used after a collection, in bytes. */
	long maxUsedAfterGc() {
		return this.maxAfterGc.get();
	}

	long collections() {
		return this.collections.get();
	}

	@Override
	public void close() {
		this.removals.forEach(Runnable::run);
	}

}
