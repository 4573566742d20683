package com.breachimpact.sample;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.opencsv.CSVReader;
import com.opencsv.exceptions.CsvValidationException;

/**
 * A deliberately simple reference scan of text against the sample registry, used to check
 * that {@code EXPECTED.md} says what the files hold: which clients have strong evidence
 * (identifier, e-mail domain, folder) and which are only named. NACHA records are read by
 * field position.
 */
final class RegistryScan {

	private static final Pattern NINE_DIGITS = Pattern.compile("(?<![0-9])[0-9]{9}(?![0-9])");

	private static final Pattern BIC = Pattern.compile("(?<![A-Z0-9])[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?(?![A-Z0-9])");

	private static final Pattern LEI = Pattern.compile("(?<![A-Z0-9])[0-9A-Z]{18}[0-9]{2}(?![A-Z0-9])");

	private static final Pattern IBAN = Pattern.compile("(?<![A-Z0-9])[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}(?![A-Z0-9])");

	private final List<Map<String, String>> rows;

	private RegistryScan(List<Map<String, String>> rows) {
		this.rows = rows;
	}

	/**
	 * Read a registry CSV.
	 * @param csv the registry
	 * @return the scan
	 * @throws IOException if it cannot be read
	 */
	static RegistryScan read(Reader csv) throws IOException {
		try (CSVReader reader = new CSVReader(csv)) {
			String[] header = reader.readNext();
			List<Map<String, String>> rows = new ArrayList<>();
			for (String[] cells = reader.readNext(); cells != null; cells = reader.readNext()) {
				Map<String, String> row = new LinkedHashMap<>();
				for (int i = 0; i < header.length; i++) {
					row.put(header[i], (i < cells.length) ? cells[i] : "");
				}
				rows.add(row);
			}
			return new RegistryScan(rows);
		}
		catch (CsvValidationException ex) {
			throw new IOException(ex);
		}
	}

	/**
	 * The registry rows, column name to cell.
	 * @return the rows
	 */
	List<Map<String, String>> rows() {
		return this.rows;
	}

	/**
	 * The values of a multi-valued cell.
	 * @param row a registry row
	 * @param column the column name
	 * @return the values, none for an empty cell
	 */
	static List<String> values(Map<String, String> row, String column) {
		String cell = row.get(column);
		return (cell == null || cell.isEmpty()) ? List.of() : Arrays.asList(cell.split("\\|"));
	}

	/**
	 * The clients with strong evidence in a file: identifiers or e-mail domains in its
	 * text, or its path under their folder.
	 * @param path the file path relative to the platform root
	 * @param text the extracted text
	 * @return the client ids, sorted
	 */
	Set<String> strongEvidence(String path, String text) {
		Set<String> routings = new TreeSet<>();
		collect(NINE_DIGITS.matcher(text), routings);
		for (String line : text.split("\\r?\\n")) {
			if (line.length() == 94 && line.startsWith("6")) {
				routings.add(line.substring(3, 12));
			}
			else if (line.length() == 94 && line.startsWith("5")) {
				routings.add(line.substring(79, 87));
			}
		}
		Set<String> bics = new TreeSet<>();
		Matcher bic = BIC.matcher(text);
		while (bic.find()) {
			bics.add(bic.group().substring(0, 8));
		}
		Set<String> leis = new TreeSet<>();
		collect(LEI.matcher(text), leis);
		Set<String> ibans = new TreeSet<>();
		collect(IBAN.matcher(text), ibans);
		String lower = text.toLowerCase(Locale.ROOT);
		Set<String> found = new TreeSet<>();
		for (Map<String, String> row : this.rows) {
			String id = row.get("client_id");
			for (String aba : values(row, "aba_routing")) {
				// an ODFI field holds the first eight digits only
				if (routings.contains(aba) || routings.contains(aba.substring(0, 8))) {
					found.add(id);
				}
			}
			if (values(row, "bic").stream().anyMatch((value) -> bics.contains(value.substring(0, 8)))
					|| values(row, "lei").stream().anyMatch(leis::contains)
					|| values(row, "email_domains").stream().anyMatch((domain) -> containsWord(lower, domain))
					|| values(row, "sftp_folders").stream().anyMatch((folder) -> path.startsWith(folder + "/"))
					|| values(row, "iban_bank_codes").stream()
						.anyMatch((code) -> ibans.stream()
							.anyMatch((iban) -> iban.startsWith(code.substring(0, 2))
									&& iban.startsWith(code.substring(3), 4)))) {
				found.add(id);
			}
		}
		return found;
	}

	/**
	 * The clients whose legal name or an alias appears as a whole word sequence, ignoring
	 * case.
	 * @param text the extracted text
	 * @return the client ids, sorted
	 */
	Set<String> named(String text) {
		Set<String> found = new TreeSet<>();
		for (Map<String, String> row : this.rows) {
			List<String> names = new ArrayList<>(values(row, "aliases"));
			names.add(row.get("legal_name"));
			for (String name : names) {
				Pattern pattern = Pattern.compile("(?<![A-Za-z0-9])" + Pattern.quote(name) + "(?![A-Za-z0-9])",
						Pattern.CASE_INSENSITIVE);
				if (pattern.matcher(text).find()) {
					found.add(row.get("client_id"));
				}
			}
		}
		return found;
	}

	private static boolean containsWord(String text, String domain) {
		return Pattern.compile("(?<![a-z0-9-])" + Pattern.quote(domain) + "(?![a-z0-9-])").matcher(text).find();
	}

	private static void collect(Matcher matcher, Set<String> into) {
		while (matcher.find()) {
			into.add(matcher.group());
		}
	}

}
