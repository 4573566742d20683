package com.breachimpact.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

import com.hankcs.algorithm.AhoCorasickDoubleArrayTrie;

import com.breachimpact.institution.ClientRegistry;
import com.breachimpact.institution.InstitutionMatcher;
import com.breachimpact.institution.MatchResult;
import com.breachimpact.institution.NameAutomaton;
import com.breachimpact.institution.NameNormalizer;

/**
 * Throughput of {@link InstitutionMatcher#match} (names and identifiers, one
 * thread) against the hankcs double-array Aho-Corasick over the same names on
 * the same text, lower-cased beforehand (names only, no word boundaries, no
 * folding, no identifiers). For a like-for-like view it also measures our
 * {@link NameAutomaton} alone (names only, with folding, word boundaries and
 * overlap resolution) on the same text. Everything is generated from a fixed
 * seed.
 * <p>
 * The registry has namesakes: a tenth of the clients share one of a few hundred
 * names (three or four clients each, in different states, with {@code city} and
 * {@code state} columns), and forty clients have an alias that is a common word
 * (Heritage, Liberty, ...). The text mentions namesakes with and without a
 * nearby place and uses the common words as words and as names. Only the API
 * that existed before namesakes were handled is used, so the same benchmark
 * measures the matcher before and after that change.
 * <p>
 * Arguments: {@code [megabytes of text, default 100] [number of clients, default
 * 10000] [measured rounds, default 3]}. Run with {@code bench/run matcher 100}.
 */
public final class MatcherBenchmark {

	private static final String[] PREFIXES = { "First", "Citizens", "Peoples", "Farmers", "Merchants", "Security",
			"Community", "Heritage", "Pioneer", "United", "Summit", "Liberty", "Frontier", "Guaranty", "Union",
			"Home", "Pacific", "Atlantic", "Valley", "Prairie" };

	private static final String[] SUFFIXES = { "Bank", "National Bank", "Savings Bank", "Credit Union",
			"Bank and Trust", "State Bank", "Federal Savings", "Trust Company", "Bancorp", "Financial" };

	private static final String[] SYLLABLES = { "al", "ber", "cas", "dor", "el", "fan", "gal", "hen", "is", "jor",
			"kal", "lin", "mor", "nel", "or", "pan", "quin", "ros", "san", "tor", "ul", "ven", "wel", "yor", "zan" };

	private static final String[] NOISE = ("the of and to in a is that for it as was with be by on not he this are "
			+ "or his from at which but have an they you were her she there been one all we their has would when if "
			+ "so no will can more other about what up out into than them only some could these two may first then "
			+ "do any like my now over such our man me even most made after also did many before must through back "
			+ "years where much your way well down should because each just those people how too little state good "
			+ "very make world still own see men work long get here between both life being under never day same "
			+ "another know while last might us great old year off come since against go came right used take three "
			+ "payment account statement transfer customer balance invoice wire amount total fee branch report")
		.split(" ");

	private static final String[] COMMON_WORDS = { "Heritage", "Liberty", "Pioneer", "Summit", "Security",
			"Guaranty", "Frontier", "Anchor", "Beacon", "Harbor", "Legacy", "Horizon", "Evergreen", "Cornerstone",
			"Gateway", "Sentinel", "Premier", "Alliance", "Keystone", "Pinnacle", "Patriot", "Century", "Eagle",
			"Sterling", "Compass", "Prosperity", "Bridge", "River", "Valley", "Mountain", "Foundation", "Fidelity",
			"Integrity", "Independence", "Journey", "Freedom", "Unity", "Horizon", "Destiny", "Charter" };

	private static final String[][] PLACES = { { "Omaha", "NE" }, { "Austin", "TX" }, { "Boise", "ID" },
			{ "Macon", "GA" }, { "Dayton", "OH" }, { "Reno", "NV" }, { "Wichita", "KS" }, { "Tulsa", "OK" },
			{ "Fargo", "ND" }, { "Helena", "MT" }, { "Salem", "OR" }, { "Albany", "NY" }, { "Provo", "UT" },
			{ "Peoria", "IL" }, { "Duluth", "MN" }, { "Spokane", "WA" } };

