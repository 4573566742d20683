package com.breachimpact.report;

import java.io.Closeable;
import java.nio.file.Path;
import java.util.List;

import com.breachimpact.classification.SensitiveCategory;
import com.breachimpact.classification.Severity;
import com.breachimpact.csv.CsvFile;
import com.breachimpact.indicators.ClientIndicatorFiles;

/**
 * {@code notification_list.csv}: one row per client whose severity is {@code notify},
 * with what a notification letter needs, ready for a mail merge, and what the client's
 * security team gets: indicators and credentials to rotate.
 */
final class NotificationList implements Closeable {

	static final String FILE = "notification_list.csv";

	private final CsvFile csv;

	private NotificationList(CsvFile csv) {
		this.csv = csv;
	}

	/**
	 * Create (or replace) the list with its header.
	 * @param file the file
	 * @return the open list
	 */
	static NotificationList create(Path file) {
		return new NotificationList(CsvFile.create(file, "client_id", "legal_name", "severity_rule", "affected_files",
				"estimated_individuals", "categories_exposed", "ssn_distinct", "payment_card_distinct",
				"bank_account_distinct", "first_file_time", "last_file_time", "report_html", "report_pdf", "indicators",
				"credentials_to_rotate", "indicators_stix", "notifiable_persons", "earliest_deadline"));
	}

	/**
	 * Add a client when its severity is {@code notify}.
	 * @param report the client's report
	 * @param folder the client's report folder, relative to the reports folder
	 * @param indicators what was written for the client's security team, or {@code null}
	 * when it could not be written
	 * @return whether the client was added
	 */
	boolean add(ClientReport report, String folder, ClientIndicatorFiles.IndicatorCounts indicators) {
		ClientImpact impact = report.impact();
		if (impact.severity().severity() != Severity.NOTIFY) {
			return false;
		}
		this.csv.row(impact.clientId(), impact.name(), impact.severity().rule().name(), impact.files(),
				impact.persons(), readableList(impact), distinct(impact, SensitiveCategory.SSN),
				distinct(impact, SensitiveCategory.PAYMENT_CARD), distinct(impact, SensitiveCategory.BANK_ACCOUNT),
				report.firstFileTime(), report.lastFileTime(), folder + "/" + ClientReportDocuments.REPORT_HTML,
				folder + "/" + ClientReportDocuments.REPORT_PDF, (indicators != null) ? indicators.indicators() : "",
				(indicators != null) ? indicators.credentialsToRotate() : "",
				(indicators != null) ? folder + "/" + ClientIndicatorFiles.BUNDLE : "",
				(report.obligations() != null) ? report.obligations().notifiable() : "",
				(report.obligations() != null) ? report.obligations().earliestDeadline() : null);
		return true;
	}

	/**
	 * The categories found, most occurrences first, as a sentence would list them:
	 * {@code Social Security numbers, dates of birth and names of people}.
	 */
	static String readableList(ClientImpact impact) {
		List<String> labels = impact.categories()
			.stream()
			.map((stats) -> EvidenceLabels.label(stats.category()))
			.toList();
		if (labels.size() <= 1) {
			return String.join("", labels);
		}
		return String.join(", ", labels.subList(0, labels.size() - 1)) + " and " + labels.get(labels.size() - 1);
	}

	private static long distinct(ClientImpact impact, SensitiveCategory category) {
		CategoryStats stats = impact.category(category);
		return (stats != null) ? stats.distinctValues() : 0;
	}

	@Override
	public void close() {
		this.csv.close();
	}

}
