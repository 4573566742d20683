package com.breachimpact.persons;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

import com.breachimpact.classification.SensitiveDataClassifier;
import com.breachimpact.classification.SensitiveFinding;
import com.breachimpact.protection.KeyedHasher;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A labelled corpus of persons spread over five files in three layouts (CSV with first
 * and last name and address columns, JSON with {@code LAST, FIRST M.} names and address
 * lines, XML, a CSV of logins, a semicolon-separated birthday list), with the truth
 * written by the generator: who each record is, where they live, what each file exposes.
 * It holds the same person under two spellings (accents, order, middle initials), people
 * sharing a name (other birth dates), and pairs with one name and birth date but
 * different SSNs. The files go through the real classifier; persons, merges, residences
 * and legal combinations are compared with the truth.
 */
class PersonsCorpusTests {

	private static final String[] FIRST = { "José", "Zoë", "Renée", "Maria", "John", "Aisha", "Wei", "Olga", "Liam",
			"Noah", "Emma", "Ava", "Lucas", "Mia", "Ethan", "Chloé", "Mateo", "Sofia", "Björn", "Ana", "Omar", "Grace",
			"Hugo", "Ines", "Kenji", "Lena", "Marco", "Nora", "Pablo", "Ruth" };

	private static final String[] LAST = { "Álvarez", "Smith", "Nguyen", "Müller", "O'Brien", "García", "Johnson",
			"Kowalski", "Brown", "Dubois", "Rossi", "Khan", "Larsen", "Silva", "Cohen", "Ivanova", "Tanaka", "Walker",
			"Young", "Zimmer", "Baker", "Castro", "Diaz", "Evans", "Fischer", "Gomez", "Hughes", "Ibáñez", "Jensen",
			"Keller" };

	private static final String[][] STATES = { { "FL", "Miami", "33101" }, { "TX", "Austin", "78701" },
			{ "CA", "Fresno", "93701" }, { "NY", "Albany", "12207" }, { "IL", "Peoria", "61602" },
			{ "NM", "Santa Fe", "87501" } };

	private final SensitiveDataClassifier classifier = new SensitiveDataClassifier(
			KeyedHasher.withKey("persons-corpus-key-0123456789abcdef".getBytes()));

	@Test
	void personsMergesResidencesAndCombinationsMatchTheTruth() {
		// given
		Corpus corpus = Corpus.generate(new Random(20261201L), 900);
		List<PersonRecord> records = new ArrayList<>();
		List<Integer> truthOfRecord = new ArrayList<>();
		for (Corpus.File file : corpus.files) {
			List<SensitiveFinding> findings = this.classifier.classify(file.text.toString(), file.name, file.mediaType)
				.findings();
			List<PersonRecord> fileRecords = PersonRecords.of(findings);
			assertThat(fileRecords).as(file.name).hasSize(file.rows.size());
			records.addAll(fileRecords);
			truthOfRecord.addAll(file.rows);
		}
		// when
		int[] clusters = PersonResolver.clusters(records);
		List<Person> persons = PersonResolver.resolve(records);
		ClientObligations obligations = ObligationCalculator.shipped().ofPersons(persons);
		// then: persons within 2% of the truth
		Set<Integer> truePersons = new HashSet<>(truthOfRecord);
		assertThat((double) persons.size()).isCloseTo(truePersons.size(),
				org.assertj.core.data.Offset.offset(truePersons.size() * 0.02));
		// merge precision: pairs of records joined that are one true person
		Map<Integer, List<Integer>> byCluster = new HashMap<>();
		for (int i = 0; i < clusters.length; i++) {
			byCluster.computeIfAbsent(clusters[i], (c) -> new ArrayList<>()).add(truthOfRecord.get(i));
		}
		long pairs = 0;
		long correct = 0;
		for (List<Integer> members : byCluster.values()) {
			for (int a = 0; a < members.size(); a++) {
				for (int b = a + 1; b < members.size(); b++) {
					pairs++;
					correct += members.get(a).equals(members.get(b)) ? 1 : 0;
				}
			}
		}
		System.out.printf("persons corpus: %d records, %d true persons, %d found, merge precision %d/%d, %d flagged%n",
				records.size(), truePersons.size(), persons.size(), correct, pairs, obligations.needsReview());
		assertThat(pairs).isPositive();
		assertThat((double) correct / pairs).as("merge precision").isGreaterThanOrEqualTo(0.99);
		// the conflict pairs are kept apart and flagged
		assertThat(obligations.needsReview()).isEqualTo(2L * corpus.conflictPairs);
		// per-residence counts exact
		Map<String, Long> expectedResidences = new TreeMap<>();
		Map<String, Long> expectedCombinations = new TreeMap<>();
		for (int person : truePersons) {
			expectedResidences.merge(corpus.residenceOf(person), 1L, Long::sum);
			Set<DataElement> elements = corpus.elementsOf(person);
			for (String rule : expectedRules(elements)) {
				expectedCombinations.merge(rule, 1L, Long::sum);
			}
		}
		Map<String, Long> foundResidences = new TreeMap<>();
		obligations.residences().forEach((r) -> foundResidences.put(r.residence(), r.persons()));
		assertThat(foundResidences).isEqualTo(expectedResidences);
		Map<String, Long> foundCombinations = new TreeMap<>();
		obligations.combinations()
			.stream()
			.filter((c) -> c.persons() > 0)
			.forEach((c) -> foundCombinations.put(c.rule().id(), c.persons()));
		assertThat(foundCombinations).isEqualTo(expectedCombinations);
		assertThat(expectedCombinations.keySet()).contains("name-ssn", "name-drivers-license", "name-financial-account",
				"online-credentials", "name-dob-only", "glba-sensitive");
	}

