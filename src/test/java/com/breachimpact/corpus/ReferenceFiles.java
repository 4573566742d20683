package com.breachimpact.corpus;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import com.breachimpact.corpus.LabelledCorpus.Label;
import com.breachimpact.corpus.LabelledCorpus.Named;

/**
 * Issue 13 files of the labelled corpus, with their own random source so that the rest of
 * the corpus stays as it was: messages whose only client evidence is an address in a
 * header (Cc, Bcc, Reply-To or Sender; at the top, in an attached message, or in a
 * message inside a ZIP), and files whose only client evidence is a path in the client's
 * platform folder written in the text (a configuration file, a transfer log, a Windows
 * path). The truth is what was written and where: the client whose domain went into the
 * header, the client whose folder went into the path. Decoys write a look-alike domain in
 * the header or a path in a folder that only starts like the client's.
 */
final class ReferenceFiles {

	private static final List<String> HEADERS = List.of("To", "Cc", "Bcc", "Reply-To", "Sender");

	private final Random random;

	private final List<CorpusClient> clients;

	private final Sink sink;

	ReferenceFiles(long seed, List<CorpusClient> clients, Sink sink) {
		this.random = new Random(seed ^ 0x13L);
		this.clients = clients;
		this.sink = sink;
	}

	void generate() {
		for (int n = 0; n < 24; n++) {
			headerMail(n);
		}
		for (int n = 0; n < 24; n++) {
			folderReference(n);
		}
		for (int n = 0; n < 10; n++) {
			decoy(n);
		}
		for (int n = 0; n < 20; n++) {
			nameAlone(n);
		}
		for (int n = 0; n < 16; n++) {
			mixedArchive(n);
		}
	}

	/**
	 * A note whose only client evidence is the legal name of one client or an alias of
	 * one client used as a name (the subject of a sentence, a cell of a bank column).
	 */
	private void nameAlone(int n) {
		List<CorpusClient> aliased = this.clients.stream().filter((c) -> !c.aliases().isEmpty()).toList();
		if (n % 2 == 0) {
			CorpusClient client = pick(this.clients);
			String content = "Call notes\n\nWe spoke with " + client.legalName()
					+ " about the delayed batch; they will resend it tomorrow.\n";
			this.sink.add("notes/names/legal_" + n + ".txt", bytes(content), Label.CLIENT_EVIDENCE,
					Truth.of(client.id(), Named.LEGAL_NAME));
		}
		else {
			CorpusClient client = pick(aliased);
			String content = (n % 4 == 1)
					? "Call notes\n\n" + client.aliases().get(0) + " confirmed the new cut-off time for wires.\n"
					: "payee,bank_name,amount\nJonas Novak," + client.aliases().get(0) + ",120.00\n";
			this.sink.add("notes/names/alias_" + n + ((n % 4 == 1) ? ".txt" : ".csv"), bytes(content),
					Label.CLIENT_EVIDENCE, Truth.of(client.id(), Named.ALIAS));
		}
	}

	/**
	 * An archive whose members name different clients: a CSV with one client's routing
	 * number, a letter with another's legal name, a message with a third's address in Cc
	 * and a fourth's folder written in its body, and a member with a routing number whose
	 * check digit is wrong (no client). Every member is a leaf of its own.
	 */
	private void mixedArchive(int n) {
		CorpusClient routed = pick(this.clients);
		CorpusClient named = pick(this.clients);
		CorpusClient copied = pick(this.clients);
		CorpusClient foldered = pick(this.clients);
		String csv = "account,routing,amount\n1234567890," + routed.aba() + ",55.10\n";
		String letter = "Dear team,\n\nThe statement of " + named.legalName() + " is enclosed.\n";
		String mail = message(n, "Cc", "ops@" + copied.domain()).replace("The daily files were delivered.",
				"The files are under /" + foldered.folder() + "/outbound/ today.");
		String decoy = "rejected routing " + CorpusIdentifiers.badAba(routed.aba()) + "\n";
		Truth truth = Truth.none()
			.member("batch/payments.csv", routed.id(), Named.ROUTING)
			.member("batch/letter.txt", named.id(), Named.LEGAL_NAME)
			.member("batch/mail.eml", copied.id(), Named.HEADER_ADDRESS)
			.member("batch/mail.eml", foldered.id(), Named.FOLDER_REFERENCE);
		this.sink.add(
				"exports/mixed/export_" + n + ".zip", zip(new String[][] { { "batch/payments.csv", csv },
						{ "batch/letter.txt", letter }, { "batch/mail.eml", mail }, { "batch/rejects.txt", decoy } }),
				Label.CLIENT_EVIDENCE, truth);
	}

	private CorpusClient pick(List<CorpusClient> from) {
		return from.get(this.random.nextInt(from.size()));
	}

