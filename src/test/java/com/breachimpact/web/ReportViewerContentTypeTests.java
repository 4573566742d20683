package com.breachimpact.web;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The viewer serves a client's indicator files with their content types, and nothing else
 * of the client's folder.
 */
class ReportViewerContentTypeTests {

	@TempDir
	Path out;

	@Test
	void indicatorFilesAreServedWithTheirContentTypes() throws Exception {
		assertThat(ReportViewer.contentType("indicators.stix.json")).hasToString("application/stix+json;version=2.1");
		assertThat(ReportViewer.contentType("indicators.delta.stix.json"))
			.hasToString("application/stix+json;version=2.1");
		assertThat(ReportViewer.contentType("credentials_to_rotate.csv")).hasToString("text/csv;charset=UTF-8");
		assertThat(ReportViewer.contentType("report.pdf")).hasToString("application/pdf");

		Files.writeString(this.out.resolve("summary.csv"), "client_id,name,severity,severity_rule,affected_files,"
				+ "estimated_individuals\nHARBOR,First Harbor Bank,notify,r,1,1\n");
		Path folder = Files.createDirectories(this.out.resolve("clients/HARBOR"));
		for (String file : new String[] { "indicators.stix.json", "hashes.csv", "credentials_to_rotate.csv",
				"files.csv" }) {
			Files.writeString(folder.resolve(file), "x");
		}
		ReportIndex index = new ReportIndex(this.out);
		assertThat(index.clientReport("HARBOR", "indicators.stix.json")).isPresent();
		assertThat(index.clientReport("HARBOR", "hashes.csv")).isPresent();
		assertThat(index.clientReport("HARBOR", "credentials_to_rotate.csv")).isPresent();
		assertThat(index.clientReport("HARBOR", "files.csv")).as("not one of the served files").isEmpty();
		assertThat(index.clientReport("HARBOR", "indicators.delta.stix.json")).as("absent").isEmpty();
	}

}
