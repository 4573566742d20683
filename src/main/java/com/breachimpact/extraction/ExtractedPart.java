package com.breachimpact.extraction;

import java.util.List;

/**
 * The text of a document or of one member embedded in it (archive entry, mail attachment,
 * embedded object).
 *
 * @param path the member's path inside the document, {@code ""} for the document itself,
 * {@code a/b.csv} for an entry of an archive, {@code inner.zip!/x.csv} for an entry of an
 * archive inside an archive
 * @param mediaType the detected media type
 * @param text the extracted text, never {@code null}
 * @param depth 0 for the document, 1 for its members, and so on
 * @param status how this member's extraction ended
 * @param detail the parser's message for a failed member, or {@code null}
 * @param metadata the member's mail headers and document properties that name people or
 * organisations ({@link DocumentMetadata}), never {@code null}
 */
public record ExtractedPart(String path, String mediaType, String text, int depth, ExtractionStatus status,
		String detail, List<MetadataField> metadata) {

	public ExtractedPart {
		metadata = (metadata != null) ? List.copyOf(metadata) : List.of();
	}

	/**
	 * A part without metadata.
	 * @param path the member's path inside the document
	 * @param mediaType the detected media type
	 * @param text the extracted text
	 * @param depth 0 for the document, 1 for its members, and so on
	 * @param status how this member's extraction ended
	 * @param detail the parser's message for a failed member, or {@code null}
	 */
	public ExtractedPart(String path, String mediaType, String text, int depth, ExtractionStatus status,
			String detail) {
		this(path, mediaType, text, depth, status, detail, List.of());
	}

	/** Whether this part is the document itself rather than an embedded member. */
	public boolean isContainer() {
		return this.depth == 0;
	}

	@Override
	public String toString() {
		return "ExtractedPart[path=" + this.path + ", mediaType=" + this.mediaType + ", chars=" + this.text.length()
				+ ", depth=" + this.depth + ", status=" + this.status + "]";
	}

}
