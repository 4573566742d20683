package com.breachimpact.web;

import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

import com.breachimpact.support.NeedsBrowser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code breach-impact serve} in a real browser: headless Chromium (Debian's
 * {@code chromium} and {@code chromium-driver}) lists the clients, searches, opens a
 * client's report, and leaves screenshots under {@code target/browser/}. Fails, rather
 * than skips, when the browser is missing: CI installs it.
 */
class ReportViewerBrowserTests {

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	private static final Path SCREENSHOTS = Path.of("target/browser");

	@TempDir
	Path out;

	@TempDir
	Path profile;

	private ConfigurableApplicationContext viewer;

	private WebDriver browser;

	private String base;

	@BeforeEach
	void startViewer() throws Exception {
		ReportFolderFixture.write(this.out);
		this.viewer = ReportViewer.start(this.out, 0);
		int port = ((WebServerApplicationContext) this.viewer).getWebServer().getPort();
		this.base = "http://127.0.0.1:" + port + "/";
	}

	private void startBrowser() {
		assertThat(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER))
			.as("The browser test needs %s and %s: apt-get install -y chromium chromium-driver (.ci/run does)",
					CHROMIUM, CHROMEDRIVER)
			.isTrue();
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--window-size=1200,1000", "--user-data-dir=" + this.profile);
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		this.browser = new ChromeDriver(service, options);
		this.browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(20));
	}

	@AfterEach
	void stop() {
		if (this.browser != null) {
			this.browser.quit();
		}
		if (this.viewer != null) {
			this.viewer.close();
		}
	}

	@Test
	@NeedsBrowser
	void listsSearchesAndOpensAClientReport() throws Exception {
		startBrowser();

		// the list: every client of summary.csv, most severe first
		this.browser.get(this.base);
		assertThat(this.browser.getTitle()).isEqualTo("breach-impact reports");
		assertThat(clientIds()).containsExactly("PGCU", "FHB", "KMS");
		assertThat(this.browser.findElement(By.id("count")).getText()).isEqualTo("3 of 3 clients");
		assertThat(this.viewer.getEnvironment().getProperty("server.address")).isEqualTo("127.0.0.1");
		screenshot("client-list.png");

		// search by part of a name, ignoring case
		WebElement search = this.browser.findElement(By.id("q"));
		search.sendKeys("harbor");
		this.browser.findElement(By.id("search")).click();
		// the search is a new page load: wait for it rather than read the old page
		new WebDriverWait(this.browser, Duration.ofSeconds(20))
			.until((driver) -> driver.getCurrentUrl().contains("q=harbor") && !clientIds().isEmpty());
		assertThat(clientIds()).containsExactly("FHB");
		assertThat(this.browser.findElement(By.id("count")).getText()).isEqualTo("1 of 3 clients");
		screenshot("client-search.png");

		// open the client's report
		this.browser.findElement(By.cssSelector("a.report-link")).click();
		new WebDriverWait(this.browser, Duration.ofSeconds(20))
			.until((driver) -> driver.getCurrentUrl().endsWith("/report.html"));
		assertThat(this.browser.getTitle()).isEqualTo("Breach impact report: First Harbor Bank");
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).isEqualTo("First Harbor Bank");
		assertThat(this.browser.findElements(By.cssSelector("svg.chart rect"))).hasSize(2);
		assertThat(this.browser.findElement(By.id("new-since-previous-run")).isDisplayed()).isTrue();
		assertThat(this.browser.getPageSource()).contains("clients/fhb/outbound/batch_0318.csv")
			.doesNotContain("Prairie Gold", "Keystone");
		screenshot("client-report.png");
	}

	@Test
	void servesOnlyListedClientsReports() throws Exception {
		HttpClient http = HttpClient.newHttpClient();
		assertThat(status(http, "clients/FHB/report.pdf")).isEqualTo(200);
		assertThat(status(http, "clients/FHB/files.csv")).isEqualTo(404);
		assertThat(status(http, "clients/NOPE/report.html")).isEqualTo(404);
		assertThat(status(http, "clients/..%2F..%2Fetc/report.html")).isIn(400, 404);
		assertThat(status(http, "summary.csv")).isEqualTo(404);
		assertThat(status(http, "?q=%3Cscript%3E")).isEqualTo(200);
	}

	private int status(HttpClient http, String path) throws Exception {
		return http
			.send(HttpRequest.newBuilder(URI.create(this.base + path)).build(), HttpResponse.BodyHandlers.discarding())
			.statusCode();
	}

	private List<String> clientIds() {
		return this.browser.findElements(By.cssSelector("#clients tbody tr"))
			.stream()
			.map((row) -> row.getAttribute("data-client"))
			.toList();
	}

	private void screenshot(String name) throws Exception {
		File shot = ((TakesScreenshot) this.browser).getScreenshotAs(OutputType.FILE);
		Files.createDirectories(SCREENSHOTS);
		Files.copy(shot.toPath(), SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
	}

}
