package com.breachimpact.institution;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link ClientRegistry} and its reader.
 */
class ClientRegistryTests {

	private static final String HEADER = "client_id,legal_name,aliases,bic,aba_routing,lei,email_domains,sftp_folders\n";

	@TempDir
	Path dir;

	@Test
	void readsEveryColumnOfTheFixture() throws Exception {
		// given
		Path csv = fixture();
		// when
		ClientRegistry registry = ClientRegistry.load(csv);
		// then
		assertThat(registry.clients()).extracting(Client::clientId)
			.containsExactly("C001", "C002", "C003", "C004", "C005");
		Client deutsche = registry.find("C003").orElseThrow();
		assertThat(deutsche.legalName()).isEqualTo("Deutsche Bank AG");
		assertThat(deutsche.aliases()).containsExactly("Deutsche", "DB Group");
		assertThat(deutsche.bics()).containsExactly("DEUTDEFF");
		assertThat(deutsche.leis()).containsExactly("7LTWFZYICNSX8D621K86");
		assertThat(deutsche.emailDomains()).containsExactly("db.com");
		assertThat(deutsche.sftpFolders()).containsExactly("clients/db", "partners/deutsche");
		assertThat(deutsche.ibanBankCodes()).containsExactly("DE:37040044");
		assertThat(deutsche.extra()).containsEntry("region", "DE");
		assertThat(deutsche.line()).isEqualTo(4);
		assertThat(registry.find("C004").orElseThrow().legalName()).isEqualTo("Crédit Agricole S.A.");
		assertThat(registry.find("C004").orElseThrow().ibanBankCodes()).containsExactly("FR:20041");
		assertThat(registry.find("nope")).isEmpty();
	}

