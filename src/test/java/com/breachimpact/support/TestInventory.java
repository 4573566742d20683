package com.breachimpact.support;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A small inventory and registry written into a test folder: files that point to clients
 * by routing number, name, e-mail domain, folder and zip member, files that point to
 * none, and files that cannot be read.
 */
public final class TestInventory {

	/** The registry: three clients, one of which no file mentions. */
	public static final String REGISTRY = """
			client_id,legal_name,aliases,bic,aba_routing,lei,email_domains,sftp_folders
			HARBOR,First Harbor Bank,Harbor Bank,,011000015,,firstharbor.example,clients/harbor
			PRAIRIE,Prairie Gold Credit Union,,,021000021,,prairiegold.example,clients/prairie
			UNTOUCHED,Quiet Lake Savings,,,026009593,,quietlake.example,clients/quietlake
			""";

	private TestInventory() {
	}

	/**
	 * Write the inventory under {@code dir/inventory} and the registry as
	 * {@code dir/clients.csv}.
	 * @param dir the folder
	 * @return the inventory root
	 */
	public static Path write(Path dir) throws IOException {
		Path root = dir.resolve("inventory");
		write(root.resolve("clients/harbor/outbound/payroll.csv"), "name,amount\nJane Roe,120.00\nJohn Poe,99.10\n");
		write(root.resolve("shared/wire-log.txt"),
				"2024-03-02 wire sent via routing 021000021 for Prairie Gold Credit Union\n");
		write(root.resolve("shared/contacts.txt"), "Please copy ops@firstharbor.example on all returns.\n");
		write(root.resolve("shared/notes.txt"), "Nothing about any client in here.\n");
		write(root.resolve("shared/empty.txt"), "");
		byte[] junk = new byte[2048];
		new Random(7).nextBytes(junk);
		Files.write(root.resolve("shared/broken.docx"), junk);
		try (OutputStream out = Files.newOutputStream(root.resolve("shared/bundle.zip"));
				ZipOutputStream zip = new ZipOutputStream(out)) {
			zip.putNextEntry(new ZipEntry("2024/q3.txt"));
			zip.write("Settlement for First Harbor Bank, routing 011000015\n".getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
		}
		for (int i = 0; i < 12; i++) {
			write(root.resolve("archive/batch-" + i + ".txt"), "batch " + i + " routing 021000021\n");
		}
		write(dir.resolve("clients.csv"), REGISTRY);
		return root;
	}

	private static void write(Path file, String content) throws IOException {
		Files.createDirectories(file.getParent());
		Files.writeString(file, content, StandardCharsets.UTF_8);
	}

}
