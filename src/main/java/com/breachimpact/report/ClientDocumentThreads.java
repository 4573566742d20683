package com.breachimpact.report;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads that render and write the clients' documents ({@code report.html},
 * {@code report.pdf}) side by side: a bounded pool of daemon threads named
 * {@code report-1}, {@code report-2}..., or none at all (each task then runs in the
 * calling thread when submitted) when there is one thread or one client. Closing it stops
 * the threads, waiting a little for a task still running.
 */
final class ClientDocumentThreads implements AutoCloseable {

	private static final long STOP_SECONDS = 30;

	private final ExecutorService pool;

	private final int threads;

	private ClientDocumentThreads(ExecutorService pool, int threads) {
		this.pool = pool;
		this.threads = threads;
	}

	/**
	 * The threads for the documents of some clients.
	 * @param threads the most threads to use
	 * @param clients the number of clients
	 * @return a pool of {@code min(threads, clients)} threads, or the calling thread
	 * alone when that is 1 or less
	 */
	static ClientDocumentThreads forClients(int threads, int clients) {
		int size = Math.min(threads, clients);
		if (size <= 1) {
			return new ClientDocumentThreads(null, 1);
		}
		AtomicInteger number = new AtomicInteger();
		ThreadFactory factory = (task) -> {
			Thread thread = new Thread(task, "report-" + number.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		};
		return new ClientDocumentThreads(Executors.newFixedThreadPool(size, factory), size);
	}

	/**
	 * The number of threads: the clients to have in progress at once so that none idles.
	 * @return the threads (1 with no pool)
	 */
	int threads() {
		return this.threads;
	}

	/**
	 * Run a task on one of the threads (in the calling thread, at once, with no pool).
	 * @param <T> the task's result
	 * @param task the task
	 * @return its future result, or its failure as an
	 * {@link java.util.concurrent.ExecutionException}
	 */
	<T> Future<T> submit(Callable<T> task) {
		if (this.pool != null) {
			return this.pool.submit(task);
		}
		FutureTask<T> future = new FutureTask<>(task);
		future.run();
		return future;
	}

	@Override
	public void close() {
		if (this.pool == null) {
			return;
		}
		this.pool.shutdownNow();
		try {
			this.pool.awaitTermination(STOP_SECONDS, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
