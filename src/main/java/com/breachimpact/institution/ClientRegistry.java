package com.breachimpact.institution;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The client institutions of a case, read from a registry CSV file (see
 * {@link #load(Path)} for its format), with the warnings found in it and the SHA-256 of
 * its bytes as its version. Instances are immutable and thread-safe.
 */
public final class ClientRegistry {

	private final Path source;

	private final List<Client> clients;

	private final Map<String, Client> byId;

	private final List<RegistryWarning> warnings;

	private final String sha256;

	private ClientRegistry(Path source, List<Client> clients, List<RegistryWarning> warnings, String sha256) {
		this.source = source;
		this.clients = List.copyOf(clients);
		Map<String, Client> byId = new LinkedHashMap<>();
		for (Client client : clients) {
			byId.put(client.clientId(), client);
		}
		this.byId = byId;
		this.warnings = warnings;
		this.sha256 = sha256;
	}

	/**
	 * Read a registry file: UTF-8 CSV (RFC 4180, a byte order mark is allowed), a header
	 * row, then one client a row. Columns are matched on their trimmed, case-insensitive
	 * header name: {@code client_id} and {@code legal_name} (required, non-empty),
	 * {@code aliases}, {@code bic}, {@code aba_routing}, {@code lei},
	 * {@code email_domains}, {@code sftp_folders} and {@code iban_bank_codes}
	 * ({@code CC:code}); multi-valued cells separate values with {@code |}; other columns
	 * are kept in {@link Client#extra()}. BICs, LEIs and IBAN bank codes are upper-cased,
	 * e-mail domains lower-cased, folders given {@code /} separators.
	 * <p>
	 * Optional columns (kept in {@link Client#extra()}, read by the matcher):
	 * {@code city} and {@code state} (a US state as a two-letter code or by its name;
	 * {@code country} instead for a client outside the US) tell clients that share a name
	 * apart: a mention of the shared name counts for one of them only with its city or
	 * state near the mention (or one of its identifiers, folders or domains in the same
	 * file), and is otherwise recorded as ambiguous. {@code common_word_aliases} decides
	 * which names and aliases of the client are ordinary words that count only where used
	 * as a name: {@code yes} (all), {@code no} (none), a {@code |}-separated list of the
	 * client's own names or aliases, or empty to use the shipped word list (see
	 * {@link CommonWords}). Each group of clients sharing a name or alias is reported
	 * once in {@link #warnings()}.
	 * @param csv the registry file
	 * @return the registry
	 * @throws RegistryException when the file cannot be read, a required column is
	 * missing, a row has another number of cells than the header, a client id or legal
	 * name is empty, a client id is used twice, or an ABA routing number, BIC, LEI,
	 * e-mail domain or IBAN bank code is not valid, or a {@code common_word_aliases}
	 * value is neither a keyword nor a name or alias of its client; the message names the
	 * file, line and column
	 */
	public static ClientRegistry load(Path csv) {
		byte[] bytes;
		try {
			bytes = Files.readAllBytes(csv);
		}
		catch (IOException ex) {
			throw new RegistryException(csv, 0, "-", "the file cannot be read (" + ex.getClass().getSimpleName() + ")",
					new UncheckedIOException(ex));
		}
		String content;
		try {
			content = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString();
		}
		catch (CharacterCodingException ex) {
			throw new RegistryException(csv, firstMalformedLine(bytes), "-",
					"the file is not UTF-8: this line holds a byte sequence that is not UTF-8", ex);
		}
		if (content.startsWith("\uFEFF")) {
			content = content.substring(1);
		}
		List<Client> clients = new RegistryCsvReader(csv).read(content);
		return new ClientRegistry(csv, clients, RegistryChecks.check(clients), sha256(bytes));
	}

	/** The line of the first byte sequence that is not UTF-8 (1 for the first line). */
	private static long firstMalformedLine(byte[] bytes) {
		ByteBuffer in = ByteBuffer.wrap(bytes);
		CharBuffer out = CharBuffer.allocate(8192);
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		while (true) {
			CoderResult result = decoder.decode(in, out, true);
			if (result.isError() || !result.isOverflow()) {
				break;
			}
			out.clear();
		}
		long line = 1;
		for (int i = 0; i < in.position(); i++) {
			if (bytes[i] == '\n') {
				line++;
			}
		}
		return line;
	}

	private static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is not available", ex);
		}
	}

	/**
	 * The file the registry was read from.
	 * @return the file
	 */
	public Path source() {
		return this.source;
	}

	/**
	 * The clients, in file order.
	 * @return an unmodifiable list
	 */
	public List<Client> clients() {
		return this.clients;
	}

	/**
	 * The client with an id.
	 * @param clientId the id, compared exactly
	 * @return the client, or empty
	 */
	public Optional<Client> find(String clientId) {
		return Optional.ofNullable(this.byId.get(clientId));
	}

	/**
	 * What is suspicious in the registry, ordered by line.
	 * @return an unmodifiable list, empty when nothing is
	 */
	public List<RegistryWarning> warnings() {
		return this.warnings;
	}

	/**
	 * The version of the registry: the SHA-256 of its file's bytes.
	 * @return 64 lower-case hex digits
	 */
	public String sha256() {
		return this.sha256;
	}

	@Override
	public String toString() {
		return "ClientRegistry[" + this.source + ", " + this.clients.size() + " clients, sha256 "
				+ this.sha256.substring(0, 12) + "]";
	}

}
