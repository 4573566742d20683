package com.breachimpact.institution;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link FolderReferenceRecognizer}: a client's platform folder named in text
 * is {@link EvidenceKind#FOLDER_REFERENCE} evidence, with folder boundaries kept and case
 * and separators folded.
 */
class FolderReferenceRecognizerTests {

	@TempDir
	Path dir;

	private InstitutionMatcher matcher;

	@BeforeEach
	void registry() throws IOException {
		Path csv = Files.writeString(this.dir.resolve("clients.csv"), """
				client_id,legal_name,sftp_folders
				FNB,Alpha Trust Company,clients/first-national-bank
				FNBT,Beta Trust Company,clients/first-national-bank-texas
				DEEP,Gamma Trust Company,partners/east/gamma|clients/gamma-archive
				""");
		this.matcher = new InstitutionMatcher(ClientRegistry.load(csv));
	}

	private List<String> clients(String text) {
		return this.matcher.match(text)
			.evidence()
			.stream()
			.filter((evidence) -> evidence.kind() == EvidenceKind.FOLDER_REFERENCE)
			.map(Evidence::clientId)
			.toList();
	}

	@Test
	void aTransferLogLineNamesTheClientsFolder() {
		String text = "2025-06-02 10:00:01 op=PUT path=/clients/first-national-bank/archive/x.dat bytes=4096\n";
		MatchResult result = this.matcher.match(text);
		assertThat(result.evidence()).singleElement().satisfies((evidence) -> {
			assertThat(evidence.clientId()).isEqualTo("FNB");
			assertThat(evidence.kind()).isEqualTo(EvidenceKind.FOLDER_REFERENCE);
			assertThat(evidence.maskedValue()).isEqualTo("clients/first-national-bank");
			assertThat(evidence.offset()).isEqualTo(text.indexOf("clients/"));
			assertThat(evidence.line()).isEqualTo(1);
			assertThat(evidence.score()).isEqualTo(1.0);
		});
	}

	@Test
	void folderBoundariesHold() {
		assertThat(clients("path=/clients/first-national-bank-texas/in/a.csv")).containsExactly("FNBT");
		assertThat(clients("path=/clients/first-national-bank.old/a.csv")).isEmpty();
		assertThat(clients("path=/myclients/first-national-bank/a.csv")).isEmpty();
		assertThat(clients("path=/clients/first-national-bankx")).isEmpty();
		assertThat(clients("see clients / first-national-bank for details")).isEmpty();
		assertThat(clients("path=/partners/east/gammas/x and /partners/gamma/x")).isEmpty();
	}

	@Test
	void caseAndSeparatorsAreFolded() {
		assertThat(clients("copy \\\\fileserver\\CLIENTS\\First-National-Bank\\x.dat now")).containsExactly("FNB");
		assertThat(clients("dir=C:\\sftp\\clients\\first-national-bank-TEXAS\\")).containsExactly("FNBT");
		assertThat(clients("in a config: root: \"/srv/sftp//clients/./first-national-bank\"")).containsExactly("FNB");
		assertThat(clients("escaped: \"D:\\\\clients\\\\gamma-archive\\\\2024\"")).containsExactly("DEEP");
	}

	@Test
	void aFolderOfSeveralSegmentsMatchesAsAWhole() {
		assertThat(clients("mirror /data/partners/east/gamma/outbound/p.xml")).containsExactly("DEEP");
		assertThat(clients("mirror /data/partners/east/outbound/gamma/p.xml")).isEmpty();
	}

	@Test
	void everyMentionInATextCounts() {
		String text = "a /clients/first-national-bank/1\nb /clients/first-national-bank-texas/2\n"
				+ "c https://example.com/clients/first-national-bank\n";
		assertThat(clients(text)).containsExactly("FNB", "FNBT", "FNB");
		assertThat(this.matcher.match(text).evidence()).extracting(Evidence::line).containsExactly(1, 2, 3);
	}

	@Test
	void theFolderOfAPathAndTheFolderNamedInTextAreFoundAlike() {
		String path = "Clients\\First-National-Bank\\inbound\\f.csv";
		assertThat(this.matcher.matchPath(path)).extracting(Evidence::clientId).containsExactly("FNB");
		assertThat(clients("path=" + path)).containsExactly("FNB");
	}

}
