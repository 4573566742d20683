package com.breachimpact.persons;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

import com.breachimpact.classification.SeverityPolicy;
import com.breachimpact.institution.ClientRegistry;
import com.breachimpact.report.ImpactReportWriter;
import com.breachimpact.review.ReviewImport;
import com.breachimpact.review.ReviewImporter;
import com.breachimpact.scan.ScanRequest;
import com.breachimpact.support.PostgresScanTestSupport;
import com.breachimpact.support.ReportFolders;
import com.breachimpact.support.TestInventory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Persons follow the case on PostgreSQL: a rerun with a file of new persons grows the
 * client's persons and {@code persons_by_state.csv} by exactly those persons, and a file
 * rejected in review takes out the persons only it held, in the run's reports written
 * again and in a rerun. The truth is what the test wrote into the files (generated
 * members with their states, some listed in two files, one quoted only in a letter),
 * never the reports of an earlier run.
 */
class PersonsRerunFunctionalTests extends PostgresScanTestSupport {

	private static final String CASE = "persons-rerun";

	private static final String[] FIRST = { "Ada", "Bruno", "Clara", "Dmitri", "Elena", "Farid", "Greta", "Hiro",
			"Ingrid", "Jonas" };

	private static final String[] LAST = { "Abbott", "Barros", "Chen", "Dorsey", "Eklund", "Faber", "Gill", "Hale" };

	private static final String[][] STATES = { { "TX", "Austin", "78701" }, { "FL", "Miami", "33101" },
			{ "NY", "Albany", "12207" }, { "CA", "Fresno", "93701" } };

	@TempDir
	Path dir;

	@Autowired
	ReviewImporter reviewImporter;

	private long lastRunId;

	@Test
	void aRerunAddsExactlyTheNewPersonsAndARejectedFileTakesOutItsOwn() throws Exception {
		// given: HARBOR's members in two files (two members listed in both) and a letter
		// quoting one more member's SSN; nothing else in the inventory names a person
		Random random = new Random(20261201L);
		List<Member> members = Member.generate(random, 30);
		Path inventory = this.dir.resolve("inventory");
		Path registry = this.dir.resolve("clients.csv");
		Files.writeString(registry, TestInventory.REGISTRY);
		List<Member> first = members.subList(0, 12);
		List<Member> second = new ArrayList<>(members.subList(12, 18));
		second.add(members.get(0));
		second.add(members.get(5));
		Member quoted = members.get(18);
		write(inventory.resolve("clients/harbor/outbound/members-1.csv"), csv(first));
		write(inventory.resolve("clients/harbor/outbound/members-2.csv"), csv(second));
		write(inventory.resolve("clients/harbor/inbound/letter.txt"),
				"Re: the member with SSN " + quoted.ssn + " asked us to close the account.\n");
		Truth truth = new Truth();
		truth.add(first);
		truth.add(second);
		truth.addUnknown(quoted);

		// when
		Path firstOut = run(inventory, registry, "first");

		// then
		assertPersons(firstOut, truth);

		// given: a new file with new members, and one member already known
		List<Member> added = new ArrayList<>(members.subList(19, 27));
		added.add(members.get(3));
		write(inventory.resolve("clients/harbor/outbound/members-3.csv"), csv(added));
		Map<String, Long> before = truth.byResidence();
		truth.add(added);

		// when
		Path secondOut = run(inventory, registry, "second");

		// then: the counts grow by the 8 new members, each in their state
		assertThat(truth.persons()).isEqualTo(first.size() + 6 + 1 + 8);
		assertPersons(secondOut, truth);
		Map<String, Long> growth = new TreeMap<>();
		for (Member member : members.subList(19, 27)) {
			growth.merge(member.residence(), 1L, Long::sum);
		}
		Map<String, Long> after = personsByState(secondOut);
		after.forEach((residence, persons) -> assertThat(persons - before.getOrDefault(residence, 0L)).as(residence)
			.isEqualTo(growth.getOrDefault(residence, 0L)));

		// given: members-2.csv is rejected for HARBOR (its two members listed in
		// members-1.csv stay)
		Path review = this.dir.resolve("review.csv");
		Files.writeString(review, """
				sha256,path,client_id,decision,reason,note
				,clients/harbor/outbound/members-2.csv,HARBOR,rejected,a test extract of another bank,
				""");
		ReviewImport imported = this.reviewImporter.importFile(review, CASE, "alice");
		Truth kept = new Truth();
		kept.add(first);
		kept.addUnknown(quoted);
		kept.add(added);
		assertThat(kept.persons()).isEqualTo(truth.persons() - 6);

		// when: the reports of the second run are written again, and the case is rerun
		assertThat(imported.appliedRuns()).containsExactly(this.lastRunId);
		Path rereported = this.dir.resolve("second-again");
		new ImpactReportWriter(this.jdbc, ClientRegistry.load(registry), SeverityPolicy.defaults())
			.write(this.lastRunId, rereported);
		Path thirdOut = run(inventory, registry, "third");

		// then: both count the members of members-2.csv no more, but the two also in
		// members-1.csv
		assertPersons(rereported, kept);
		assertPersons(thirdOut, kept);
	}

