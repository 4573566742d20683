package com.breachimpact.analysis;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.breachimpact.classification.SensitiveDataClassifier;
import com.breachimpact.extraction.ExtractedPart;
import com.breachimpact.extraction.Extraction;
import com.breachimpact.extraction.ExtractionProperties;
import com.breachimpact.extraction.ExtractionStatus;
import com.breachimpact.extraction.MetadataField;
import com.breachimpact.extraction.TikaContentExtractor;
import com.breachimpact.institution.AttributionPolicy;
import com.breachimpact.institution.ClientRegistry;
import com.breachimpact.institution.EvidenceKind;
import com.breachimpact.institution.InstitutionMatcher;
import com.breachimpact.inventory.LedgerItem;
import com.breachimpact.protection.KeyedHasher;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Client evidence in mail headers: found through the extracted part's metadata, located
 * as {@code header:<Field>}, kept by the text cache for a remap without Tika, and never
 * classified as people's data.
 */
class HeaderEvidenceTests {

	private static final String MAIL = """
			From: Desk <desk@vendor.example>
			To: files@vendor.example
			Cc: Wire Room <wire.room@sftp.acme-bank.example>
			Subject: Daily files
			Content-Type: text/plain; charset=UTF-8

			The daily files were delivered.
			""".replace("\n", "\r\n");

	@TempDir
	Path dir;

	@Test
	void aClientAddressInCcAttributesTheMessageWithItsHeaderAsLocation() throws IOException {
		Path inventory = Files.createDirectories(this.dir.resolve("inventory"));
		Files.writeString(inventory.resolve("mail.eml"), MAIL);
		ItemAnalyser analyser = analyser(inventory);
		LedgerItem item = new LedgerItem(1, "mail.eml", MAIL.length(), null);

		ItemAnalysis analysis = analyser.process(item);

		assertThat(analysis.findings()).singleElement().satisfies((finding) -> {
			assertThat(finding.clientId()).isEqualTo("ACME");
			assertThat(finding.kind()).isEqualTo(EvidenceKind.EMAIL_DOMAIN);
			assertThat(finding.location()).isEqualTo("header:Cc");
			assertThat(finding.maskedValue()).doesNotContain("wire.room");
		});
		assertThat(analysis.attributions()).extracting(ClientAttribution::clientId).containsExactly("ACME");
		// header addresses are not people's data
		assertThat(analysis.sensitiveValues()).isEmpty();
	}

	@Test
	void theTextCacheKeepsTheHeadersForARemapWithoutTika() throws IOException {
		Path inventory = Files.createDirectories(this.dir.resolve("inventory"));
		Path file = Files.writeString(inventory.resolve("mail.eml"), MAIL);
		Extraction extracted = new TikaContentExtractor(ExtractionProperties.defaults()).extract(file, "mail.eml");
		TextCache cache = new TextCache(this.dir.resolve("cache"), null);
		String sha = "ab".repeat(32);
		cache.put(sha, extracted);
		Extraction cached = cache.get(sha).orElseThrow();
		assertThat(cached.parts()).extracting(ExtractedPart::metadata)
			.isEqualTo(extracted.parts().stream().map(ExtractedPart::metadata).toList());

		ItemAnalysis remapped = analyser(inventory).remap(new LedgerItem(1, "mail.eml", MAIL.length(), sha), cached);

		assertThat(remapped.findings()).extracting(ClientFinding::location).containsExactly("header:Cc");
	}

	@Test
	void aMemberHeaderIsLocatedWithinTheMemberPath() throws IOException {
		Path inventory = Files.createDirectories(this.dir.resolve("inventory"));
		Extraction extraction = new Extraction(ExtractionStatus.OK, null, "application/zip",
				List.of(new ExtractedPart("", "application/zip", "", 0, ExtractionStatus.OK, null),
						new ExtractedPart("sent/mail.eml", "message/rfc822", "body", 1, ExtractionStatus.OK, null,
								List.of(new MetadataField("Reply-To", "ops@acme-bank.example")))));

		ItemAnalysis analysis = analyser(inventory).remap(new LedgerItem(1, "export.zip", 10, null), extraction);

		assertThat(analysis.findings()).extracting(ClientFinding::location)
			.containsExactly("sent/mail.eml!/header:Reply-To");
	}

	private ItemAnalyser analyser(Path inventory) throws IOException {
		Path csv = Files.writeString(this.dir.resolve("clients.csv"),
				"client_id,legal_name,email_domains\nACME,Acme Trust Company,acme-bank.example\n");
		KeyedHasher hasher = KeyedHasher.withKey(new byte[32]);
		return new ItemAnalyser(inventory, new TikaContentExtractor(ExtractionProperties.defaults()),
				new InstitutionMatcher(ClientRegistry.load(csv)), AttributionPolicy.defaults(), hasher,
				new SensitiveDataClassifier(hasher), new TextCache(this.dir.resolve("cache"), null));
	}

}
