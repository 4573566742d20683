package com.breachimpact.extraction;

import java.util.List;

/**
 * The outcome of extracting one file: a status for the file as a whole, the parts (the
 * file and its embedded members) with their text, and warnings on the quality of that
 * text. A failed or limited file may still carry the parts read before the failure or
 * limit.
 *
 * @param status how the file's extraction ended
 * @param detail a message for investigators when the status is not
 * {@link ExtractionStatus#OK}, else {@code null}; never extracted content
 * @param mediaType the detected media type of the file
 * @param parts the file and its members, the file first
 * @param flags warnings on the extracted text (see {@link QualityFlag}), in declaration
 * order, without duplicates
 */
public record Extraction(ExtractionStatus status, String detail, String mediaType, List<ExtractedPart> parts,
		List<QualityFlag> flags) {

	public Extraction {
		parts = List.copyOf(parts);
		flags = List.copyOf(flags);
	}

	/**
	 * An extraction without quality warnings.
	 * @param status how the file's extraction ended
	 * @param detail a message for investigators, or {@code null}
	 * @param mediaType the detected media type
	 * @param parts the file and its members
	 */
	public Extraction(ExtractionStatus status, String detail, String mediaType, List<ExtractedPart> parts) {
		this(status, detail, mediaType, parts, List.of());
	}

	/** A failure before any text was read. */
	public static Extraction failed(ExtractionStatus status, String detail, String mediaType) {
		return new Extraction(status, detail, mediaType, List.of());
	}

	/** Characters of text over all parts. */
	public long textChars() {
		long total = 0;
		for (ExtractedPart part : this.parts) {
			total += part.text().length();
		}
		return total;
	}

}