	private MatcherBenchmark() {
	}

	public static void main(String[] args) throws IOException {
		int megabytes = (args.length > 0) ? Integer.parseInt(args[0]) : 100;
		int nameCount = (args.length > 1) ? Integer.parseInt(args[1]) : 10_000;
		int rounds = (args.length > 2) ? Integer.parseInt(args[2]) : 3;
		Random random = new Random(20240601L);

		// a tenth of the clients are namesakes: each shared name goes to 3 or 4 clients
		int namesakeClients = nameCount / 10;
		List<String> distinct = names(random, nameCount - namesakeClients + namesakeClients * 2 / 7);
		List<String> shared = distinct.subList(nameCount - namesakeClients, distinct.size());
		List<String> names = new ArrayList<>(distinct.subList(0, nameCount - namesakeClients));
		for (int i = 0; names.size() < nameCount; i++) {
			names.add(shared.get(i % shared.size()));
		}
		List<String> abas = new ArrayList<>();
		List<String> bics = new ArrayList<>();
		Path csv = Files.createTempFile("bench-clients", ".csv");
		StringBuilder registry = new StringBuilder(
				"client_id,legal_name,aliases,bic,aba_routing,lei,email_domains,sftp_folders,city,state\n");
		for (int i = 0; i < names.size(); i++) {
			String aba = aba(random);
			String bic = bic(random, i);
			abas.add(aba);
			bics.add(bic);
			String alias = (i < COMMON_WORDS.length && i % 2 == 0) ? COMMON_WORDS[i] : "";
			String[] place = PLACES[i % PLACES.length];
			registry.append("C").append(i).append(',').append(names.get(i)).append(',').append(alias).append(',')
				.append(bic).append(',').append(aba).append(",,client").append(i).append(".com,clients/c").append(i)
				.append(',').append(place[0]).append(',').append(place[1]).append('\n');
		}
		Files.writeString(csv, registry, StandardCharsets.UTF_8);
		long buildStart = System.nanoTime();
		ClientRegistry clients = ClientRegistry.load(csv);
		InstitutionMatcher matcher = new InstitutionMatcher(clients);
		long buildMillis = (System.nanoTime() - buildStart) / 1_000_000;
		Files.delete(csv);

		AhoCorasickDoubleArrayTrie<String> baseline = new AhoCorasickDoubleArrayTrie<>();
		Map<String, String> lowerNames = new TreeMap<>();
		for (String name : names) {
			lowerNames.put(name.toLowerCase(Locale.ROOT), name);
		}
		long baselineBuildStart = System.nanoTime();
		baseline.build(lowerNames);
		long baselineBuildMillis = (System.nanoTime() - baselineBuildStart) / 1_000_000;

		Set<String> normalized = new LinkedHashSet<>();
		for (String name : names) {
			normalized.add(NameNormalizer.normalizeName(name));
		}
		NameAutomaton automaton = NameAutomaton.build(new ArrayList<>(normalized));

		List<String> documents = documents(random, megabytes, names, abas, bics);
		List<String> lowerDocuments = documents.stream().map((d) -> d.toLowerCase(Locale.ROOT)).toList();
		long chars = documents.stream().mapToLong(String::length).sum();
		System.out.printf("registry: %d names (matcher built in %d ms incl. CSV, baseline trie in %d ms), "
				+ "%d warnings; text: %d documents, %.1f MB (10^6 chars)%n", names.size(), buildMillis,
				baselineBuildMillis, clients.warnings().size(), documents.size(), chars / 1e6);

		// warm-up: both, on a fifth of the documents, three times
		List<String> warm = documents.subList(0, Math.max(1, documents.size() / 5));
		List<String> warmLower = lowerDocuments.subList(0, warm.size());
		for (int i = 0; i < 3; i++) {
			runOurs(matcher, warm);
			runNames(automaton, warm);
			runBaseline(baseline, warmLower);
		}
		double bestOurs = 0;
		double bestNames = 0;
		double bestBaseline = 0;
		double bestOursCpu = 0;
		double bestBaselineCpu = 0;
		long[] counts = null;
		long baselineHits = 0;
		// on a shared machine the thread's CPU time shows the same runs without the time
		// the thread waited for a core
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		for (int round = 1; round <= rounds; round++) {
			long start = System.nanoTime();
			long cpu = threads.getCurrentThreadCpuTime();
			counts = runOurs(matcher, documents);
			double ours = chars / 1e6 / ((System.nanoTime() - start) / 1e9);
			double oursCpu = chars / 1e6 / ((threads.getCurrentThreadCpuTime() - cpu) / 1e9);
			start = System.nanoTime();
			runNames(automaton, documents);
			double namesOnly = chars / 1e6 / ((System.nanoTime() - start) / 1e9);
			start = System.nanoTime();
			cpu = threads.getCurrentThreadCpuTime();
			baselineHits = runBaseline(baseline, lowerDocuments);
			double theirs = chars / 1e6 / ((System.nanoTime() - start) / 1e9);
			double theirsCpu = chars / 1e6 / ((threads.getCurrentThreadCpuTime() - cpu) / 1e9);
			System.out.printf(
					"round %d: ours %.1f MB/s, our name automaton alone %.1f MB/s, baseline %.1f MB/s "
							+ "(per CPU second: ours %.1f, baseline %.1f MB/s, ratio %.2f)%n",
					round, ours, namesOnly, theirs, oursCpu, theirsCpu, oursCpu / theirsCpu);
			bestOurs = Math.max(bestOurs, ours);
			bestNames = Math.max(bestNames, namesOnly);
			bestBaseline = Math.max(bestBaseline, theirs);
			bestOursCpu = Math.max(bestOursCpu, oursCpu);
			bestBaselineCpu = Math.max(bestBaselineCpu, theirsCpu);
		}
		System.out.printf("ours: %d evidence, %d unknown identifiers; baseline: %d raw name hits%n", counts[0],
				counts[1], baselineHits);
		System.out.printf("best: ours %.1f MB/s (names + identifiers), baseline %.1f MB/s (names only), "
				+ "ratio ours/baseline %.2f%n", bestOurs, bestBaseline, bestOurs / bestBaseline);
		System.out.printf("names only: our automaton %.1f MB/s, baseline %.1f MB/s, ratio %.2f%n", bestNames,
				bestBaseline, bestNames / bestBaseline);
		System.out.printf("per CPU second of the thread: ours %.1f MB/s, baseline %.1f MB/s, ratio %.2f%n",
				bestOursCpu, bestBaselineCpu, bestOursCpu / bestBaselineCpu);
	}

