package com.breachimpact.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import com.breachimpact.classification.PathMasking;
import com.breachimpact.csv.CsvFile;
import com.breachimpact.incremental.RunDelta;
import com.breachimpact.indicators.ClientIndicatorFiles;
import com.breachimpact.persons.ClientObligations;
import com.breachimpact.protection.Masking;
import com.breachimpact.review.ReviewSummary;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.thymeleaf.TemplateEngine;

/**
 * The keys of what a client's report files show, to find reruns that change nothing
 * without writing the files again: the SHA-256 of the report's data in a
 * {@linkplain CanonicalDigest canonical encoding}, and of the code and templates that
 * turn the data into files ({@link #CODE}). A key is computed from the model the files
 * are written from, so it covers everything they show: the client's leaves with their
 * evidence and sensitive data, its identifiers (the registry), persons and obligations,
 * the review, what is new since the previous run and since the {@code --since} baseline.
 */
final class ReportKeys {

	/** The templates the client's documents are rendered from. */
	private static final List<String> TEMPLATES = List.of("templates/report/client.html",
			"templates/report/style.html");

	/**
	 * The classes that turn a client's report data into its files, and the records whose
	 * methods the templates call (a change in what a method derives changes a page whose
	 * data did not change).
	 */
	private static final List<Class<?>> WRITERS = List.of(ImpactReportWriter.class, ClientReportDocuments.class,
			ReportTemplates.class, ObligationFiles.class, AffectedFile.class, EvidenceLabels.class,
			MarkupSafeText.class, BarChart.class, CategoryRow.class, ListedFiles.class, ClientReport.class,
			ClientImpact.class, CategoryStats.class, RunInfo.class, ReviewSummary.class, ClientObligations.class,
			CsvFile.class, PathMasking.class, Masking.class);

	/**
	 * The version of what turns report data into files: the SHA-256 of the templates, of
	 * the writers' class files, and the versions of the template engine and the PDF
	 * renderer.
	 */
	static final String CODE = code();

	private ReportKeys() {
	}

	/**
	 * The key of a client's {@code report.html} and {@code report.pdf}: everything they
	 * show except the facts of the run that writes them (run id, start time,
	 * reconciliation line) and the time they were generated.
	 * @param report the client's report
	 * @param review the review, or {@code null}
	 * @param indicators the counts of the client's indicator files, or {@code null}
	 * @param pdfFileLimit the most rows of files the PDF lists
	 * @return the key, in hexadecimal
	 */
	static String documents(ClientReport report, ReviewSummary review, ClientIndicatorFiles.IndicatorCounts indicators,
			int pdfFileLimit) {
		return new CanonicalDigest("breach-impact client documents 1").add(CODE)
			.add(withoutRunFacts(report))
			.add(review)
			.add(indicators)
			.add(pdfFileLimit)
			.hex();
	}

	/**
	 * The key of a client's CSV files ({@code files.csv}, {@code categories.csv},
	 * {@code persons_by_state.csv}, {@code obligations.csv}, {@code review.csv}): the
	 * report's data, its review, and for each file whether it is new since the previous
	 * run and since the {@code --since} baseline (and which run that is).
	 * @param report the client's report, with its obligations
	 * @param review the review
	 * @param previous what is new since the case's previous run
	 * @param since what is new since the {@code --since} baseline, or {@code null}
	 * @return the key, in hexadecimal
	 */
	static String files(ClientReport report, ReviewSummary review, RunDelta previous, RunDelta since) {
		String clientId = report.impact().clientId();
		List<Object> newness = new ArrayList<>();
		for (AffectedFile file : report.files()) {
			newness.add(previous.computed() && previous.isNew(clientId, file.path()));
			newness.add(since != null && since.isNew(clientId, file.path()));
		}
		return new CanonicalDigest("breach-impact client files 1").add(CODE)
			.add(withoutRunFacts(report))
			.add(review)
			.add(previous.computed())
			.add((since != null) ? since.baselineRunId() : null)
			.add(newness)
			.hex();
	}

	private static ClientReport withoutRunFacts(ClientReport report) {
		RunInfo run = report.run();
		RunInfo withoutRunFacts = new RunInfo(0, run.inventoryRoot(), run.registryPath(), run.registrySha256(), null,
				"");
		return new ClientReport(report.impact(), report.identifiers(), report.files(), report.newFiles(),
				report.deltasComputed(), withoutRunFacts, report.firstFileTime(), report.lastFileTime(),
				report.obligations());
	}

	private static String code() {
		CanonicalDigest digest = new CanonicalDigest("breach-impact report code 1");
		for (String template : TEMPLATES) {
			digest.add(template).add(resource(template));
		}
		for (Class<?> writer : WRITERS) {
			digest.add(writer.getName())
				.add(resource(writer.getName().replace('.', '/') + ".class"))
				.add(writer.getPackage().getImplementationVersion());
		}
		digest.add(TemplateEngine.class.getPackage().getImplementationVersion());
		digest.add(PdfRendererBuilder.class.getPackage().getImplementationVersion());
		return digest.hex();
	}

	private static String resource(String name) {
		try (InputStream in = ReportKeys.class.getClassLoader().getResourceAsStream(name)) {
			if (in == null) {
				throw new IllegalStateException("Missing from the class path: " + name);
			}
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(in.readAllBytes()));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is not available", ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + name + " from the class path", ex);
		}
	}

}