	@Test
	void versionIsTheSha256OfTheFileBytes() throws Exception {
		Path csv = fixture();
		String expected = HexFormat.of()
			.formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(csv)));
		assertThat(ClientRegistry.load(csv).sha256()).isEqualTo(expected);
	}

	@Test
	void headerIsCaseInsensitiveAndByteOrderMarkAndBlankLinesAreAccepted() throws IOException {
		Path csv = write("\uFEFF CLIENT_ID ,Legal_Name\nC1,Acme Bank\n\nC2,Beta Bank\n");
		ClientRegistry registry = ClientRegistry.load(csv);
		assertThat(registry.clients()).extracting(Client::line).containsExactly(2L, 4L);
	}

	@Test
	void quotedCellsOverSeveralLinesKeepTheLineNumbersRight() throws IOException {
		Path csv = write("client_id,legal_name,notes\nC1,Acme Bank,\"two\nlines\"\nC2,Beta Bank,x\nC3,,x\n");
		assertThatExceptionOfType(RegistryException.class).isThrownBy(() -> ClientRegistry.load(csv))
			.satisfies((ex) -> assertThat(ex.getLine()).isEqualTo(5));
	}

	@Test
	void missingRequiredColumnNamesFileLineAndColumn() throws IOException {
		Path csv = write("client_id,aliases\nC1,Acme\n");
		assertThatExceptionOfType(RegistryException.class).isThrownBy(() -> ClientRegistry.load(csv))
			.withMessageContaining(csv.toString())
			.withMessageContaining("line 1")
			.withMessageContaining("legal_name");
	}

	@Test
	void rowWithAnotherNumberOfCellsIsRefused() throws IOException {
		Path csv = write("client_id,legal_name\nC1,Acme\nC2,Beta,extra\n");
		assertThatExceptionOfType(RegistryException.class).isThrownBy(() -> ClientRegistry.load(csv))
			.withMessageContaining("line 3")
			.withMessageContaining("#3")
			.satisfies((ex) -> assertThat(ex.getLine()).isEqualTo(3));
	}

	@Test
	void emptyClientIdOrLegalNameIsRefused() throws IOException {
		Path noId = write("client_id,legal_name\n  ,Acme\n");
		assertThatExceptionOfType(RegistryException.class).isThrownBy(() -> ClientRegistry.load(noId))
			.withMessageContaining("line 2")
			.withMessageContaining("client_id");
		Path noName = write("client_id,legal_name\nC1,Acme\nC2, \n");
		assertThatExceptionOfType(RegistryException.class).isThrownBy(() -> ClientRegistry.load(noName))
			.withMessageContaining("line 3")
			.withMessageContaining("legal_name");
	}

	@Test
	void invalidAbaIsRefusedWithoutShowingTheNumber() throws IOException {
		Path csv = write(HEADER + "C1,Acme,,,021000021|021000022,,,\n");
		assertThatExceptionOfType(RegistryException.class).isThrownBy(() -> ClientRegistry.load(csv))
			.withMessageContaining("line 2")
			.withMessageContaining("aba_routing")
			.withMessageContaining("value #2")
			.withMessageNotContaining("021000022");
	}

	@Test
	void invalidBicOrLeiIsRefused() throws IOException {
		Path bic = write(HEADER + "C1,Acme,,DEUTQQFF,,,,\n");
		assertThatExceptionOfType(RegistryException.class).isThrownBy(() -> ClientRegistry.load(bic))
			.withMessageContaining("line 2")
			.withMessageContaining("'bic'");
		Path lei = write(HEADER + "C1,Acme,,,,5493001KJTIIGC8Y1R13,,\n");
		assertThatExceptionOfType(RegistryException.class).isThrownBy(() -> ClientRegistry.load(lei))
			.withMessageContaining("line 2")
			.withMessageContaining("'lei'");
	}

	@Test
	void duplicateClientIdNamesBothLines() throws IOException {
		Path csv = write("client_id,legal_name\nC1,Acme\nC2,Beta\nC1,Gamma\n");
		assertThatExceptionOfType(RegistryException.class).isThrownBy(() -> ClientRegistry.load(csv))
			.withMessageContaining("line 4")
			.withMessageContaining("line 2");
	}

	@Test
	void anUnbalancedQuoteNamesTheLineWhereTheCellOpens() throws IOException {
		Path csv = write("client_id,legal_name\nC1,Acme\nC2,\"Beta Bank\nC3,Gamma\n");
		assertThatExceptionOfType(RegistryException.class).isThrownBy(() -> ClientRegistry.load(csv))
			.withMessageContaining("line 3")
			.withMessageContaining("never closed");
	}

	@Test
	void bytesThatAreNotUtf8NameTheirLine() throws IOException {
		Path csv = Files.createTempFile(this.dir, "clients", ".csv");
		Files.write(csv, new byte[] { 'c', 'l', 'i', 'e', 'n', 't', '_', 'i', 'd', ',', 'l', 'e', 'g', 'a', 'l', '_',
				'n', 'a', 'm', 'e', '\n', 'C', '1', ',', 'A', '\n', 'C', '2', ',', 'B', (byte) 0xe9, 't', 'a', '\n' });
		assertThatExceptionOfType(RegistryException.class).isThrownBy(() -> ClientRegistry.load(csv))
			.withMessageContaining("line 3")
			.withMessageContaining("not UTF-8");
	}

	@Test
	void aHeaderWithoutClientsIsRefused() throws IOException {
		Path csv = write("client_id,legal_name\n\n");
		assertThatExceptionOfType(RegistryException.class).isThrownBy(() -> ClientRegistry.load(csv))
			.withMessageContaining("no client");
	}

	@Test
	void clientIdsThatDifferOnlyInCaseAreRefused() throws IOException {
		Path csv = write("client_id,legal_name\nacme,Acme\nC2,Beta\nACME,Acme Two\n");
		assertThatExceptionOfType(RegistryException.class).isThrownBy(() -> ClientRegistry.load(csv))
			.withMessageContaining("line 4")
			.withMessageContaining("differs only in case from 'acme' on line 2");
	}

	@Test
	void oneHundredThousandAliasesLoadInLinearTimeAndAnOversizedCellIsRefused() throws IOException {
		StringBuilder aliases = new StringBuilder();
		for (int i = 0; i < 100_000; i++) {
			aliases.append((i > 0) ? "|" : "").append("Alias Bank ").append(i);
		}
		Path many = write("client_id,legal_name,aliases\nC1,Acme," + aliases + "\n");
		long start = System.nanoTime();
		ClientRegistry registry = ClientRegistry.load(many);
		long millis = (System.nanoTime() - start) / 1_000_000;
		assertThat(registry.clients().get(0).aliases()).hasSize(100_000);
		assertThat(millis).as("100,000 aliases took %d ms (32 s when quadratic)", millis).isLessThan(10_000);
		Path huge = write(
				"client_id,legal_name,notes\nC1,Acme," + "x".repeat(RegistryCsvReader.MAX_CELL_CHARS + 1) + "\n");
		assertThatExceptionOfType(RegistryException.class).isThrownBy(() -> ClientRegistry.load(huge))
			.withMessageContaining("line 2")
			.withMessageContaining("'notes'")
			.withMessageContaining("more than the " + RegistryCsvReader.MAX_CELL_CHARS);
	}

	@Test
	void emptyOrMissingFileIsRefused() throws IOException {
		Path empty = write("");
		assertThatExceptionOfType(RegistryException.class).isThrownBy(() -> ClientRegistry.load(empty));
		assertThatExceptionOfType(RegistryException.class)
			.isThrownBy(() -> ClientRegistry.load(this.dir.resolve("missing.csv")));
	}

	@Test
	void warnsAboutSharedIdentifiersAndAmbiguousOrCommonAliases() throws IOException {
		// given
		Path csv = write(HEADER + "C1,Acme Bank,Chase,,021000021,,acme.com,clients/acme\n"
				+ "C2,Beta Bank,Acme Bank,,021000021,,acme.com,clients/acme/beta\n" + "C3,Gamma Bank,,,,,,\n");
		// when
		ClientRegistry registry = ClientRegistry.load(csv);
		// then
		assertThat(registry.warnings()).extracting(RegistryWarning::message)
			.anySatisfy((m) -> assertThat(m).contains("Chase").contains("common English word"))
			.anySatisfy((m) -> assertThat(m).contains("aba_routing *****0021").contains("'C1'"))
			.anySatisfy((m) -> assertThat(m).contains("alias 'Acme Bank'").contains("'C1'"))
			.anySatisfy((m) -> assertThat(m).contains("email_domains acme.com"))
			.anySatisfy((m) -> assertThat(m).contains("clients/acme/beta").contains("lies inside"))
			.noneSatisfy((m) -> assertThat(m).contains("021000021"));
		assertThat(registry.warnings()).filteredOn((w) -> w.line() == 4).isEmpty();
	}

	@Test
	void cleanRegistryHasNoWarnings() throws Exception {
		assertThat(ClientRegistry.load(fixture()).warnings()).isEmpty();
	}

	private Path write(String content) throws IOException {
		Path file = Files.createTempFile(this.dir, "clients", ".csv");
		Files.writeString(file, content, StandardCharsets.UTF_8);
		return file;
	}

	static Path fixture() throws URISyntaxException {
		return Path.of(ClientRegistryTests.class.getResource("clients.csv").toURI());
	}

}
