package com.breachimpact.bench;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import com.breachimpact.classification.ClassificationResult;
import com.breachimpact.classification.SensitiveCategory;
import com.breachimpact.classification.SensitiveDataClassifier;
import com.breachimpact.classification.StructuredFormat;
import com.breachimpact.protection.KeyedHasher;

/**
 * Throughput of {@link SensitiveDataClassifier} on one core, against a baseline
 * pass over the same text. The corpus is deterministic (fixed seed): about 64 MB
 * of documents of 64-512 KB each, about 60% prose with sensitive sentences mixed
 * in, 25% CSV exports with a header and 15% NACHA files. The baseline reads every
 * char once and counts lines and white-space separated tokens; the full pass
 * classifies each document as a file (format detection, structured records,
 * free-text recognizers, counting and hashing). 1 MB = 10^6 chars.
 * Usage: {@code bench/run classifier [megabytes] [rounds]}.
 */
public final class ClassifierBenchmark {

	private static final String[] WORDS = ("the of and to in a is that for it as was with be by on not he this are or "
			+ "his from at which but have an they you were her she there been one all we their has would when if so "
			+ "no will more can who said some what about into than them only out other new time could these two may "
			+ "first then do any like my now over such our man me even most made after also did many before must "
			+ "through back years where much your way well down should because each just those people how too "
			+ "transfer file report client bank payment batch settlement invoice ledger review quarterly server "
			+ "export import schedule record balance routing wire vendor platform customer statement")
		.split(" ");

	private static final String[] FIRST = { "JANE", "JOHN", "MARY", "ROBERT", "LINDA", "MICHAEL", "SUSAN", "DAVID",
			"KAREN", "JAMES", "NANCY", "PAUL", "LISA", "MARK", "BETTY", "KEVIN" };

	private static final String[] LAST = { "DOE", "SMITH", "JONES", "BROWN", "DAVIS", "MILLER", "WILSON", "MOORE",
			"TAYLOR", "CLARK", "LEWIS", "WALKER", "HALL", "ALLEN", "YOUNG", "KING" };

	private static final String[] ROUTINGS = { "021000021", "011000015", "122105155", "026009593", "121000358",
			"111000025" };

	private final Random random;

	private ClassifierBenchmark(long seed) {
		this.random = new Random(seed);
	}

	public static void main(String[] args) {
		int megabytes = (args.length > 0) ? Integer.parseInt(args[0]) : 64;
		int rounds = (args.length > 1) ? Integer.parseInt(args[1]) : 3;
		ClassifierBenchmark generator = new ClassifierBenchmark(20250102L);
		long started = System.nanoTime();
		List<Document> corpus = generator.corpus(megabytes * 1_000_000L);
		long chars = corpus.stream().mapToLong((document) -> document.text().length()).sum();
		System.out.printf("corpus: %d documents, %.1f MB (generated in %.1f s)%n", corpus.size(), chars / 1e6,
				(System.nanoTime() - started) / 1e9);
		Map<String, Integer> kinds = new java.util.TreeMap<>();
		corpus.forEach((document) -> kinds.merge(document.kind(), 1, Integer::sum));
		System.out.println("documents by kind: " + kinds);

		SensitiveDataClassifier classifier = new SensitiveDataClassifier(
				KeyedHasher.withKey("benchmark-key-not-secret-000000000".getBytes(StandardCharsets.UTF_8)));

		// warm-up: one pass of each over the whole corpus
		long baselineChecksum = baseline(corpus);
		Summary summary = classifyAll(classifier, corpus);

		double[] baselineRates = new double[rounds];
		double[] classifyRates = new double[rounds];
		for (int round = 0; round < rounds; round++) {
			long t0 = System.nanoTime();
			baselineChecksum += baseline(corpus);
			long t1 = System.nanoTime();
			summary = classifyAll(classifier, corpus);
			long t2 = System.nanoTime();
			baselineRates[round] = chars / 1e6 / ((t1 - t0) / 1e9);
			classifyRates[round] = chars / 1e6 / ((t2 - t1) / 1e9);
			System.out.printf("round %d: baseline %.1f MB/s, classify %.1f MB/s%n", round + 1, baselineRates[round],
					classifyRates[round]);
		}
		System.out.println("formats: " + summary.formats);
		System.out.println("findings by category: " + summary.occurrences);
		System.out.printf("structured records: %d%n", summary.records);
		for (String kind : kinds.keySet()) {
			List<Document> ofKind = corpus.stream().filter((document) -> document.kind().equals(kind)).toList();
			long kindChars = ofKind.stream().mapToLong((document) -> document.text().length()).sum();
			long t0 = System.nanoTime();
			Summary kindSummary = classifyAll(classifier, ofKind);
			double seconds = (System.nanoTime() - t0) / 1e9;
			long findings = kindSummary.occurrences.values().stream().mapToLong(Long::longValue).sum();
			System.out.printf("  %-6s %.1f MB: classify %.1f MB/s, %.0f findings per MB%n", kind, kindChars / 1e6,
					kindChars / 1e6 / seconds, findings / (kindChars / 1e6));
		}
		double baseline = median(baselineRates);
		double classify = median(classifyRates);
		System.out.printf("baseline (count lines and tokens, 1 thread): %.1f MB/s  [checksum %d]%n", baseline,
				baselineChecksum);
		System.out.printf("full classification (1 thread):              %.1f MB/s%n", classify);
		System.out.printf("ratio classify / baseline: %.3f (classification is %.1fx slower)%n", classify / baseline,
				baseline / classify);
	}

