package com.breachimpact.web;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.breachimpact.report.ReportTemplates;

import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.http.converter.autoconfigure.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.servlet.autoconfigure.HttpEncodingAutoConfiguration;
import org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.io.FileSystemResource;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * {@code breach-impact serve}: a read-only web page over a reports folder, on 127.0.0.1
 * only. It lists the clients of {@code summary.csv} with severity and counts, filters
 * them by name or id, and serves each client's {@code report.html}, {@code report.pdf},
 * STIX bundles ({@code application/stix+json;version=2.1}) and hash and credential lists
 * ({@code text/csv}) and the case summary; nothing else of the folder (only regular files
 * reached without links), and no database. Every request passes the {@link ViewerGuard}:
 * loopback {@code Host} only, security headers, and the access token when one is set.
 * <p>
 * Deliberately not a {@code @Configuration}: the batch application's component scan must
 * not pick it up, so the batch commands start without a web server.
 */
@ImportAutoConfiguration({ TomcatServletWebServerAutoConfiguration.class, DispatcherServletAutoConfiguration.class,
		WebMvcAutoConfiguration.class, HttpMessageConvertersAutoConfiguration.class,
		HttpEncodingAutoConfiguration.class })
public class ReportViewer {

	private static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);

	/** The media type of a STIX 2.1 bundle (STIX 2.1, section 1.6.1). */
	static final MediaType STIX = MediaType.parseMediaType("application/stix+json;version=2.1");

	private static final MediaType CSV = new MediaType(MediaType.parseMediaType("text/csv"), StandardCharsets.UTF_8);

	private final ReportIndex index;

	private final ReportTemplates templates = new ReportTemplates();

	ReportViewer(ReportIndex index) {
		this.index = index;
	}

	/**
	 * Start the viewer.
	 * @param out the reports folder
	 * @param port the port on 127.0.0.1; 0 for any free port
	 * @return the running web application; its web server tells the port
	 */
	public static ConfigurableApplicationContext start(Path out, int port) {
		return start(out, port, null);
	}

	/**
	 * Start the viewer, requiring an access token when one is given.
	 * @param out the reports folder
	 * @param port the port on 127.0.0.1; 0 for any free port
	 * @param token the access token every request must carry, or {@code null} for none
	 * @return the running web application
	 */
	public static ConfigurableApplicationContext start(Path out, int port, String token) {
		Map<String, Object> properties = new HashMap<>();
		properties.put("server.address", "127.0.0.1");
		properties.put("server.port", port);
		properties.put("spring.main.web-application-type", "servlet");
		properties.put("spring.mvc.static-path-pattern", "/no-static-resources/**");
		properties.put("spring.web.resources.add-mappings", false);
		// a failure to start (port in use) is reported by the command in one line
		properties.put("logging.level.org.springframework.boot.SpringApplication", "OFF");
		properties.put("logging.level.org.springframework.boot.diagnostics", "OFF");
		ReportIndex index = new ReportIndex(out);
		return new SpringApplicationBuilder(ReportViewer.class).web(WebApplicationType.SERVLET)
			.bannerMode(Banner.Mode.OFF)
			.logStartupInfo(false)
			.properties(properties)
			.initializers((context) -> {
				context.getBeanFactory().registerSingleton("reportIndex", index);
				context.getBeanFactory().registerSingleton("viewerGuard", new ViewerGuard(token));
			})
			.run();
	}

	@Bean
	RouterFunction<ServerResponse> reportRoutes() {
		return RouterFunctions.route()
			.GET("/", this::index)
			.GET("/summary.html", this::summary)
			.GET("/clients/{folder}/{file}", this::clientReport)
			.build();
	}

	ServerResponse index(ServerRequest request) {
		String query = request.param("q").orElse("");
		List<ReportIndex.ClientEntry> clients = this.index.clients(query);
		Map<String, Object> variables = new HashMap<>();
		variables.put("clients", clients);
		variables.put("query", query);
		variables.put("total", this.index.clients("").size());
		variables.put("folder", this.index.folder().toString());
		variables.put("hasSummary", Files.isRegularFile(this.index.folder().resolve("summary.html")));
		return ServerResponse.ok().contentType(HTML).body(this.templates.render("web/index", variables));
	}

	ServerResponse summary(ServerRequest request) {
		Path summary = this.index.folder().resolve("summary.html");
		if (!ReportIndex.regularFileWithoutLinks(this.index.folder(), summary)) {
			return ServerResponse.notFound().build();
		}
		return ServerResponse.ok().contentType(HTML).body(new FileSystemResource(summary));
	}

	static MediaType contentType(String file) {
		if (file.endsWith(".pdf")) {
			return MediaType.APPLICATION_PDF;
		}
		if (file.endsWith(".stix.json")) {
			return STIX;
		}
		if (file.endsWith(".csv")) {
			return CSV;
		}
		return HTML;
	}

	ServerResponse clientReport(ServerRequest request) {
		String file = request.pathVariable("file");
		return this.index.clientReport(request.pathVariable("folder"), file)
			.map((path) -> ServerResponse.ok().contentType(contentType(file)).body(new FileSystemResource(path)))
			.orElseGet(() -> ServerResponse.notFound().build());
	}

}
