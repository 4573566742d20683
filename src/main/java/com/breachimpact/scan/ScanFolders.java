package com.breachimpact.scan;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import com.breachimpact.incremental.IncrementalProperties;
import com.breachimpact.inventory.ManifestReader;
import com.breachimpact.protection.WorkFolderProperties;
import com.breachimpact.report.OutputManifest;

import org.springframework.stereotype.Component;

/**
 * Checks, before a scan starts, that the folders it writes to are apart from the
 * inventory: the reports folder and the work folder (database, case key, text cache,
 * locks) are neither inside the inventory nor hold it, so nothing the tool writes is
 * walked as evidence and no evidence is ever replaced; and that the reports folder is a
 * folder that is new, empty or holds earlier reports of the same case.
 */
@Component
public class ScanFolders {

	private final Map<String, Path> workFolders = new LinkedHashMap<>();

	public ScanFolders(WorkFolderProperties workFolder, ScanProperties scan, IncrementalProperties incremental) {
		put("work folder (--work-dir)", workFolder.workDir());
		put("case key file (breach-impact.scan.key-file)", scan.keyFile());
		if (incremental.textCacheOn()) {
			put("text cache (breach-impact.incremental.text-cache)", incremental.textCache());
		}
		put("locks folder (breach-impact.incremental.locks)", incremental.locks());
	}

	private void put(String name, Path path) {
		if (path != null) {
			this.workFolders.put(name, path);
		}
	}

	/**
	 * Check the folders of a request.
	 * @param request the request, whose inventory exists
	 * @throws InvalidScanException with the reason and the fix
	 */
	public void check(ScanRequest request) {
		Path inventory = real(request.inventory());
		apart("reports folder (--out)", request.out(), inventory);
		this.workFolders.forEach((name, path) -> apart(name, path, inventory));
		try {
			OutputManifest.checkUsable(request.out(), request.caseName());
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidScanException(ex.getMessage(), ex);
		}
		if (request.manifest() != null) {
			try {
				ManifestReader.checkPaths(request.manifest());
			}
			catch (IllegalArgumentException ex) {
				throw new InvalidScanException(ex.getMessage(), ex);
			}
			catch (IOException ex) {
				throw new InvalidScanException(
						"Manifest " + request.manifest() + " cannot be read (" + ex.getClass().getSimpleName() + ")",
						ex);
			}
		}
	}

	private static void apart(String name, Path folder, Path inventory) {
		Path real = real(folder);
		if (real.startsWith(inventory)) {
			throw new InvalidScanException("The " + name + " " + folder + " is inside the inventory " + inventory
					+ ": what the tool writes there would be taken for evidence. Put it outside the inventory");
		}
		if (inventory.startsWith(real)) {
			throw new InvalidScanException("The inventory " + inventory + " is inside the " + name + " " + folder
					+ ": put the inventory and the tool's folders apart");
		}
	}

	/**
	 * A path with every link of its existing part resolved, so that a folder reached
	 * through a link is compared by where it really is.
	 */
	static Path real(Path path) {
		Path absolute = path.toAbsolutePath().normalize();
		Path existing = absolute;
		while (existing != null && !Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
			existing = existing.getParent();
		}
		if (existing == null) {
			return absolute;
		}
		try {
			return existing.toRealPath().resolve(existing.relativize(absolute)).normalize();
		}
		catch (IOException ex) {
			return absolute;
		}
	}

}
