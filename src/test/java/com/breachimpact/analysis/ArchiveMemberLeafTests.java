package com.breachimpact.analysis;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.breachimpact.classification.SensitiveDataClassifier;
import com.breachimpact.extraction.ExtractionProperties;
import com.breachimpact.extraction.TikaContentExtractor;
import com.breachimpact.institution.AttributionPolicy;
import com.breachimpact.institution.ClientRegistry;
import com.breachimpact.institution.InstitutionMatcher;
import com.breachimpact.inventory.LedgerItem;
import com.breachimpact.protection.KeyedHasher;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A member in a folder of an archive ({@code batch/payments.csv}, a CSV
 * {@code account,routing,amount}) is a leaf of its own, attributed on the routing number
 * between its account and amount fields; its sibling without evidence is attributed to no
 * one.
 */
class ArchiveMemberLeafTests {

	@TempDir
	Path dir;

	@Test
	void aRoutingNumberInACsvMemberOfAFolderOfAnArchiveAttributesThatMember() throws IOException {
		Path inventory = Files.createDirectories(this.dir.resolve("inventory"));
		byte[] zip = zip(
				new String[][] { { "batch/payments.csv", "account,routing,amount\n1234567890,011000015,55.10\n" },
						{ "batch/letter.txt", "Dear team,\n\nThe statement is enclosed.\n" } });
		Files.write(inventory.resolve("export.zip"), zip);

		ItemAnalysis analysis = analyser(inventory).process(new LedgerItem(1, "export.zip", zip.length, null));

		assertThat(analysis.attributions()).extracting(ClientAttribution::clientId, ClientAttribution::location)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("HARBOR", "batch/payments.csv"));
	}

	private ItemAnalyser analyser(Path inventory) throws IOException {
		Path csv = Files.writeString(this.dir.resolve("clients.csv"),
				"client_id,legal_name,aba_routing\nHARBOR,First Harbor Bank,011000015\n");
		KeyedHasher hasher = KeyedHasher.withKey(new byte[32]);
		return new ItemAnalyser(inventory, new TikaContentExtractor(ExtractionProperties.defaults()),
				new InstitutionMatcher(ClientRegistry.load(csv)), AttributionPolicy.defaults(), hasher,
				new SensitiveDataClassifier(hasher), new TextCache(this.dir.resolve("cache"), null));
	}

	private static byte[] zip(String[][] entries) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream out = new ZipOutputStream(bytes)) {
			for (String[] entry : entries) {
				out.putNextEntry(new ZipEntry(entry[0]));
				out.write(entry[1].getBytes(StandardCharsets.UTF_8));
				out.closeEntry();
			}
		}
		return bytes.toByteArray();
	}

}