	private static long[] runOurs(InstitutionMatcher matcher, List<String> documents) {
		long evidence = 0;
		long unknown = 0;
		for (String document : documents) {
			MatchResult result = matcher.match(document);
			evidence += result.evidence().size();
			unknown += result.unknown().size();
		}
		return new long[] { evidence, unknown };
	}

	private static long runNames(NameAutomaton automaton, List<String> documents) {
		long matches = 0;
		char[] buffer = new char[1 << 14];
		for (String document : documents) {
			NameAutomaton.Scanner scanner = automaton.scanner();
			for (int base = 0; base < document.length(); base += buffer.length) {
				int size = Math.min(buffer.length, document.length() - base);
				document.getChars(base, base + size, buffer, 0);
				scanner.feed(buffer, size, base);
			}
			scanner.finish(document.length());
			matches += scanner.resolve();
		}
		return matches;
	}

	private static long runBaseline(AhoCorasickDoubleArrayTrie<String> trie, List<String> documents) {
		long[] hits = new long[1];
		AhoCorasickDoubleArrayTrie.IHit<String> counter = (begin, end, value) -> hits[0]++;
		for (String document : documents) {
			trie.parseText(document, counter);
		}
		return hits[0];
	}

	private static List<String> names(Random random, int count) {
		Set<String> names = new LinkedHashSet<>();
		while (names.size() < count) {
			String place = place(random);
			String name = switch (random.nextInt(3)) {
				case 0 -> PREFIXES[random.nextInt(PREFIXES.length)] + " " + SUFFIXES[random.nextInt(SUFFIXES.length)]
						+ " of " + place;
				case 1 -> place + " " + SUFFIXES[random.nextInt(SUFFIXES.length)];
				default -> PREFIXES[random.nextInt(PREFIXES.length)] + " " + place + " "
						+ SUFFIXES[random.nextInt(SUFFIXES.length)];
			};
			names.add(name);
		}
		return new ArrayList<>(names);
	}

