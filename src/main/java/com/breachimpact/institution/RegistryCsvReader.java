package com.breachimpact.institution;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.RFC4180ParserBuilder;
import com.opencsv.exceptions.CsvException;

import com.breachimpact.protection.Masking;

/**
 * Reads the clients of a registry CSV file (RFC 4180, header row first, one client a row)
 * and checks every cell. Columns, matched on the trimmed, case-insensitive header:
 * {@code client_id} and {@code legal_name} (required), {@code aliases}, {@code bic},
 * {@code aba_routing}, {@code lei}, {@code email_domains}, {@code sftp_folders},
 * {@code iban_bank_codes} (as {@code CC:code}); multi-valued cells separate their values
 * with {@code |}. Every other column is kept in {@link Client#extra()}, among them the
 * optional columns read later by the matcher: {@code city}, {@code state},
 * {@code country} (see {@link ClientPlace}) and {@code common_word_aliases} (see
 * {@link CommonWords#isCommonWordName}), whose value is checked here. Blank lines are
 * skipped.
 */
final class RegistryCsvReader {

	static final String CLIENT_ID = "client_id";

	static final String LEGAL_NAME = "legal_name";

	static final String ALIASES = "aliases";

	static final String BIC = "bic";

	static final String ABA_ROUTING = "aba_routing";

	static final String LEI = "lei";

	static final String EMAIL_DOMAINS = "email_domains";

	static final String SFTP_FOLDERS = "sftp_folders";

	static final String IBAN_BANK_CODES = "iban_bank_codes";

	static final String CITY = "city";

	static final String STATE = "state";

	static final String COUNTRY = "country";

	static final String COMMON_WORD_ALIASES = "common_word_aliases";

	private static final List<String> KNOWN = List.of(CLIENT_ID, LEGAL_NAME, ALIASES, BIC, ABA_ROUTING, LEI,
			EMAIL_DOMAINS, SFTP_FOLDERS, IBAN_BANK_CODES);

	/**
	 * The most characters a cell may hold (a long alias list fits; a runaway line does
	 * not).
	 */
	static final int MAX_CELL_CHARS = 4 << 20;

	private final Path file;

	RegistryCsvReader(Path file) {
		this.file = file;
	}

	/**
	 * Read all clients.
	 * @param reader the CSV content (any byte order mark already removed)
	 * @return the clients in file order
	 * @throws RegistryException on the first problem found
	 */
	List<Client> read(String content) {
		long openQuote = unclosedQuoteLine(content);
		if (openQuote > 0) {
			throw new RegistryException(this.file, openQuote, "-",
					"a quoted cell opened on this line is never closed (unbalanced \")");
		}
		return read(new StringReader(content));
	}

	private List<Client> read(Reader reader) {
		try (CSVReader csv = new CSVReaderBuilder(reader).withCSVParser(new RFC4180ParserBuilder().build()).build()) {
			String[] header = csv.readNext();
			if (header == null) {
				throw new RegistryException(this.file, 1, "-", "the file is empty: a header row is required");
			}
			Map<String, Integer> columns = readHeader(header);
			List<Client> clients = new ArrayList<>();
			Map<String, Client> ids = new HashMap<>();
			long linesBefore = csv.getLinesRead();
			String[] row;
			while ((row = csv.readNext()) != null) {
				long line = linesBefore + 1;
				linesBefore = csv.getLinesRead();
				if (row.length == 1 && row[0].isBlank()) {
					continue;
				}
				if (row.length != header.length) {
					int column = Math.min(row.length, header.length) + 1;
					throw new RegistryException(this.file, line, "#" + column,
							"the row has " + row.length + " cells where the header has " + header.length);
				}
				checkCellSizes(row, header, line);
				Client client = readClient(row, header, columns, line);
				Client first = ids.putIfAbsent(client.clientId().toLowerCase(Locale.ROOT), client);
				if (first != null && first.clientId().equals(client.clientId())) {
					throw new RegistryException(this.file, line, CLIENT_ID,
							"client_id '" + client.clientId() + "' is already used on line " + first.line());
				}
				if (first != null) {
					throw new RegistryException(this.file, line, CLIENT_ID,
							"client_id '" + client.clientId() + "' differs only in case from '" + first.clientId()
									+ "' on line " + first.line()
									+ " (their report folders would be one folder on a case-insensitive file system)");
				}
				clients.add(client);
			}
			if (clients.isEmpty()) {
				throw new RegistryException(this.file, linesBefore + 1, "-",
						"the registry has no client: a header row only");
			}
			return clients;
		}
		catch (IOException | CsvException ex) {
			long line = (ex instanceof CsvException csvEx) ? csvEx.getLineNumber() : 0;
			throw new RegistryException(this.file, line, "-",
					"not readable as CSV (" + ex.getClass().getSimpleName() + ")", ex);
		}
	}

