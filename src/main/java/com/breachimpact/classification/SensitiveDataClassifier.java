package com.breachimpact.classification;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.breachimpact.protection.KeyedHasher;

/**
 * Classifies the sensitive data in the extracted text of one file: structured formats
 * first (NACHA entries, CSV columns named by a header), then the free-text recognizers.
 * Counts findings per category (occurrences and distinct value hashes), counts structured
 * records and estimates the number of distinct people. Only masked values and keyed
 * hashes leave it. Thread-safe: each call keeps its state on the stack.
 */
public final class SensitiveDataClassifier {

	/** How many findings a result keeps by default; counts always cover all. */
	public static final int DEFAULT_MAX_RETAINED_FINDINGS = 10_000;

	private final List<SensitiveDataRecognizer> recognizers;

	private final NachaRecordClassifier nachaClassifier;

	private final CsvRecordClassifier csvClassifier;

	private final int maxRetainedFindings;

	/**
	 * A classifier with the default confidence floor
	 * ({@value FindingEmitter#DEFAULT_FLOOR}) and retention limit.
	 * @param hasher the keyed hasher of the case
	 */
	public SensitiveDataClassifier(KeyedHasher hasher) {
		this(hasher, FindingEmitter.DEFAULT_FLOOR, DEFAULT_MAX_RETAINED_FINDINGS);
	}

	/**
	 * A classifier.
	 * @param hasher the keyed hasher of the case
	 * @param confidenceFloor findings under this confidence are dropped
	 * @param maxRetainedFindings how many findings a result keeps (counts cover all)
	 */
	public SensitiveDataClassifier(KeyedHasher hasher, double confidenceFloor, int maxRetainedFindings) {
		FindingEmitter emitter = new FindingEmitter(hasher, confidenceFloor);
		this.recognizers = defaultRecognizers(emitter);
		this.nachaClassifier = new NachaRecordClassifier(emitter, this.recognizers);
		this.csvClassifier = new CsvRecordClassifier(emitter);
		this.maxRetainedFindings = maxRetainedFindings;
	}

	/**
	 * The free-text recognizers, in the order they run.
	 * @param emitter the emitter they share
	 * @return a new list of recognizers
	 */
	public static List<SensitiveDataRecognizer> defaultRecognizers(FindingEmitter emitter) {
		return List.of(new SsnRecognizer(emitter), new PaymentCardRecognizer(emitter), new TrackDataRecognizer(emitter),
				new BankAccountRecognizer(emitter), new DateOfBirthRecognizer(emitter),
				new CredentialRecognizer(emitter), new PrivateKeyRecognizer(emitter), new ApiTokenRecognizer(emitter),
				new EmailAddressRecognizer(emitter), new PhoneNumberRecognizer(emitter));
	}

	/**
	 * Classify the complete text of a file.
	 * @param text the extracted text
	 * @param fileName the file name (for format detection), may be {@code null}
	 * @param mediaType the detected media type, may be {@code null}
	 * @return the findings and counts
	 */
	public ClassificationResult classify(CharSequence text, String fileName, String mediaType) {
		return classify(text, fileName, mediaType, false);
	}

	/**
	 * Classify the text of a file.
	 * @param text the extracted text
	 * @param fileName the file name (for format detection), may be {@code null}
	 * @param mediaType the detected media type, may be {@code null}
	 * @param textTruncated whether the text was cut short; every category found is then
	 * marked possibly incomplete
	 * @return the findings and counts
	 */
	public ClassificationResult classify(CharSequence text, String fileName, String mediaType, boolean textTruncated) {
		CharSequence chars = (text != null) ? text : "";
		ScanText scanText = ScanText.of(chars);
		StructuredFormat format = StructuredFormat.detect(fileName, mediaType, chars);
		Collector collector = new Collector(this.maxRetainedFindings);
		long records = 0;
		switch (format) {
			case NACHA -> records = this.nachaClassifier.classify(scanText, collector).totalRecords();
			case CSV -> {
				CsvRecordClassifier.CsvTable table = this.csvClassifier.classify(scanText, collector);
				records = table.rows();
				scanFreeText(scanText, new CsvRowSink(collector, table));
			}
			default -> scanFreeText(scanText, collector);
		}
		return collector.result(format, records, textTruncated);
	}

	private void scanFreeText(ScanText text, FindingSink sink) {
		for (SensitiveDataRecognizer recognizer : this.recognizers) {
			recognizer.scan(text, sink);
		}
	}

	/**
	 * Ties free-text findings in a CSV text to their row, dropping those in cells of
	 * classified columns (the column classification already reported them).
	 */
	private static final class CsvRowSink implements FindingSink {

		private final FindingSink target;

		private final CsvRecordClassifier.CsvTable table;

		CsvRowSink(FindingSink target, CsvRecordClassifier.CsvTable table) {
			this.target = target;
			this.table = table;
		}

		@Override
		public boolean wants(long offset) {
			return !this.table.inClassifiedCell(offset);
		}

		@Override
		public void accept(SensitiveFinding finding) {
			if (!wants(finding.offset())) {
				return;
			}
			int row = this.table.rowOf(finding.offset());
			this.target.accept((row > 0) ? finding.withRecordKey(CsvRecordClassifier.recordKey(row)) : finding);
		}

	}

	/** Counts, keeps and links the findings of one classification. */
	private static final class Collector implements FindingSink {

		private final int maxRetained;

		private final List<SensitiveFinding> retained = new ArrayList<>();

		private long omitted;

		private final Map<SensitiveCategory, long[]> occurrences = new EnumMap<>(SensitiveCategory.class);

		private final Map<SensitiveCategory, Set<String>> distinct = new EnumMap<>(SensitiveCategory.class);

		private final IndividualEstimator individuals = new IndividualEstimator();

		Collector(int maxRetained) {
			this.maxRetained = maxRetained;
		}

		@Override
		public void accept(SensitiveFinding finding) {
			this.occurrences.computeIfAbsent(finding.category(), (category) -> new long[1])[0]++;
			this.distinct.computeIfAbsent(finding.category(), (category) -> new HashSet<>()).add(finding.valueHash());
			this.individuals.add(finding);
			if (this.retained.size() < this.maxRetained) {
				this.retained.add(finding);
			}
			else {
				this.omitted++;
			}
		}

		ClassificationResult result(StructuredFormat format, long records, boolean truncated) {
			Map<SensitiveCategory, CategoryCount> counts = new EnumMap<>(SensitiveCategory.class);
			this.occurrences.forEach((category, count) -> counts.put(category,
					new CategoryCount(count[0], this.distinct.get(category).size(), truncated)));
			this.retained.sort(Comparator.comparingLong(SensitiveFinding::offset));
			return new ClassificationResult(format, this.retained, this.omitted, counts, records,
					this.individuals.estimate(), truncated);
		}

	}

}
