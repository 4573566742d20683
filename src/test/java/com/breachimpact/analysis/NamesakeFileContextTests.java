package com.breachimpact.analysis;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.breachimpact.classification.SensitiveDataClassifier;
import com.breachimpact.extraction.ExtractedPart;
import com.breachimpact.extraction.Extraction;
import com.breachimpact.extraction.ExtractionProperties;
import com.breachimpact.extraction.ExtractionStatus;
import com.breachimpact.extraction.TikaContentExtractor;
import com.breachimpact.institution.AmbiguousCandidate;
import com.breachimpact.institution.AttributionPolicy;
import com.breachimpact.institution.ClientRegistry;
import com.breachimpact.institution.InstitutionMatcher;
import com.breachimpact.inventory.LedgerItem;
import com.breachimpact.protection.KeyedHasher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/**
 * A namesake named in one leaf is settled by an identifier anywhere in the same file: a
 * message body by the routing number of its attachment. The settled mention attributes
 * its own leaf. Members of an archive are files of their own and do not settle each
 * other's namesakes.
 */
class NamesakeFileContextTests {

	private static final String REGISTRY = """
			client_id,legal_name,aba_routing
			FSB-NE,First State Bank,104000016
			FSB-TX,First State Bank,111000025
			FSB-OK,First State Bank,
			""";

	@TempDir
	Path dir;

	@Test
	void aNamesakeInAMessageBodyIsSettledByTheRoutingNumberOfItsAttachment() throws IOException {
		Path inventory = Files.createDirectories(this.dir.resolve("inventory"));
		String attachment = Base64.getMimeEncoder()
			.encodeToString("account,routing\n4401882736,111000025\n".getBytes(StandardCharsets.UTF_8));
		String eml = "From: Notices <notices@vendor.example>\r\nTo: files@vendor.example\r\n"
				+ "Subject: Returned item\r\nMIME-Version: 1.0\r\n"
				+ "Content-Type: multipart/mixed; boundary=\"b1\"\r\n\r\n--b1\r\n"
				+ "Content-Type: text/plain; charset=UTF-8\r\n\r\nLetter from First State Bank.\r\n\r\n"
				+ "The item was returned.\r\n--b1\r\nContent-Type: text/csv; name=\"returns.csv\"\r\n"
				+ "Content-Disposition: attachment; filename=\"returns.csv\"\r\n"
				+ "Content-Transfer-Encoding: base64\r\n\r\n" + attachment + "\r\n--b1--\r\n";
		Files.writeString(inventory.resolve("returned.eml"), eml);

		ItemAnalysis analysis = analyser(inventory).process(new LedgerItem(1, "returned.eml", eml.length(), null));

		assertThat(analysis.attributions()).extracting(ClientAttribution::clientId, ClientAttribution::location)
			.containsExactlyInAnyOrder(tuple("FSB-TX", ""), tuple("FSB-TX", "returns.csv"));
		assertThat(analysis.findings()).filteredOn((finding) -> finding.location().isEmpty())
			.singleElement()
			.satisfies((finding) -> {
				assertThat(finding.clientId()).isEqualTo("FSB-TX");
				assertThat(finding.maskedValue()).contains("routing").doesNotContain("111000025");
			});
		assertThat(analysis.ambiguousCandidates()).isEmpty();
	}

	@Test
	void archiveMembersDoNotSettleEachOthersNamesakes() throws IOException {
		Path inventory = Files.createDirectories(this.dir.resolve("inventory"));
		Extraction extraction = new Extraction(ExtractionStatus.OK, null, "application/zip", List.of(
				new ExtractedPart("", "application/zip", "letter.txt\npayments.csv\n", 0, ExtractionStatus.OK, null),
				new ExtractedPart("letter.txt", "text/plain", "Letter from First State Bank.\n", 1, ExtractionStatus.OK,
						null),
				new ExtractedPart("payments.csv", "text/csv", "account,routing\n4401882736,111000025\n", 1,
						ExtractionStatus.OK, null)));

		ItemAnalysis analysis = analyser(inventory).remap(new LedgerItem(1, "export.zip", 10, null), extraction);

		assertThat(analysis.attributions()).extracting(ClientAttribution::clientId, ClientAttribution::location)
			.containsExactly(tuple("FSB-TX", "payments.csv"));
		assertThat(analysis.ambiguousCandidates()).extracting(AmbiguousCandidate::location)
			.containsExactly("letter.txt");
	}

	@Test
	void theFileOfAPartStopsAtTheNearestArchive() {
		Set<String> archives = Set.of("", "inner.zip");
		assertThat(ItemAnalyser.fileOf("batch/mail.eml", archives)).isEqualTo("batch/mail.eml");
		assertThat(ItemAnalyser.fileOf("batch/mail.eml!/returns.csv", archives)).isEqualTo("batch/mail.eml");
		assertThat(ItemAnalyser.fileOf("inner.zip!/x.eml!/a.pdf!/image1.png", archives)).isEqualTo("inner.zip!/x.eml");
		assertThat(ItemAnalyser.fileOf("returns.csv", Set.of())).isEmpty();
		assertThat(ItemAnalyser.fileOf("", Set.of())).isEmpty();
	}

	private ItemAnalyser analyser(Path inventory) throws IOException {
		Path csv = Files.writeString(this.dir.resolve("clients.csv"), REGISTRY);
		KeyedHasher hasher = KeyedHasher.withKey(new byte[32]);
		return new ItemAnalyser(inventory, new TikaContentExtractor(ExtractionProperties.defaults()),
				new InstitutionMatcher(ClientRegistry.load(csv)), AttributionPolicy.defaults(), hasher,
				new SensitiveDataClassifier(hasher), new TextCache(this.dir.resolve("cache"), null));
	}

}