	private Map<String, Integer> readHeader(String[] header) {
		Map<String, Integer> columns = new HashMap<>();
		for (int i = 0; i < header.length; i++) {
			String name = headerName(header[i]);
			if (columns.putIfAbsent(name, i) != null) {
				throw new RegistryException(this.file, 1, "'" + name + "' (#" + (i + 1) + ")",
						"the column is in the header twice");
			}
		}
		for (String required : List.of(CLIENT_ID, LEGAL_NAME)) {
			if (!columns.containsKey(required)) {
				throw new RegistryException(this.file, 1, "'" + required + "'",
						"required column missing from the header " + Arrays.toString(header));
			}
		}
		return columns;
	}

	private static String headerName(String cell) {
		String name = cell.strip();
		if (name.startsWith("\uFEFF")) {
			name = name.substring(1).strip();
		}
		return name.toLowerCase(Locale.ROOT);
	}

	private Client readClient(String[] row, String[] header, Map<String, Integer> columns, long line) {
		String clientId = single(row, columns, CLIENT_ID, line, true);
		String legalName = single(row, columns, LEGAL_NAME, line, true);
		List<String> aliases = multi(row, columns, ALIASES, line, UnaryOperator.identity(), (v) -> true, null);
		List<String> bics = multi(row, columns, BIC, line, (v) -> v.toUpperCase(Locale.ROOT), Bic::isValid,
				"not a valid BIC (ISO 9362)");
		List<String> abas = multi(row, columns, ABA_ROUTING, line, UnaryOperator.identity(), AbaRoutingNumber::isValid,
				"not a valid ABA routing number (9 digits, checksum, prefix)");
		List<String> leis = multi(row, columns, LEI, line, (v) -> v.toUpperCase(Locale.ROOT), Lei::isValid,
				"not a valid LEI (ISO 17442)");
		List<String> domains = multi(row, columns, EMAIL_DOMAINS, line, RegistryCsvReader::canonicalDomain,
				RegistryCsvReader::isDomain, "not an e-mail domain");
		List<String> folders = multi(row, columns, SFTP_FOLDERS, line, RegistryCsvReader::canonicalFolder,
				(v) -> !v.isEmpty(), "not a folder path");
		List<String> ibanCodes = multi(row, columns, IBAN_BANK_CODES, line, (v) -> v.toUpperCase(Locale.ROOT),
				RegistryCsvReader::isIbanBankCode, "not an IBAN bank code of the form CC:code");
		Map<String, String> extra = new LinkedHashMap<>();
		for (int i = 0; i < header.length; i++) {
			String name = headerName(header[i]);
			if (!KNOWN.contains(name)) {
				extra.put(header[i].strip(), row[i]);
			}
		}
		Client client = new Client(clientId, legalName, aliases, bics, abas, leis, domains, folders, ibanCodes, extra,
				line);
		String problem = CommonWords.overrideProblem(client);
		if (problem != null) {
			throw new RegistryException(this.file, line, column(COMMON_WORD_ALIASES, columns.get(COMMON_WORD_ALIASES)),
					problem);
		}
		return client;
	}

	/**
	 * The value of an optional column kept in {@link Client#extra()}, found by its
	 * trimmed, case-insensitive header name.
	 * @param client the client
	 * @param column the lower-case column name
	 * @return the stripped value, empty when the column is missing or blank
	 */
	static String optional(Client client, String column) {
		for (Map.Entry<String, String> entry : client.extra().entrySet()) {
			if (headerName(entry.getKey()).equals(column)) {
				return (entry.getValue() != null) ? entry.getValue().strip() : "";
			}
		}
		return "";
	}

