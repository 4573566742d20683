package com.breachimpact.classification;

/**
 * A {@link FindingSink} adapter for findings made on a piece of a larger text (an addenda
 * field, a CSV cell): shifts offsets by the piece's start, takes the line from the larger
 * text, and ties the findings to a record.
 */
final class RecordSink implements FindingSink {

	private final FindingSink target;

	private final ScanText whole;

	private final long baseOffset;

	private final String recordKey;

	/**
	 * An adapter.
	 * @param target where shifted findings go
	 * @param whole the larger text
	 * @param baseOffset offset of the piece in the larger text
	 * @param recordKey the record the findings belong to
	 */
	RecordSink(FindingSink target, ScanText whole, long baseOffset, String recordKey) {
		this.target = target;
		this.whole = whole;
		this.baseOffset = baseOffset;
		this.recordKey = recordKey;
	}

	@Override
	public boolean wants(long offset) {
		return this.target.wants(offset + this.baseOffset);
	}

	@Override
	public void accept(SensitiveFinding finding) {
		long offset = finding.offset() + this.baseOffset;
		this.target.accept(new SensitiveFinding(finding.category(), finding.maskedValue(), finding.valueHash(), offset,
				this.whole.lineOf(offset), finding.confidence(), this.recordKey));
	}

}
