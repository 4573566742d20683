package com.breachimpact.analysis;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import com.breachimpact.review.ReviewQueue;
import com.breachimpact.review.ReviewQueueEntry;
import com.breachimpact.support.PostgresScanTestSupport;
import com.breachimpact.support.ReportFolders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Archive members are items of their own (issue 13): one archive holds a member of HARBOR
 * (its routing number), one of PRAIRIE (its e-mail domain), a nested archive with a
 * letter naming PRAIRIE only, and a member naming HARBOR by an alias, which the job
 * definition weighs 0.5 (under the threshold). Each client is counted only the SSNs of
 * the members attributed to it; the alias-only member is a candidate in
 * {@code unmatched.csv} and the review queue; the name-only attribution is said so and
 * comes first in the queue.
 */
@TestPropertySource(properties = "breach-impact.attribution.weights.ALIAS=0.5")
class LeafAttributionFunctionalTests extends PostgresScanTestSupport {

	private static final String REGISTRY = """
			client_id,legal_name,aliases,bic,aba_routing,lei,email_domains,sftp_folders
			HARBOR,First Harbor Bank,Harbor Bank,,011000015,,firstharbor.example,clients/harbor
			PRAIRIE,Prairie Gold Credit Union,,,021000021,,prairiegold.example,clients/prairie
			""";

	@TempDir
	Path dir;

	@Autowired
	ReviewQueue reviewQueue;

	@Test
	void eachMemberIsAttributedAndCountedOnItsOwnEvidence() throws Exception {
		// given
		Path inventory = this.dir.resolve("inventory");
		Files.createDirectories(inventory.resolve("shared"));
		Files.writeString(this.dir.resolve("clients.csv"), REGISTRY);
		byte[] inner = zip(new String[][] { { "notes.txt",
				"Letter of Prairie Gold Credit Union.\nRe: member SSN 611-40-2278 closed her account.\n" } });
		try (OutputStream out = Files.newOutputStream(inventory.resolve("shared/mixed.zip"))) {
			out.write(zip(
					new String[][] {
							{ "harbor.txt",
									"Wire routing 011000015.\nRe: member with SSN 536-22-4417, please confirm.\n"
											+ "Re: member with SSN 536-22-4418, please confirm.\n" },
							{ "prairie.txt",
									"From ops@prairiegold.example\nRe: member SSN 611-40-2277 closed her account.\n" },
							{ "alias.txt", "Harbor Bank called.\nRe: member SSN 536-22-4420 closed her account.\n" } },
					inner));
		}
		Files.writeString(inventory.resolve("shared/nothing.txt"), "nothing to see\n");

		// when
		Scanned scanned = scan(inventory, this.dir.resolve("clients.csv"), this.dir.resolve("out"));

		// then
		assertThat(scanned.execution().getStatus()).isEqualTo(BatchStatus.COMPLETED);
		Path out = this.dir.resolve("out");
		assertThat(ReportFolders.column(out.resolve("summary.csv"), "client_id")).containsExactly("PRAIRIE", "HARBOR");
		assertThat(ReportFolders.column(out.resolve("summary.csv"), "affected_files")).as("leaves, not archives")
			.containsExactly("2", "1");
		assertThat(ReportFolders.column(out.resolve("summary.csv"), "ssn_distinct"))
			.as("PRAIRIE: prairie.txt and the nested letter; HARBOR: harbor.txt only, not the alias member")
			.containsExactly("2", "2");

		List<String[]> harborFiles = ReportFolders.rows(out.resolve("clients/HARBOR/files.csv"));
		assertThat(harborFiles).extracting((row) -> row[0] + " " + row[1])
			.containsExactly("shared/mixed.zip container", "shared/mixed.zip!/harbor.txt member");
		List<String[]> prairieFiles = ReportFolders.rows(out.resolve("clients/PRAIRIE/files.csv"));
		assertThat(prairieFiles).extracting((row) -> row[0] + " " + row[1])
			.containsExactly("shared/mixed.zip container", "shared/mixed.zip!/inner.zip!/notes.txt member",
					"shared/mixed.zip!/prairie.txt member");
		List<String> attributedBy = ReportFolders.column(out.resolve("clients/PRAIRIE/files.csv"), "attributed_by");
		assertThat(attributedBy).containsExactly("identifier", "name only", "identifier");
		assertThat(Files.readString(out.resolve("clients/PRAIRIE/report.html"))).contains("Attributed by name only");

		List<String> unmatched = ReportFolders.column(out.resolve("unmatched.csv"), "path");
		assertThat(unmatched).containsExactly("shared/mixed.zip!/alias.txt", "shared/nothing.txt");
		assertThat(ReportFolders.column(out.resolve("unmatched.csv"), "candidates")).containsExactly("HARBOR:ALIAS",
				"");

		List<ReviewQueueEntry> queue = this.reviewQueue.of(scanned.runId());
		assertThat(queue.get(0).reasons()).contains(ReviewQueueEntry.NAME_ONLY);
		assertThat(queue.get(0).location()).isEqualTo("inner.zip!/notes.txt");
		assertThat(queue).anySatisfy((entry) -> {
			assertThat(entry.clientId()).isEqualTo("HARBOR");
			assertThat(entry.location()).isEqualTo("alias.txt");
			assertThat(entry.reasons()).containsExactly(ReviewQueueEntry.UNDER_THRESHOLD);
		});
	}

	private static byte[] zip(String[][] entries, byte[]... innerZips) throws Exception {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			for (String[] entry : entries) {
				zip.putNextEntry(new ZipEntry(entry[0]));
				zip.write(entry[1].getBytes(StandardCharsets.UTF_8));
				zip.closeEntry();
			}
			for (byte[] inner : innerZips) {
				zip.putNextEntry(new ZipEntry("inner.zip"));
				zip.write(inner);
				zip.closeEntry();
			}
		}
		return bytes.toByteArray();
	}

}