	private String single(String[] row, Map<String, Integer> columns, String column, long line, boolean required) {
		Integer index = columns.get(column);
		String value = (index != null) ? row[index].strip() : "";
		if (required && value.isEmpty()) {
			throw new RegistryException(this.file, line, column(column, index), "the value is empty");
		}
		return value;
	}

	private List<String> multi(String[] row, Map<String, Integer> columns, String column, long line,
			UnaryOperator<String> canonical, Predicate<String> valid, String problem) {
		Integer index = columns.get(column);
		if (index == null || row[index].isBlank()) {
			return List.of();
		}
		Set<String> values = new LinkedHashSet<>();
		String[] parts = row[index].split("\\|");
		for (int i = 0; i < parts.length; i++) {
			String value = parts[i].strip();
			if (value.isEmpty()) {
				continue;
			}
			value = canonical.apply(value);
			if (!valid.test(value)) {
				throw new RegistryException(this.file, line, column(column, index),
						"value #" + (i + 1) + " (" + Masking.lastFour(value) + ") is " + problem);
			}
			values.add(value);
		}
		return List.copyOf(values);
	}

	private void checkCellSizes(String[] row, String[] header, long line) {
		for (int i = 0; i < row.length; i++) {
			if (row[i].length() > MAX_CELL_CHARS) {
				throw new RegistryException(this.file, line, column(headerName(header[i]), i),
						"the cell holds " + row[i].length() + " characters, more than the " + MAX_CELL_CHARS
								+ " a registry cell may hold");
			}
		}
	}

	/**
	 * The line on which a quoted cell opens that the file never closes, or {@code 0}. (A
	 * doubled quote inside a quoted cell closes and opens it again, so counting quotes is
	 * enough.)
	 */
	static long unclosedQuoteLine(String content) {
		boolean quoted = false;
		long line = 1;
		long openedOn = 0;
		for (int i = 0; i < content.length(); i++) {
			char c = content.charAt(i);
			if (c == '"') {
				quoted = !quoted;
				if (quoted) {
					openedOn = line;
				}
			}
			else if (c == '\n') {
				line++;
			}
		}
		return quoted ? openedOn : 0;
	}

	private static String column(String name, Integer index) {
		return "'" + name + "' (#" + ((index != null) ? index + 1 : 0) + ")";
	}

	static String canonicalDomain(String value) {
		String domain = value.toLowerCase(Locale.ROOT);
		if (domain.startsWith("@")) {
			domain = domain.substring(1);
		}
		while (domain.endsWith(".")) {
			domain = domain.substring(0, domain.length() - 1);
		}
		return domain;
	}

	static boolean isDomain(String domain) {
		if (domain.length() < 3 || domain.length() > 253 || domain.indexOf('.') < 1 || domain.contains("..")) {
			return false;
		}
		for (int i = 0; i < domain.length(); i++) {
			char c = domain.charAt(i);
			if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '-')) {
				return false;
			}
		}
		return !domain.startsWith("-") && !domain.endsWith("-");
	}

	/**
	 * The canonical form of a platform folder: {@code /} separators, no leading, trailing
	 * or doubled separator, no {@code .} segment. Case is kept.
	 * @param value the folder as written
	 * @return the canonical folder, empty when nothing is left
	 */
	static String canonicalFolder(String value) {
		StringBuilder folder = new StringBuilder(value.length());
		for (String segment : value.replace('\\', '/').split("/")) {
			String part = segment.strip();
			if (part.isEmpty() || part.equals(".")) {
				continue;
			}
			if (folder.length() > 0) {
				folder.append('/');
			}
			folder.append(part);
		}
		return folder.toString();
	}

	private static boolean isIbanBankCode(String value) {
		if (value.length() < 4 || value.length() > 16 || value.charAt(2) != ':') {
			return false;
		}
		if (!Bic.isCountry(value.charAt(0), value.charAt(1)) || Iban.lengthOf(value.charAt(0), value.charAt(1)) == 0) {
			return false;
		}
		for (int i = 3; i < value.length(); i++) {
			char c = value.charAt(i);
			if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) {
				return false;
			}
		}
		return true;
	}

}