	private static double median(double[] values) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		return sorted[sorted.length / 2];
	}

	/** Counts lines and white-space separated tokens: one read of every char. */
	private static long baseline(List<Document> corpus) {
		long lines = 0;
		long tokens = 0;
		for (Document document : corpus) {
			String text = document.text();
			boolean inToken = false;
			for (int i = 0; i < text.length(); i++) {
				char c = text.charAt(i);
				if (c == '\n') {
					lines++;
				}
				boolean space = c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == ',';
				if (!space && !inToken) {
					tokens++;
				}
				inToken = !space;
			}
		}
		return lines * 31 + tokens;
	}

	private static Summary classifyAll(SensitiveDataClassifier classifier, List<Document> corpus) {
		Summary summary = new Summary();
		for (Document document : corpus) {
			ClassificationResult result = classifier.classify(document.text(), document.name(), null);
			summary.formats.merge(result.format(), 1, Integer::sum);
			result.occurrences().forEach((category, count) -> summary.occurrences.merge(category, count, Long::sum));
			summary.records += result.structuredRecords();
		}
		return summary;
	}

	private List<Document> corpus(long targetChars) {
		List<Document> documents = new ArrayList<>();
		long total = 0;
		int n = 0;
		while (total < targetChars) {
			int size = 64_000 + this.random.nextInt(448_000);
			int pick = this.random.nextInt(100);
			Document document;
			if (pick < 60) {
				document = new Document("prose", "doc-" + n + ".txt", prose(size));
			}
			else if (pick < 85) {
				document = new Document("csv", "export-" + n + ".csv", csv(size));
			}
			else {
				document = new Document("nacha", "ach-" + n + ".txt", nacha(size));
			}
			documents.add(document);
			total += document.text().length();
			n++;
		}
		return documents;
	}

	private String prose(int size) {
		StringBuilder text = new StringBuilder(size + 200);
		int sentence = 0;
		while (text.length() < size) {
			if (this.random.nextInt(40) == 0) {
				text.append(sensitiveSentence());
			}
			else {
				int words = 6 + this.random.nextInt(14);
				for (int w = 0; w < words; w++) {
					text.append(WORDS[this.random.nextInt(WORDS.length)]);
					text.append((this.random.nextInt(25) == 0) ? " " + this.random.nextInt(10_000) + " " : " ");
				}
				text.setLength(text.length() - 1);
				text.append(". ");
			}
			if (++sentence % 6 == 0) {
				text.append('\n');
			}
		}
		return text.toString();
	}

	private String sensitiveSentence() {
		return switch (this.random.nextInt(9)) {
			case 0 -> "Customer SSN " + ssn() + " was verified. ";
			case 1 -> "Card on file " + pan() + " expires soon. ";
			case 2 -> "Please debit acct no " + digits(10) + " at routing " + routing() + ". ";
			case 3 -> "DOB: " + (1 + this.random.nextInt(12)) + "/" + (1 + this.random.nextInt(28)) + "/"
					+ (1940 + this.random.nextInt(60)) + ". ";
			case 4 -> "Contact " + name().toLowerCase().replace(' ', '.') + "@mailbox.org for details. ";
			case 5 -> "Call (212) " + (200 + this.random.nextInt(700)) + "-" + digits(4) + " today. ";
			case 6 -> "db.password=" + digits(4) + "Secret" + digits(3) + "\n";
			case 7 -> "order 4000 units by 2025-03-01 reference 20250301-" + digits(6) + ". ";
			default -> "Invoice " + digits(9) + " totals $" + this.random.nextInt(10_000) + ".00. ";
		};
	}

	private String csv(int size) {
		StringBuilder text = new StringBuilder(size + 200);
		text.append("Customer Name,SSN,Date of Birth,Account Number,Routing,Email,Phone,Balance,Notes\n");
		while (text.length() < size) {
			String name = name();
			text.append(name).append(',').append(ssn()).append(',').append(1940 + this.random.nextInt(60)).append('-')
				.append(String.format("%02d-%02d", 1 + this.random.nextInt(12), 1 + this.random.nextInt(28)))
				.append(',')
				.append(digits(8 + this.random.nextInt(6)))
				.append(',')
				.append(routing())
				.append(',')
				.append(name.toLowerCase().replace(' ', '.'))
				.append("@mailbox.org,")
				.append("(415) ")
				.append(200 + this.random.nextInt(700))
				.append('-')
				.append(digits(4))
				.append(',')
				.append(this.random.nextInt(100_000))
				.append('.')
				.append(digits(2))
				.append(",\"")
				.append(WORDS[this.random.nextInt(WORDS.length)])
				.append(' ')
				.append(WORDS[this.random.nextInt(WORDS.length)])
				.append("\"\n");
		}
		return text.toString();
	}

	private String nacha(int size) {
		StringBuilder text = new StringBuilder(size + 200);
		text.append(pad("101 021000021 1221051552501020930A094101JPMORGAN CHASE         ACME PAYROLL SERVICES", 94))
			.append('\n');
		int batch = 0;
		while (text.length() < size) {
			batch++;
			text.append(pad("5200ACME PAYROLL                        1234567890PPDPAYROLL   250102250103   112210515"
					+ String.format("%07d", batch), 94)).append('\n');
			int entries = 20 + this.random.nextInt(200);
			for (int e = 1; e <= entries; e++) {
				String account = digits(8 + this.random.nextInt(9));
				String routing = routing();
				text.append('6').append("22").append(routing).append(pad(account, 17))
					.append(String.format("%010d", this.random.nextInt(1_000_000)))
					.append(pad("EMP" + digits(5), 15))
					.append(pad(name(), 22))
					.append("  0")
					.append("12210515")
					.append(String.format("%07d", e))
					.append('\n');
			}
			text.append(pad("8200" + String.format("%06d", entries), 94)).append('\n');
		}
		text.append(pad("9000001", 94)).append('\n');
		return text.toString();
	}

	private static String pad(String value, int width) {
		StringBuilder padded = new StringBuilder(value);
		while (padded.length() < width) {
			padded.append(' ');
		}
		return padded.substring(0, width);
	}

	private String name() {
		return FIRST[this.random.nextInt(FIRST.length)] + " " + LAST[this.random.nextInt(LAST.length)];
	}

	private String routing() {
		return ROUTINGS[this.random.nextInt(ROUTINGS.length)];
	}

	private String ssn() {
		return String.format("%03d-%02d-%04d", 1 + this.random.nextInt(665), 1 + this.random.nextInt(99),
				1 + this.random.nextInt(9999));
	}

	private String pan() {
		StringBuilder pan = new StringBuilder("4").append(digits(14));
		for (int check = 0; check <= 9; check++) {
			if (luhn(pan.toString() + check)) {
				String digits = pan.toString() + check;
				return digits.substring(0, 4) + " " + digits.substring(4, 8) + " " + digits.substring(8, 12) + " "
						+ digits.substring(12);
			}
		}
		throw new IllegalStateException("no Luhn check digit");
	}

	private static boolean luhn(String digits) {
		int sum = 0;
		for (int i = 0; i < digits.length(); i++) {
			int d = digits.charAt(digits.length() - 1 - i) - '0';
			if (i % 2 == 1) {
				d = (d * 2 > 9) ? d * 2 - 9 : d * 2;
			}
			sum += d;
		}
		return sum % 10 == 0;
	}

	private String digits(int count) {
		StringBuilder digits = new StringBuilder(count);
		for (int i = 0; i < count; i++) {
			digits.append((char) ('0' + this.random.nextInt(10)));
		}
		return digits.toString();
	}

	private record Document(String kind, String name, String text) {

	}

	private static final class Summary {

		private final Map<StructuredFormat, Integer> formats = new EnumMap<>(StructuredFormat.class);

		private final Map<SensitiveCategory, Long> occurrences = new EnumMap<>(SensitiveCategory.class);

		private long records;

	}

}