	/** The shipped rules, written out independently of the rules file. */
	private static List<String> expectedRules(Set<DataElement> e) {
		List<String> rules = new ArrayList<>();
		boolean name = e.contains(DataElement.NAME);
		if (name && e.contains(DataElement.SSN)) {
			rules.add("name-ssn");
		}
		if (name && e.contains(DataElement.DRIVERS_LICENSE)) {
			rules.add("name-drivers-license");
		}
		if (name && (e.contains(DataElement.ACCOUNT) || e.contains(DataElement.CARD))
				&& e.contains(DataElement.ACCESS_CODE)) {
			rules.add("name-financial-account");
		}
		if ((e.contains(DataElement.USERNAME) || e.contains(DataElement.EMAIL))
				&& e.contains(DataElement.ACCESS_CODE)) {
			rules.add("online-credentials");
		}
		if (name && e.contains(DataElement.DOB) && !e.contains(DataElement.SSN)
				&& !e.contains(DataElement.DRIVERS_LICENSE) && !e.contains(DataElement.ACCOUNT)
				&& !e.contains(DataElement.CARD) && !e.contains(DataElement.ACCESS_CODE)
				&& !e.contains(DataElement.USERNAME)) {
			rules.add("name-dob-only");
		}
		if ((name || e.contains(DataElement.ADDRESS) || e.contains(DataElement.PHONE)) && (e.contains(DataElement.SSN)
				|| e.contains(DataElement.DRIVERS_LICENSE) || e.contains(DataElement.ACCOUNT)
				|| e.contains(DataElement.CARD) || e.contains(DataElement.ACCESS_CODE))) {
			rules.add("glba-sensitive");
		}
		return rules;
	}

	/** The generated files and their truth. */
	static final class Corpus {

		final List<File> files = new ArrayList<>();

		final List<Truth> people = new ArrayList<>();

		int conflictPairs;

