package com.breachimpact.inventory;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

/**
 * Reads the entries of an inventory directory tree, depth first in name order, so that
 * the order is the same on every walk and a restart can skip what an earlier execution
 * already read. Symbolic links are returned as entries and never followed, so link loops
 * cannot hang the walk; FIFOs and device files are returned without being opened. Only
 * one directory listing per level of the current path is held in memory.
 */
public class InventoryWalker extends AbstractItemCountingItemStreamItemReader<InventoryEntry> {

	private static final Logger logger = LoggerFactory.getLogger(InventoryWalker.class);

	private final Path root;

	private final Deque<Iterator<Path>> stack = new ArrayDeque<>();

	public InventoryWalker(Path root) {
		this.root = root;
		setName("inventoryWalker");
	}

	@Override
	protected void doOpen() {
		if (!Files.isDirectory(this.root)) {
			throw new ItemStreamException("Inventory root " + this.root + " is not a directory");
		}
		this.stack.clear();
		this.stack.push(listSorted(this.root).iterator());
	}

	@Override
	protected InventoryEntry doRead() {
		while (!this.stack.isEmpty()) {
			Iterator<Path> level = this.stack.peek();
			if (!level.hasNext()) {
				this.stack.pop();
				continue;
			}
			Path path = level.next();
			InventoryEntry entry = describe(path);
			if (entry != null) {
				return entry;
			}
		}
		return null;
	}

	/**
	 * Describe one path, descending into it when it is a readable directory.
	 * @return the entry to return, or {@code null} for a directory walked into
	 */
	private InventoryEntry describe(Path path) {
		BasicFileAttributes attributes;
		try {
			attributes = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
		}
		catch (IOException ex) {
			logger.warn("Cannot read the attributes of {}: {}", relative(path), ex.toString());
			return new InventoryEntry(relative(path), EntryType.OTHER, 0, Instant.EPOCH);
		}
		Instant modified = attributes.lastModifiedTime().toInstant();
		if (attributes.isDirectory()) {
			List<Path> children = listSortedOrNull(path);
			if (children == null) {
				return new InventoryEntry(relative(path), EntryType.DIRECTORY, 0, modified);
			}
			this.stack.push(children.iterator());
			return null;
		}
		EntryType type = attributes.isRegularFile() ? EntryType.FILE
				: attributes.isSymbolicLink() ? EntryType.SYMLINK : EntryType.OTHER;
		return new InventoryEntry(relative(path), type, attributes.size(), modified, path);
	}

	private List<Path> listSorted(Path directory) {
		List<Path> children = listSortedOrNull(directory);
		if (children == null) {
			throw new ItemStreamException("Cannot list the inventory root " + directory);
		}
		return children;
	}

	private List<Path> listSortedOrNull(Path directory) {
		List<Path> children = new ArrayList<>();
		try (DirectoryStream<Path> stream = Files.newDirectoryStream(directory)) {
			stream.forEach(children::add);
		}
		catch (IOException | SecurityException ex) {
			logger.warn("Cannot list directory {}: {}", relative(directory), ex.toString());
			return null;
		}
		children.sort(null);
		return children;
	}

	private String relative(Path path) {
		return InventoryPaths.relative(this.root, path);
	}

	@Override
	protected void doClose() {
		this.stack.clear();
	}

}
