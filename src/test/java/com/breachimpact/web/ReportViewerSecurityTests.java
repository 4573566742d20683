package com.breachimpact.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The report viewer over plain HTTP: security headers on every response, a forged
 * {@code Host} refused, links in the reports folder never served, and the optional access
 * token required.
 */
class ReportViewerSecurityTests {

	@TempDir
	Path out;

	@TempDir
	Path elsewhere;

	private ConfigurableApplicationContext viewer;

	private final HttpClient http = HttpClient.newHttpClient();

	@AfterEach
	void stop() {
		if (this.viewer != null) {
			this.viewer.close();
		}
	}

	private int start(String token) throws IOException {
		ReportFolderFixture.write(this.out);
		this.viewer = ReportViewer.start(this.out, 0, token);
		return ((WebServerApplicationContext) this.viewer).getWebServer().getPort();
	}

	private HttpResponse<String> get(int port, String path, String... headers) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
		if (headers.length > 0) {
			request.headers(headers);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	@Test
	void everyResponseCarriesTheSecurityHeaders() throws Exception {
		// given
		int port = start(null);

		// when
		HttpResponse<String> index = get(port, "/");
		HttpResponse<String> report = get(port, "/clients/FHB/report.pdf");
		HttpResponse<String> missing = get(port, "/clients/FHB/files.csv");

		// then
		assertThat(index.statusCode()).isEqualTo(200);
		assertThat(report.statusCode()).isEqualTo(200);
		assertThat(missing.statusCode()).isEqualTo(404);
		for (HttpResponse<String> response : new HttpResponse[] { index, report, missing }) {
			assertThat(response.headers().firstValue("Content-Security-Policy"))
				.hasValue("default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; form-action 'self'; "
						+ "frame-ancestors 'none'; base-uri 'none'");
			assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
			assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
			assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
			assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
		}
	}

	@Test
	void aForeignHostHeaderIsRefused() throws Exception {
		// given
		int port = start(null);

		// when / then
		assertThat(rawStatus(port, "evil.example")).contains(" 403");
		assertThat(rawStatus(port, "evil.example:" + port)).contains(" 403");
		assertThat(rawStatus(port, "127.0.0.1:" + port)).contains(" 200");
		assertThat(rawStatus(port, "localhost:" + port)).contains(" 200");
	}

	@Test
	void aLinkInTheReportsFolderIsNeverServed() throws Exception {
		// given
		int port = start(null);
		Path secret = Files.writeString(this.elsewhere.resolve("shadow"), "root:secret");
		Path pdf = this.out.resolve("clients/FHB/report.pdf");
		Files.delete(pdf);
		Files.createSymbolicLink(pdf, secret);
		Path summary = this.out.resolve("summary.html");
		Files.deleteIfExists(summary);
		Files.createSymbolicLink(summary, secret);
		Path pgcu = this.out.resolve("clients/PGCU");
		Path moved = Files.move(pgcu, this.elsewhere.resolve("PGCU"));
		Files.createSymbolicLink(pgcu, moved);

		// when / then
		assertThat(get(port, "/clients/FHB/report.pdf").statusCode()).isEqualTo(404);
		assertThat(get(port, "/summary.html").statusCode()).isEqualTo(404);
		assertThat(get(port, "/clients/PGCU/report.html").statusCode()).isEqualTo(404);
		assertThat(get(port, "/clients/KMS/report.html").statusCode()).isEqualTo(200);
	}

	@Test
	void anAccessTokenIsRequiredWhenSet() throws Exception {
		// given
		String token = "a1b2c3d4e5f6";
		int port = start(token);

		// when
		HttpResponse<String> without = get(port, "/");
		HttpResponse<String> wrong = get(port, "/", "X-Access-Token", "nope");
		HttpResponse<String> header = get(port, "/", "X-Access-Token", token);
		HttpResponse<String> cookie = get(port, "/clients/FHB/report.html", "Cookie",
				ViewerGuard.TOKEN_COOKIE + "=" + token);
		HttpResponse<String> link = get(port, "/?token=" + token);

		// then
		assertThat(without.statusCode()).isEqualTo(401);
		assertThat(without.body()).doesNotContain("First Harbor Bank");
		assertThat(wrong.statusCode()).isEqualTo(401);
		assertThat(header.statusCode()).isEqualTo(200);
		assertThat(header.body()).contains("First Harbor Bank");
		assertThat(cookie.statusCode()).isEqualTo(200);
		assertThat(link.statusCode()).isEqualTo(302);
		assertThat(link.headers().firstValue("Set-Cookie")).hasValueSatisfying(
				(value) -> assertThat(value).contains(ViewerGuard.TOKEN_COOKIE + "=" + token, "HttpOnly"));
	}

	/** The status line of a request sent with a given {@code Host} header. */
	private static String rawStatus(int port, String host) throws IOException {
		try (Socket socket = new Socket("127.0.0.1", port)) {
			OutputStream request = socket.getOutputStream();
			request.write(("GET / HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
				.getBytes(StandardCharsets.US_ASCII));
			request.flush();
			InputStream response = socket.getInputStream();
			String text = new String(response.readAllBytes(), StandardCharsets.ISO_8859_1);
			return text.substring(0, text.indexOf("\r\n"));
		}
	}

}