		static Corpus generate(Random random, int count) {
			Corpus corpus = new Corpus();
			Set<String> ssns = new HashSet<>();
			Set<String> nameDobs = new HashSet<>();
			for (int i = 0; i < count; i++) {
				Truth person = new Truth();
				person.first = FIRST[random.nextInt(FIRST.length)];
				person.last = LAST[random.nextInt(LAST.length)];
				person.dob = String.format(Locale.ROOT, "%d-%02d-%02d", 1940 + random.nextInt(60),
						1 + random.nextInt(12), 1 + random.nextInt(28));
				int kind = i % 10;
				if (kind == 3 && i > 0) {
					// a namesake of the previous person, born another day
					person.first = corpus.people.get(i - 1).first;
					person.last = corpus.people.get(i - 1).last;
				}
				if (kind == 5 && i > 0) {
					// same name and date of birth as the previous person, another SSN:
					// both are written to the customer file only
					Truth previous = corpus.people.get(i - 1);
					person.first = previous.first;
					person.last = previous.last;
					person.dob = previous.dob;
					previous.conflict = true;
					person.conflict = true;
					corpus.conflictPairs++;
				}
				else if (!nameDobs.add(fold(person.first + " " + person.last) + person.dob)) {
					person.dob = "1939-01-01".equals(person.dob) ? "1938-01-01"
							: "1939-0" + (1 + (i % 9)) + "-1" + (i % 9);
				}
				nameDobs.add(fold(person.first + " " + person.last) + person.dob);
				do {
					person.ssn = String.format(Locale.ROOT, "%03d-%02d-%04d", 100 + random.nextInt(500),
							1 + random.nextInt(98), 1 + random.nextInt(9998));
				}
				while (!ssns.add(person.ssn));
				person.account = Long.toString(1_000_000_000L + random.nextInt(900_000_000));
				person.card = luhn("4" + String.format(Locale.ROOT, "%014d", (long) (random.nextDouble() * 1e14)));
				person.licence = "D" + (1_000_000 + random.nextInt(9_000_000));
				person.pin = Integer.toString(1000 + random.nextInt(9000)) + random.nextInt(10);
				person.state = random.nextInt(12) == 0 ? null : STATES[random.nextInt(STATES.length)];
				person.german = person.state == null && random.nextBoolean();
				corpus.people.add(person);
			}
			File customers = corpus.file("customers.csv", "text/csv",
					"first_name,last_name,ssn,dob,street,city,state,zip,country\n");
			File accounts = corpus.file("accounts.json", "application/json", "[\n");
			File cards = corpus.file("cards.xml", "application/xml", "<customers>\n");
			File logins = corpus.file("logins.csv", "text/csv", "name,dob,username,email,password\n");
			File birthdays = corpus.file("birthdays.csv", "text/csv", "Full Name;Date of Birth;City;State\n");
			for (int i = 0; i < corpus.people.size(); i++) {
				Truth p = corpus.people.get(i);
				boolean inCustomers = p.conflict || random.nextInt(10) < 6;
				boolean inAccounts = !p.conflict && random.nextInt(10) < 4;
				boolean inCards = !p.conflict && random.nextInt(10) < 3;
				boolean inLogins = !p.conflict && random.nextInt(10) < 2;
				boolean inBirthdays = !p.conflict && random.nextInt(10) == 0;
				if (inBirthdays && random.nextBoolean()) {
					// some people are only in the birthday list: name and date of birth
					// only
					inCustomers = false;
					inAccounts = false;
					inCards = false;
					inLogins = false;
				}
				else if (!inCustomers && !inAccounts && !inCards && !inLogins) {
					inLogins = true;
				}
				if (inBirthdays) {
					birthdays.row(i, p.first + " " + p.last + ";" + p.dob + ";"
							+ ((p.state != null) ? p.state[1] + ";" + p.state[0] : ";") + "\n");
					p.elements.addAll(Set.of(DataElement.NAME, DataElement.DOB));
					if (p.state != null) {
						p.elements.add(DataElement.ADDRESS);
						p.addressed = true;
					}
				}
				if (inCustomers) {
					String address = (p.state != null)
							? "12 Oak St," + p.state[1] + "," + p.state[0] + "," + p.state[2] + ",US"
							: p.german ? "Hauptstr. 1,Berlin,,10115,Germany" : ",,,,";
					customers.row(i, p.first + "," + p.last + "," + p.ssn + "," + p.dob + "," + address + "\n");
					p.elements.addAll(Set.of(DataElement.NAME, DataElement.SSN, DataElement.DOB));
					if (p.state != null || p.german) {
						p.elements.add(DataElement.ADDRESS);
						p.addressed = true;
					}
				}
				if (inAccounts) {
					String name = strip(p.last).toUpperCase(Locale.ROOT) + ", "
							+ strip(p.first).toUpperCase(Locale.ROOT) + " " + (char) ('A' + i % 26) + ".";
					String address = (p.state != null)
							? ", \"address\": \"9 Elm Rd, " + p.state[1] + ", " + p.state[0] + " " + p.state[2] + "\""
							: "";
					accounts.row(i,
							((accounts.rows.isEmpty()) ? "" : ",\n") + "{\"name\": \"" + name + "\", \"dob\": \""
									+ p.dob + "\", \"account_number\": \"" + p.account + "\", \"pin\": \"" + p.pin
									+ "\"" + address + "}");
					p.elements.addAll(
							Set.of(DataElement.NAME, DataElement.DOB, DataElement.ACCOUNT, DataElement.ACCESS_CODE));
					if (p.state != null) {
						p.elements.add(DataElement.ADDRESS);
						p.addressed = true;
					}
				}
				if (inCards) {
					cards.row(i, "<customer><name>" + p.first + " " + p.last + "</name><birth_date>" + p.dob
							+ "</birth_date><ssn>" + p.ssn + "</ssn><card_number>" + p.card
							+ "</card_number><drivers_license>" + p.licence + "</drivers_license></customer>\n");
					p.elements.addAll(Set.of(DataElement.NAME, DataElement.DOB, DataElement.SSN, DataElement.CARD,
							DataElement.DRIVERS_LICENSE));
				}
				if (inLogins) {
					String user = strip(p.first).toLowerCase(Locale.ROOT) + i;
					logins.row(i, p.first + " " + p.last + "," + p.dob + "," + user + "," + user + "@mail.example.org,"
							+ "Pw!" + p.pin + "x\n");
					p.elements.addAll(Set.of(DataElement.NAME, DataElement.DOB, DataElement.USERNAME, DataElement.EMAIL,
							DataElement.ACCESS_CODE));
				}
			}
			accounts.text.append("\n]\n");
			cards.text.append("</customers>\n");
			return corpus;
		}

