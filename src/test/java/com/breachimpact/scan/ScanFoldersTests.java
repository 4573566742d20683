package com.breachimpact.scan;

import java.nio.file.Files;
import java.nio.file.Path;

import com.breachimpact.incremental.IncrementalProperties;
import com.breachimpact.protection.WorkFolderProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * The work folder (database, case key, text cache, locks) is never inside the inventory
 * and never holds it, even when reached through a link.
 */
class ScanFoldersTests {

	@TempDir
	Path dir;

	private static ScanFolders folders(Path work) {
		return new ScanFolders(new WorkFolderProperties(work),
				new ScanProperties(null, null, null, null, null, 20, work.resolve("case.key")),
				new IncrementalProperties(work.resolve("text-cache"), work.resolve("locks"), true));
	}

	@Test
	void aWorkFolderInsideTheInventoryIsRefused() throws Exception {
		// given
		Path inventory = Files.createDirectories(this.dir.resolve("inventory"));
		ScanRequest request = new ScanRequest(inventory, this.dir.resolve("clients.csv"), this.dir.resolve("out"));

		// when / then
		assertThatExceptionOfType(InvalidScanException.class)
			.isThrownBy(() -> folders(inventory.resolve(".breach-impact")).check(request))
			.withMessageContaining("work folder (--work-dir)")
			.withMessageContaining("inside the inventory");
	}

	@Test
	void anInventoryInsideTheWorkFolderIsRefused() throws Exception {
		// given
		Path work = Files.createDirectories(this.dir.resolve("work"));
		Path inventory = Files.createDirectories(work.resolve("inventory"));
		ScanRequest request = new ScanRequest(inventory, this.dir.resolve("clients.csv"), this.dir.resolve("out"));

		// when / then
		assertThatExceptionOfType(InvalidScanException.class).isThrownBy(() -> folders(work).check(request))
			.withMessageContaining("The inventory");
	}

	@Test
	void aWorkFolderReachedThroughALinkIntoTheInventoryIsRefused() throws Exception {
		// given
		Path inventory = Files.createDirectories(this.dir.resolve("inventory"));
		Path link = Files.createSymbolicLink(this.dir.resolve("link"), inventory);
		ScanRequest request = new ScanRequest(inventory, this.dir.resolve("clients.csv"), this.dir.resolve("out"));

		// when / then
		assertThatExceptionOfType(InvalidScanException.class)
			.isThrownBy(() -> folders(link.resolve("work")).check(request))
			.withMessageContaining("inside the inventory");
		assertThatNoException().isThrownBy(() -> folders(this.dir.resolve("work")).check(request));
	}

}
