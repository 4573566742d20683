package com.breachimpact.indicators;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.crypto.spec.SecretKeySpec;

import com.breachimpact.report.ClientFolders;
import com.breachimpact.scan.ScanRequest;
import com.breachimpact.support.PostgresScanTestSupport;
import com.breachimpact.support.ReportFolders;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.batch.core.BatchStatus;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code credentials_to_rotate.csv} of a small inventory with secrets in two clients'
 * folders: one row per secret with its kind, masked account and host, where it was found;
 * no secret in clear in any file the scan wrote; no other client's data.
 */
class CredentialsToRotateFunctionalTests extends PostgresScanTestSupport {

	private static final String REGISTRY = """
			client_id,legal_name,aliases,bic,aba_routing,lei,email_domains,sftp_folders
			HARBOR,First Harbor Bank,,,011000015,,firstharbor.example,clients/harbor
			PRAIRIE,Prairie Gold Credit Union,,,021000021,,prairiegold.example,clients/prairie
			""";

	private static final String GITHUB_TOKEN = "ghp_aB3dE5fG7hI9jK1lM3nO5pQ7rS9tU1vW3xY5";

	private static final String KEY_BODY = "MIIEowIBAAKCAQEAx1yZ3harborKeyMaterial0123456789abcdef";

	private static final List<String> SECRETS = List.of("Hx9#conn2024", "Winter#2024x", GITHUB_TOKEN, KEY_BODY,
			"Pr41rieKey!2024z", "keystore-pass-1");

	@TempDir
	Path dir;