		private File file(String name, String mediaType, String header) {
			File file = new File(name, mediaType, header);
			this.files.add(file);
			return file;
		}

		String residenceOf(int person) {
			Truth truth = this.people.get(person);
			if (!truth.addressed) {
				return "unknown";
			}
			return (truth.state != null) ? "US-" + truth.state[0] : "DE";
		}

		Set<DataElement> elementsOf(int person) {
			return this.people.get(person).elements;
		}

		private static String luhn(String body) {
			int sum = 0;
			for (int i = 0; i < body.length(); i++) {
				int digit = body.charAt(body.length() - 1 - i) - '0';
				if (i % 2 == 0) {
					digit *= 2;
					if (digit > 9) {
						digit -= 9;
					}
				}
				sum += digit;
			}
			return body + (10 - sum % 10) % 10;
		}

		private static String strip(String name) {
			return java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD)
				.replaceAll("\\p{M}+", "")
				.replace("'", "");
		}

		private static String fold(String name) {
			return strip(name).toUpperCase(Locale.ROOT);
		}

		/** One generated file: its text and which true person each record is. */
		static final class File {

			final String name;

			final String mediaType;

			final StringBuilder text;

			final List<Integer> rows = new ArrayList<>();

			File(String name, String mediaType, String header) {
				this.name = name;
				this.mediaType = mediaType;
				this.text = new StringBuilder(header);
			}

			void row(int person, String text) {
				this.rows.add(person);
				this.text.append(text);
			}

		}

	}

	/** What the generator knows of one person. */
	static final class Truth {

		String first;

		String last;

		String dob;

		String ssn;

		String account;

		String card;

		String licence;

		String pin;

		String[] state;

		boolean german;

		boolean conflict;

		boolean addressed;

		final Set<DataElement> elements = EnumSet.noneOf(DataElement.class);

	}

}
