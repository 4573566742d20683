package com.breachimpact.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.logging.Level;
import java.util.stream.Collectors;

import com.breachimpact.indicators.ClientIndicatorFiles;
import com.breachimpact.protection.OutputFiles;
import com.breachimpact.review.ReviewSummary;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;

/**
 * Writes a client's report as a self-contained HTML page ({@code report.html}: inline CSS
 * and SVG, a print stylesheet, nothing loaded from elsewhere) and as a PDF for sending
 * ({@code report.pdf}, rendered from the same template), both readable by their owner
 * only.
 */
public class ClientReportDocuments {

	static final String REPORT_HTML = "report.html";

	static final String REPORT_PDF = "report.pdf";

	/**
	 * The fingerprint of the report's data, beside the report, to find reruns that change
	 * nothing.
	 */
	static final String FINGERPRINT = ".report-fingerprint";

	private static final String FINGERPRINT_PREFIX = "sha256 ";

	private static final int MAX_FINGERPRINT_BYTES = 1024;

	static {
		// openhtmltopdf logs each page it lays out at INFO: keep its warnings only
		XRLog.listRegisteredLoggers().forEach((logger) -> XRLog.setLevel(logger, Level.WARNING));
	}

	private final ReportTemplates templates;

	private final int pdfFileLimit;

	public ClientReportDocuments(ReportTemplates templates) {
		this(templates, ReportProperties.DEFAULT_PDF_FILE_LIMIT);
	}

	/**
	 * Documents whose PDF lists at most {@code pdfFileLimit} rows of files.
	 * @param templates the templates
	 * @param pdfFileLimit the most rows of affected files, and of new files, in the PDF
	 * (see {@link ReportProperties#pdfFileLimit()})
	 */
	public ClientReportDocuments(ReportTemplates templates, int pdfFileLimit) {
		if (pdfFileLimit < 1) {
			throw new IllegalArgumentException("pdfFileLimit must be 1 or more, not " + pdfFileLimit);
		}
		this.templates = templates;
		this.pdfFileLimit = pdfFileLimit;
	}

	/**
	 * Write {@code report.html} and {@code report.pdf} into a client's folder.
	 * @param report the client's report
	 * @param folder the client's report folder
	 * @throws IOException if a file cannot be written
	 */
	public void write(ClientReport report, Path folder) throws IOException {
		write(report, null, folder);
	}

	/**
	 * Write {@code report.html} and {@code report.pdf} into a client's folder, with the
	 * investigators' review and its appendix of rejected attributions.
	 * @param report the client's report
	 * @param review the review of the client's attributions, or {@code null}
	 * @param folder the client's report folder
	 * @throws IOException if a file cannot be written
	 */
	public void write(ClientReport report, ReviewSummary review, Path folder) throws IOException {
		write(report, review, null, folder);
	}

	/**
	 * Write {@code report.html} and {@code report.pdf} into a client's folder, with the
	 * investigators' review and the files for the client's security team.
	 * @param report the client's report
	 * @param review the review of the client's attributions, or {@code null}
	 * @param indicators what was written for the client's security team, or {@code null}
	 * @param folder the client's report folder
	 * @throws IOException if a file cannot be written
	 */
	public void write(ClientReport report, ReviewSummary review, ClientIndicatorFiles.IndicatorCounts indicators,
			Path folder) throws IOException {
		OutputFiles.writeString(folder.resolve(REPORT_HTML), html(report, review, indicators, false));
		String forPdf = html(report, review, indicators, true);
		OutputFiles.write(folder.resolve(REPORT_PDF), (out) -> pdf(forPdf, out));
	}

	/**
	 * Render a client's report page.
	 * @param report the client's report
	 * @param forPdf whether the page is for the PDF renderer (bars as table cells instead
	 * of an SVG chart)
	 * @return the HTML
	 */
	public String html(ClientReport report, boolean forPdf) {
		return html(report, null, forPdf);
	}

	/**
	 * Render a client's report page with the investigators' review.
	 * @param report the client's report
	 * @param review the review, or {@code null} for none
	 * @param forPdf whether the page is for the PDF renderer
	 * @return the HTML
	 */
	public String html(ClientReport report, ReviewSummary review, boolean forPdf) {
		return html(report, review, null, forPdf);
	}

