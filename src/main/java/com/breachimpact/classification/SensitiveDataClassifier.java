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
 * first (NACHA entries, records read by {@link RecordReaders}: delimited and fixed-width
 * tables, JSON, XML), then labelled values in prose ({@link LabelledValueReader}), then
 * the free-text recognizers. Counts findings per category (occurrences and distinct value
 * hashes), counts structured records and estimates the number of distinct people. Only
 * masked values and keyed hashes leave it. Thread-safe: each call keeps its state on the
 * stack.
 */
public final class SensitiveDataClassifier {

	/** How many findings a result keeps by default; counts always cover all. */
	public static final int DEFAULT_MAX_RETAINED_FINDINGS = 10_000;

	private final List<SensitiveDataRecognizer> recognizers;

	private final NachaRecordClassifier nachaClassifier;

	private final RecordReaders recordReaders;

	private final RecordClassifier recordClassifier;

	private final LabelledValueReader labelledValues;

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
		this(hasher, confidenceFloor, maxRetainedFindings, ColumnVocabulary.defaults());
	}

	/**
	 * A classifier reading columns with a vocabulary.
	 * @param hasher the keyed hasher of the case
	 * @param confidenceFloor findings under this confidence are dropped
	 * @param maxRetainedFindings how many findings a result keeps (counts cover all)
	 * @param vocabulary the column names of records
	 */
	public SensitiveDataClassifier(KeyedHasher hasher, double confidenceFloor, int maxRetainedFindings,
			ColumnVocabulary vocabulary) {
		FindingEmitter emitter = new FindingEmitter(hasher, confidenceFloor);
		this.recognizers = defaultRecognizers(emitter);
		this.nachaClassifier = new NachaRecordClassifier(emitter, this.recognizers);
		this.recordReaders = new RecordReaders(vocabulary);
		this.recordClassifier = new RecordClassifier(emitter, java.time.Year.now().getValue(), vocabulary);
		this.labelledValues = new LabelledValueReader(vocabulary, this.recordClassifier);
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
				new CredentialRecognizer(emitter), new ConfigSecretRecognizer(emitter),
				new PrivateKeyRecognizer(emitter), new ApiTokenRecognizer(emitter), new EmailAddressRecognizer(emitter),
				new PhoneNumberRecognizer(emitter), new DriversLicenseRecognizer(emitter));
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
		Collector collector = new Collector(this.maxRetainedFindings);
		StructuredFormat format;
		long records = 0;
		if (NachaRecordReader.looksLikeNacha(chars)) {
			format = StructuredFormat.NACHA;
			records = this.nachaClassifier.classify(scanText, collector).totalRecords();
		}
		else {
			RecordReaders.Records read = this.recordReaders.read(chars, fileName, mediaType);
			format = StructuredFormat.of(read.layout());
			if (read.records().isEmpty()) {
				scanFreeText(scanText, collector);
			}
			else {
				RecordClassifier.RecordSpans spans = this.recordClassifier.classify(scanText, read.records(),
						collector);
				records = spans.rows();
				scanFreeText(scanText, new RecordRowSink(collector, spans));
			}
		}
		return collector.result(format, records, textTruncated);
	}

	private void scanFreeText(ScanText text, FindingSink sink) {
		LabelledValueReader.ValueSpans labelled = this.labelledValues.read(text, sink);
		FindingSink rest = labelled.isEmpty() ? sink : new LabelledSpanSink(sink, labelled);
		for (SensitiveDataRecognizer recognizer : this.recognizers) {
			recognizer.scan(text, rest);
		}
	}

	/**
	 * Drops the free-text findings inside labelled values: the label already decided what
	 * they are (a value, or a masked one).
	 */
	private static final class LabelledSpanSink implements FindingSink {

		private final FindingSink target;

		private final LabelledValueReader.ValueSpans spans;

		LabelledSpanSink(FindingSink target, LabelledValueReader.ValueSpans spans) {
			this.target = target;
			this.spans = spans;
		}

		@Override
		public boolean wants(long offset) {
			return !this.spans.contains(offset) && this.target.wants(offset);
		}

		@Override
		public void accept(SensitiveFinding finding) {
			if (!this.spans.contains(finding.offset())) {
				this.target.accept(finding);
			}
		}

	}

	/**
	 * Ties free-text findings in a text read as records to their record, dropping those
	 * in values of classified columns (the column classification already reported them)
	 * and, inside a record, those of the categories found only by context words (account
	 * numbers, routing numbers, dates of birth, phone numbers): in a record the column
	 * names decide, so an amount or a reference id next to an {@code account_type} key is
	 * not an account.
	 */
	private static final class RecordRowSink implements FindingSink {

		private final FindingSink target;

		private final RecordClassifier.RecordSpans spans;

		RecordRowSink(FindingSink target, RecordClassifier.RecordSpans spans) {
			this.target = target;
			this.spans = spans;
		}

		@Override
		public boolean wants(long offset) {
			return !this.spans.inClassifiedCell(offset);
		}

		@Override
		public void accept(SensitiveFinding finding) {
			if (!wants(finding.offset())) {
				return;
			}
			String key = this.spans.keyOf(finding.offset());
			if (key != null && contextual(finding.category())) {
				return;
			}
			this.target.accept((key != null) ? finding.withRecordKey(key) : finding);
		}

		private static boolean contextual(SensitiveCategory category) {
			return category == SensitiveCategory.BANK_ACCOUNT || category == SensitiveCategory.ROUTING_NUMBER
					|| category == SensitiveCategory.DATE_OF_BIRTH || category == SensitiveCategory.PHONE_NUMBER;
		}

	}

	/** Counts, keeps and links the findings of one classification. */
	private static final class Collector implements FindingSink {

		private final int maxRetained;

		private final List<SensitiveFinding> retained = new ArrayList<>();

		private long omitted;

		private final Map<SensitiveCategory, long[]> occurrences = new EnumMap<>(SensitiveCategory.class);

		private final Map<SensitiveCategory, Set<String>> distinct = new EnumMap<>(SensitiveCategory.class);

		Collector(int maxRetained) {
			this.maxRetained = maxRetained;
		}

		@Override
		public void accept(SensitiveFinding finding) {
			this.occurrences.computeIfAbsent(finding.category(), (category) -> new long[1])[0]++;
			this.distinct.computeIfAbsent(finding.category(), (category) -> new HashSet<>()).add(finding.valueHash());
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
			return new ClassificationResult(format, this.retained, this.omitted, counts, records, truncated);
		}

	}

}