	/** A message whose client is named only by the address in one header. */
	private void headerMail(int n) {
		CorpusClient client = this.clients.get(this.random.nextInt(this.clients.size()));
		String header = HEADERS.get(n % HEADERS.size());
		String address = "wire.room@sftp." + client.domain();
		String message = message(n, header, address);
		switch (n % 3) {
			case 0 -> this.sink.add("mail/headers/msg_" + n + ".eml", bytes(message), Label.HEADER_EVIDENCE,
					Truth.of(client.id(), Named.HEADER_ADDRESS));
			// the header is in the attached message, a leaf of its own
			case 1 -> this.sink.add("mail/headers/fwd_" + n + ".eml", bytes(forwarding(n, message)),
					Label.HEADER_EVIDENCE, Truth.none().member("original.eml", client.id(), Named.HEADER_ADDRESS));
			default -> this.sink.add("mail/headers/export_" + n + ".zip",
					zip(new String[][] { { "sent/msg_" + n + ".eml", message } }), Label.HEADER_EVIDENCE,
					Truth.none().member("sent/msg_" + n + ".eml", client.id(), Named.HEADER_ADDRESS));
		}
	}

	/** A file whose client is named only by a path in its platform folder. */
	private void folderReference(int n) {
		CorpusClient client = this.clients.get(this.random.nextInt(this.clients.size()));
		String folder = client.folder();
		String content = switch (n % 3) {
			case 0 -> "transfer:\n  host: sftp.transferhub-vendor.com\n  remote_dir: /"
					+ folder.toUpperCase(Locale.ROOT) + "/inbound\n  retries: 3\n";
			case 1 -> "2024-04-0" + (1 + n % 9) + " 09:00:00 op=PUT path=/srv/sftp/" + folder + "/archive/batch_" + n
					+ ".dat bytes=" + (1000 + n) + "\n";
			default -> "Share: \\\\fileserver\\" + folder.replace('/', '\\') + "\\outbound\\report_" + n + ".xlsx\n";
		};
		String extension = (n % 3 == 0) ? ".yaml" : ".txt";
		this.sink.add("ops/references/ref_" + n + extension, bytes(content), Label.FOLDER_REFERENCE,
				Truth.of(client.id(), Named.FOLDER_REFERENCE));
	}

	/** Look-alikes: a header domain that only ends like the client's, a longer folder. */
	private void decoy(int n) {
		CorpusClient client = this.clients.get(this.random.nextInt(this.clients.size()));
		if (n % 2 == 0) {
			String message = message(n, "Cc", "wire.room@not" + client.domain());
			this.sink.add("mail/headers/decoy_" + n + ".eml", bytes(message), Label.DECOY, Truth.none());
		}
		else {
			String content = "op=PUT path=/" + client.folder() + "-archive/x_" + n + ".dat\nop=GET path=/"
					+ client.folder().replace("clients/", "clientsold/") + "/y.dat\n";
			this.sink.add("ops/references/decoy_" + n + ".txt", bytes(content), Label.DECOY, Truth.none());
		}
	}

	private static String message(int n, String header, String address) {
		return "From: Transfer Desk <desk@transferhub-vendor.com>\r\n" + "To: files@transferhub-vendor.com\r\n" + header
				+ ": Wire Room <" + address + ">\r\n" + "Subject: Daily settlement " + n + "\r\n"
				+ "Date: Mon, 1 Apr 2024 09:00:00 +0000\r\n" + "MIME-Version: 1.0\r\n"
				+ "Content-Type: text/plain; charset=UTF-8\r\n\r\n" + "The daily files were delivered.\r\n";
	}

	private static String forwarding(int n, String attached) {
		return "From: Archive <archive@transferhub-vendor.com>\r\n" + "To: files@transferhub-vendor.com\r\n"
				+ "Subject: Fwd " + n + "\r\n" + "MIME-Version: 1.0\r\n"
				+ "Content-Type: multipart/mixed; boundary=\"fw" + n + "\"\r\n\r\n" + "--fw" + n + "\r\n"
				+ "Content-Type: text/plain; charset=UTF-8\r\n\r\nForwarded as attachment.\r\n" + "--fw" + n + "\r\n"
				+ "Content-Type: message/rfc822\r\n"
				+ "Content-Disposition: attachment; filename=\"original.eml\"\r\n\r\n" + attached + "\r\n--fw" + n
				+ "--\r\n";
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	private static byte[] zip(String[][] members) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			for (String[] member : members) {
				ZipEntry entry = new ZipEntry(member[0]);
				// a fixed time: the same seed gives the same bytes
				entry.setTime(1_711_962_000_000L);
				zip.putNextEntry(entry);
				zip.write(bytes(member[1]));
				zip.closeEntry();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	/** Where the files go. */
	interface Sink {

		void add(String path, byte[] content, Label label, Truth truth);

	}

}