	/**
	 * Render a client's report page with the investigators' review and the files for the
	 * client's security team.
	 * @param report the client's report
	 * @param review the review, or {@code null} for none
	 * @param indicators what was written for the client's security team, or {@code null}
	 * @param forPdf whether the page is for the PDF renderer
	 * @return the HTML
	 */
	public String html(ClientReport report, ReviewSummary review, ClientIndicatorFiles.IndicatorCounts indicators,
			boolean forPdf) {
		return render(report, review, indicators, forPdf, Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
	}

	/**
	 * Write {@code report.html} and {@code report.pdf} into a client's folder unless the
	 * report's data is the same as when an earlier run wrote them: then they are kept as
	 * they are (same bytes, same modification time) and recorded as this run's output.
	 * The data is everything the documents show except the facts of the run that writes
	 * them (run id, start time, reconciliation line) and the time they were generated;
	 * its {@linkplain #fingerprint fingerprint} is kept beside them in
	 * {@value #FINGERPRINT}.
	 * @param report the client's report
	 * @param review the review, or {@code null}
	 * @param indicators the counts of the client's indicator files, or {@code null}
	 * @param folder the client's report folder
	 * @param writtenBefore whether the previous run recorded a file as its output (a file
	 * the tool did not write is never taken for a report)
	 * @return whether the documents were written
	 * @throws IOException if a file cannot be read or written
	 */
	public boolean writeIfChanged(ClientReport report, ReviewSummary review,
			ClientIndicatorFiles.IndicatorCounts indicators, Path folder, Predicate<Path> writtenBefore)
			throws IOException {
		String fingerprint = fingerprint(report, review, indicators);
		Path html = folder.resolve(REPORT_HTML);
		Path pdf = folder.resolve(REPORT_PDF);
		Path recorded = folder.resolve(FINGERPRINT);
		if (writtenBefore.test(html) && writtenBefore.test(pdf) && writtenBefore.test(recorded) && isRegularFile(html)
				&& isRegularFile(pdf) && fingerprint.equals(readFingerprint(recorded))) {
			OutputFiles.keep(html);
			OutputFiles.keep(pdf);
			OutputFiles.keep(recorded);
			return false;
		}
		// no fingerprint stays beside documents being replaced: a run stopped half-way
		// must not leave new documents under an old fingerprint, or old under a new one
		discard(recorded);
		write(report, review, indicators, folder);
		OutputFiles.writeString(recorded, FINGERPRINT_PREFIX + fingerprint + "\n");
		return true;
	}

	/**
	 * The fingerprint of what a client's report shows: its
	 * {@linkplain ReportKeys#documents key}, the SHA-256 of the report's data without the
	 * run's facts (id, start time, reconciliation line) and the time of generation, of
	 * the review and indicator counts, of the number of files the PDF lists, and of the
	 * code and templates that render them. The registry and inventory the run read are
	 * kept in it.
	 * @param report the client's report
	 * @param review the review, or {@code null}
	 * @param indicators the counts of the client's indicator files, or {@code null}
	 * @return the fingerprint, in hexadecimal
	 */
	public String fingerprint(ClientReport report, ReviewSummary review,
			ClientIndicatorFiles.IndicatorCounts indicators) {
		return ReportKeys.documents(report, review, indicators, this.pdfFileLimit);
	}

	private static boolean isRegularFile(Path file) {
		return Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS);
	}

	/**
	 * Remove a recorded fingerprint (a regular file only; a link is left for the writing
	 * that follows to refuse).
	 * @param file the fingerprint file
	 * @throws IOException if it cannot be removed
	 */
	static void discard(Path file) throws IOException {
		if (isRegularFile(file)) {
			Files.delete(file);
		}
	}

	private static String readFingerprint(Path file) throws IOException {
		return readFingerprint(file, FINGERPRINT_PREFIX);
	}

	/**
	 * Read a fingerprint recorded in a file's first line after a prefix.
	 * @param file the file
	 * @param prefix the prefix
	 * @return the fingerprint, or {@code null} if the file is not a small regular file
	 * with that prefix
	 * @throws IOException if the file cannot be read
	 */
	static String readFingerprint(Path file, String prefix) throws IOException {
		if (!isRegularFile(file) || Files.size(file) > MAX_FINGERPRINT_BYTES) {
			return null;
		}
		String text = Files.readString(file, StandardCharsets.ISO_8859_1);
		int end = text.indexOf('\n');
		String first = (end >= 0) ? text.substring(0, end) : text;
		return first.startsWith(prefix) ? first.substring(prefix.length()) : null;
	}

	private String render(ClientReport report, ReviewSummary review, ClientIndicatorFiles.IndicatorCounts indicators,
			boolean forPdf, String generated) {
		// the PDF lists the first files, the HTML page every one
		int fileLimit = forPdf ? this.pdfFileLimit : Integer.MAX_VALUE;
		Map<String, Object> variables = new HashMap<>();
		variables.put("listed", ListedFiles.of(report.files(), fileLimit));
		variables.put("listedNew", ListedFiles.of(report.newFiles(), fileLimit));
		variables.put("review", review);
		variables.put("indicators", indicators);
		List<CategoryRow> rows = categoryRows(report.impact());
		variables.put("report", report);
		variables.put("categories", rows);
		variables.put("chart", BarChart.of(rows.stream().map(CategoryRow::label).toList(),
				rows.stream().map(CategoryRow::occurrences).toList(), 640, 230));
		variables.put("pdf", forPdf);
		variables.put("severity", report.impact().severity().severity().name().toLowerCase(Locale.ROOT));
		variables.put("matched",
				report.impact()
					.severity()
					.matchedCategories()
					.stream()
					.sorted()
					.map(EvidenceLabels::label)
					.collect(Collectors.toList()));
		variables.put("generated", generated);
		return this.templates.render("report/client", variables);
	}

	/**
	 * Render an XHTML page to PDF.
	 * @param xhtml the page, well-formed XML
	 * @param out where the PDF goes
	 * @throws IOException if the page cannot be rendered or written
	 */
	static void pdf(String xhtml, OutputStream out) throws IOException {
		PdfRendererBuilder builder = new PdfRendererBuilder();
		builder.useFastMode();
		builder.withHtmlContent(xhtml, null);
		builder.toStream(out);
		builder.run();
	}

	static List<CategoryRow> categoryRows(ClientImpact impact) {
		long max = impact.categories().stream().mapToLong(CategoryStats::occurrences).max().orElse(0);
		List<CategoryRow> rows = new ArrayList<>();
		for (CategoryStats stats : impact.categories()) {
			int percent = (max > 0) ? (int) Math.max(1, Math.round(100.0 * stats.occurrences() / max)) : 0;
			rows.add(new CategoryRow(EvidenceLabels.label(stats.category()), stats.occurrences(),
					stats.distinctValues(), stats.files(), stats.possiblyIncomplete(), percent));
		}
		return rows;
	}

}