	@Test
	void eachSecretIsOneRowWithItsContextAndNeverInClear() throws Exception {
		Path inventory = this.dir.resolve("inventory");
		write(inventory.resolve("clients/harbor/config/app.conf"), """
				# payments service
				db.conn=Server=sql02.harbor.example;Database=core;User Id=batch_user;Password=Hx9#conn2024;
				ftp: user=ops_harbor host=sftp.harbor.example password=Winter#2024x
				GITHUB_TOKEN=%s
				""".formatted(GITHUB_TOKEN));
		write(inventory.resolve("clients/harbor/config/app-copy.conf"),
				"ftp: user=ops_harbor host=sftp.harbor.example password=Winter#2024x\n");
		write(inventory.resolve("clients/harbor/keys/deploy_key.pem"),
				"-----BEGIN RSA PRIVATE KEY-----\n" + KEY_BODY + "\n-----END RSA PRIVATE KEY-----\n");
		Files.createDirectories(inventory.resolve("clients/harbor/certs"));
		Files.write(inventory.resolve("clients/harbor/certs/client.p12"), keystore());
		write(inventory.resolve("clients/prairie/settings.ini"), """
				[ftp]
				user=ops_prairie host=sftp.prairie.example password=Winter#2024x
				api_key=Pr41rieKey!2024z
				""");
		Path registry = this.dir.resolve("clients.csv");
		write(registry, REGISTRY);
		Path out = this.dir.resolve("out");

		Scanned scanned = scan(new ScanRequest(inventory, registry, out, "credentials"));
		assertThat(scanned.execution().getStatus()).isEqualTo(BatchStatus.COMPLETED);

		Path harborCsv = ClientFolders.folder(out, "HARBOR").resolve(ClientIndicatorFiles.CREDENTIALS_CSV);
		assertThat(ReportFolders.csv(harborCsv).get(0)).containsExactly("kind", "detail", "account", "host", "path",
				"line", "findings", "first_seen_run", "fingerprint");
		Map<String, String[]> harbor = byKind(harborCsv);
		String run = Long.toString(scanned.runId());
		assertThat(harbor).containsOnlyKeys("connection string", "password", "API token", "private key", "certificate");
		assertThat(harbor.get("connection string")).containsExactly("connection string", "connection string", "b***",
				"sql02.harbor.example", "clients/harbor/config/app.conf", "2", "1", run,
				harbor.get("connection string")[8]);
		assertThat(harbor.get("password")).containsExactly("password", "password", "o***", "sftp.harbor.example",
				"clients/harbor/config/app-copy.conf", "1", "2", run, harbor.get("password")[8]);
		assertThat(harbor.get("API token")[1]).isEqualTo("github token");
		assertThat(harbor.get("API token")[4]).isEqualTo("clients/harbor/config/app.conf");
		assertThat(harbor.get("private key")[4]).isEqualTo("clients/harbor/keys/deploy_key.pem");
		assertThat(harbor.get("certificate")[4]).isEqualTo("clients/harbor/certs/client.p12");
		assertThat(harbor.values()).allSatisfy((row) -> assertThat(row[8]).matches("[0-9a-f]{64}"));

		Path prairieCsv = ClientFolders.folder(out, "PRAIRIE").resolve(ClientIndicatorFiles.CREDENTIALS_CSV);
		Map<String, String[]> prairie = byKind(prairieCsv);
		assertThat(prairie).containsOnlyKeys("password", "API token");
		assertThat(prairie.get("password")).containsExactly("password", "password", "o***", "sftp.prairie.example",
				"clients/prairie/settings.ini", "2", "1", run, prairie.get("password")[8]);
		assertThat(prairie.get("password")[8]).as("the same secret, fingerprinted per client")
			.isNotEqualTo(harbor.get("password")[8]);

		assertThat(ReportFolders.column(out.resolve("notification_list.csv"), "credentials_to_rotate"))
			.allSatisfy((count) -> assertThat(count).isIn("5", "2"));

		List<Path> written;
		try (Stream<Path> files = Files.walk(out)) {
			written = files.filter(Files::isRegularFile).toList();
		}
		assertThat(written).hasSizeGreaterThan(20);
		for (Path file : written) {
			String text = text(file);
			for (String secret : SECRETS) {
				assertThat(text).as("%s holds a secret in clear", out.relativize(file)).doesNotContain(secret);
			}
			String relative = out.relativize(file).toString();
			if (relative.startsWith("clients/" + ClientFolders.folder(out, "PRAIRIE").getFileName())) {
				assertThat(text).as(relative).doesNotContainIgnoringCase("harbor");
			}
			if (relative.startsWith("clients/" + ClientFolders.folder(out, "HARBOR").getFileName())) {
				assertThat(text).as(relative).doesNotContainIgnoringCase("prairie");
			}
		}
		assertThat(this.jdbc.queryForList("SELECT masked_values FROM sensitive_value_set", String.class))
			.allSatisfy((masked) -> SECRETS.forEach((secret) -> assertThat(masked).doesNotContain(secret)));
	}

	private static Map<String, String[]> byKind(Path csv) {
		List<String[]> rows = ReportFolders.rows(csv);
		Map<String, String[]> byKind = rows.stream().collect(Collectors.toMap((row) -> row[0], (row) -> row));
		assertThat(byKind).as("one row per secret").hasSize(rows.size());
		return byKind;
	}

	private static String text(Path file) throws Exception {
		if (file.getFileName().toString().endsWith(".pdf")) {
			try (PDDocument document = Loader.loadPDF(file.toFile())) {
				return new PDFTextStripper().getText(document);
			}
		}
		return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
	}

	private static byte[] keystore() throws Exception {
		KeyStore store = KeyStore.getInstance("PKCS12");
		store.load(null, null);
		char[] password = "keystore-pass-1".toCharArray();
		store.setEntry("signing", new KeyStore.SecretKeyEntry(new SecretKeySpec(new byte[32], "AES")),
				new KeyStore.PasswordProtection(password));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		store.store(out, password);
		return out.toByteArray();
	}

	private static void write(Path file, String content) throws Exception {
		Files.createDirectories(file.getParent());
		Files.writeString(file, content);
	}

}