	private Path run(Path inventory, Path registry, String name) throws Exception {
		Path out = this.dir.resolve(name);
		Scanned scanned = scan(new ScanRequest(inventory, registry, out, CASE));
		assertThat(scanned.execution().getStatus()).isEqualTo(BatchStatus.COMPLETED);
		this.lastRunId = scanned.runId();
		return out;
	}

	/** The client's persons in every place a report shows them, against the truth. */
	private static void assertPersons(Path out, Truth truth) {
		Path summary = out.resolve("summary.csv");
		assertThat(ReportFolders.column(summary, "client_id")).containsExactly("HARBOR");
		assertThat(ReportFolders.column(summary, "estimated_individuals"))
			.containsExactly(Long.toString(truth.persons()));
		assertThat(ReportFolders.column(out.resolve("notification_list.csv"), "estimated_individuals"))
			.containsExactly(Long.toString(truth.persons()));
		Path byState = out.resolve("clients/HARBOR/persons_by_state.csv");
		assertThat(personsByState(out)).isEqualTo(truth.byResidence());
		String[] total = ReportFolders.rows(byState)
			.stream()
			.filter((row) -> row[0].equals("total"))
			.findFirst()
			.orElseThrow();
		assertThat(total[2]).isEqualTo(Long.toString(truth.persons()));
	}

	private static Map<String, Long> personsByState(Path out) {
		Map<String, Long> persons = new TreeMap<>();
		for (String[] row : ReportFolders.rows(out.resolve("clients/HARBOR/persons_by_state.csv"))) {
			if (!row[0].equals("total")) {
				persons.put(row[0], Long.parseLong(row[2]));
			}
		}
		return persons;
	}

	private static String csv(List<Member> members) {
		StringBuilder csv = new StringBuilder("first_name,last_name,ssn,dob,street,city,state,zip,country\n");
		for (Member member : members) {
			csv.append(member.first)
				.append(',')
				.append(member.last)
				.append(',')
				.append(member.ssn)
				.append(',')
				.append(member.dob)
				.append(",12 Oak St,")
				.append(member.state[1])
				.append(',')
				.append(member.state[0])
				.append(',')
				.append(member.state[2])
				.append(",US\n");
		}
		return csv.toString();
	}

	private static void write(Path file, String content) throws IOException {
		Files.createDirectories(file.getParent());
		Files.writeString(file, content, StandardCharsets.UTF_8);
	}

	/** The distinct members a run must find, each with the residence it must tell. */
	private static final class Truth {

		private final Map<String, String> residences = new TreeMap<>();

		void add(List<Member> members) {
			members.forEach((member) -> this.residences.put(member.ssn, member.residence()));
		}

		void addUnknown(Member member) {
			this.residences.putIfAbsent(member.ssn, "unknown");
		}

		long persons() {
			return this.residences.size();
		}

		Map<String, Long> byResidence() {
			Map<String, Long> counts = new TreeMap<>();
			this.residences.values().forEach((residence) -> counts.merge(residence, 1L, Long::sum));
			return counts;
		}

	}

	/** A generated member: distinct name, SSN and date of birth, one state. */
	private static final class Member {

		String first;

		String last;

		String ssn;

		String dob;

		String[] state;

		String residence() {
			return "US-" + this.state[0];
		}

		static List<Member> generate(Random random, int count) {
			List<Member> members = new ArrayList<>();
			Set<String> ssns = new HashSet<>();
			for (int i = 0; i < count; i++) {
				Member member = new Member();
				member.first = FIRST[i % FIRST.length];
				member.last = LAST[i / FIRST.length];
				do {
					member.ssn = String.format(Locale.ROOT, "%03d-%02d-%04d", 100 + random.nextInt(500),
							1 + random.nextInt(98), 1 + random.nextInt(9998));
				}
				while (!ssns.add(member.ssn));
				member.dob = String.format(Locale.ROOT, "19%02d-%02d-%02d", 40 + random.nextInt(60),
						1 + random.nextInt(12), 1 + random.nextInt(28));
				member.state = STATES[random.nextInt(STATES.length)];
				members.add(member);
			}
			return members;
		}

	}

}