	private static String place(Random random) {
		StringBuilder place = new StringBuilder();
		int syllables = 2 + random.nextInt(2);
		for (int i = 0; i < syllables; i++) {
			place.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
		}
		place.setCharAt(0, Character.toUpperCase(place.charAt(0)));
		return place.toString();
	}

	private static String aba(Random random) {
		int[] prefixes = { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 61,
				62, 63, 64, 65, 66, 67, 68, 69, 70, 71, 72 };
		String eight = String.format("%02d%06d", prefixes[random.nextInt(prefixes.length)], random.nextInt(1_000_000));
		int[] weights = { 3, 7, 1, 3, 7, 1, 3, 7 };
		int sum = 0;
		for (int i = 0; i < 8; i++) {
			sum += (eight.charAt(i) - '0') * weights[i];
		}
		return eight + (10 - sum % 10) % 10;
	}

	private static String bic(Random random, int index) {
		StringBuilder bic = new StringBuilder();
		for (int i = 0; i < 4; i++) {
			bic.append((char) ('A' + random.nextInt(26)));
		}
		bic.append("US");
		bic.append((char) ('0' + index % 10)).append((char) ('A' + (index / 10) % 26));
		return bic.toString();
	}

	private static List<String> documents(Random random, int megabytes, List<String> names, List<String> abas,
			List<String> bics) {
		long target = megabytes * 1_000_000L;
		int documentSize = 1_000_000;
		List<String> documents = new ArrayList<>();
		long total = 0;
		while (total < target) {
			StringBuilder document = new StringBuilder(documentSize + 200);
			while (document.length() < documentSize) {
				sentence(random, document, names, abas, bics);
			}
			documents.add(document.toString());
			total += document.length();
		}
		return documents;
	}

	private static void sentence(Random random, StringBuilder out, List<String> names, List<String> abas,
			List<String> bics) {
		int words = 6 + random.nextInt(14);
		for (int w = 0; w < words; w++) {
			int pick = random.nextInt(100);
			if (pick < 3) {
				String name = names.get(random.nextInt(names.size()));
				out.append(random.nextInt(10) == 0 ? name.toUpperCase(Locale.ROOT) : name);
				if (random.nextInt(4) == 0) {
					String[] place = PLACES[random.nextInt(PLACES.length)];
					out.append(", ").append(place[0]).append(", ").append(place[1]);
				}
			}
			else if (pick < 4 && random.nextInt(3) == 0) {
				String word = COMMON_WORDS[random.nextInt(COMMON_WORDS.length)];
				out.append(random.nextBoolean() ? word.toLowerCase(Locale.ROOT) : word);
			}
			else if (pick < 4) {
				out.append(abas.get(random.nextInt(abas.size())));
			}
			else if (pick < 5) {
				out.append(random.nextBoolean() ? bics.get(random.nextInt(bics.size())) : String.valueOf(
						100_000_000 + random.nextInt(900_000_000)));
			}
			else if (pick < 6) {
				out.append("ops").append(random.nextInt(100)).append("@client").append(random.nextInt(names.size()))
					.append(random.nextBoolean() ? ".com" : ".org");
			}
			else if (pick < 7) {
				out.append("DE89 3704 0044 0532 0130 00");
			}
			else if (pick < 12) {
				out.append(random.nextInt(100_000)).append('.').append(random.nextInt(100));
			}
			else {
				out.append(NOISE[random.nextInt(NOISE.length)]);
			}
			out.append(w == words - 1 ? ".\n" : (random.nextInt(12) == 0 ? ", " : " "));
		}
	}

}
