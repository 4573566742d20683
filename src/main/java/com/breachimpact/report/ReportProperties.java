package com.breachimpact.report;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the clients' reports are written.
 *
 * @param pdfFileLimit the most rows of affected files (and, separately, of files new
 * since the previous run) a client's {@code report.pdf} lists; the PDF says how many more
 * there are and that {@code report.html} and {@code files.csv}, beside it, list every one
 * with its evidence. A PDF for sending stays readable, and rendering it no longer grows
 * with the client's files.
 */
@ConfigurationProperties(prefix = "breach-impact.report", ignoreUnknownFields = false)
public record ReportProperties(@DefaultValue("100") int pdfFileLimit) {

	/** The rows a client's PDF lists by default. */
	public static final int DEFAULT_PDF_FILE_LIMIT = 100;

	public ReportProperties {
		if (pdfFileLimit < 1) {
			throw new IllegalArgumentException(
					"breach-impact.report.pdf-file-limit must be 1 or more, not " + pdfFileLimit);
		}
	}

	/**
	 * The shipped settings.
	 * @return the defaults
	 */
	public static ReportProperties defaults() {
		return new ReportProperties(DEFAULT_PDF_FILE_LIMIT);
	}

}
