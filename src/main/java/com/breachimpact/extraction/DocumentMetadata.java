package com.breachimpact.extraction;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.tika.metadata.Message;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.Office;
import org.apache.tika.metadata.OfficeOpenXMLExtended;
import org.apache.tika.metadata.TikaCoreProperties;

/**
 * The metadata values of a parsed document that name people or organisations, read from
 * Tika's own keys: the mail headers {@code From}, {@code To}, {@code Cc}, {@code Bcc}
 * (RFC 822 and Outlook parsers), {@code Reply-To} and {@code Sender} (only as raw headers
 * of the RFC 822 parser, {@code Message:Raw-Header:*}), the recipients of an Outlook
 * message, and the document's author, last author, company, subject and title (a mail's
 * subject, which the mail parser also gives as title, is kept as {@code Subject}). A
 * value already taken under an earlier field (the mail parser also gives {@code From} as
 * {@code dc:creator}) is kept once; at most {@value #MAX_VALUES} values of at most
 * {@value #MAX_CHARS} characters each are kept per part.
 */
final class DocumentMetadata {

	static final int MAX_VALUES = 200;

	static final int MAX_CHARS = 4000;

	private static final String RAW_HEADER = Message.MESSAGE_RAW_HEADER_PREFIX;

	/** Field name, then the Tika keys read for it, in order. */
	private static final String[][] FIELDS = { { "From", Message.MESSAGE_FROM, RAW_HEADER + "From" },
			{ "To", Message.MESSAGE_TO, RAW_HEADER + "To" }, { "Cc", Message.MESSAGE_CC, RAW_HEADER + "Cc" },
			{ "Bcc", Message.MESSAGE_BCC, RAW_HEADER + "Bcc" }, { "Reply-To", RAW_HEADER + "Reply-To" },
			{ "Sender", RAW_HEADER + "Sender" }, { "Recipient", Message.MESSAGE_RECIPIENT_ADDRESS },
			{ "Author", TikaCoreProperties.CREATOR.getName(), Office.AUTHOR.getName() },
			{ "Last-Author", TikaCoreProperties.MODIFIER.getName(), Office.LAST_AUTHOR.getName() },
			{ "Company", OfficeOpenXMLExtended.COMPANY.getName() },
			{ "Subject", RAW_HEADER + "Subject", TikaCoreProperties.SUBJECT.getName() },
			{ "Title", TikaCoreProperties.TITLE.getName() } };

	private DocumentMetadata() {
	}

	/**
	 * The fields of one parsed document (or embedded member).
	 * @param document its metadata
	 * @return the fields, each value once, in the order of {@link MetadataField#name}
	 */
	static List<MetadataField> of(Metadata document) {
		List<MetadataField> fields = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (String[] field : FIELDS) {
			for (int k = 1; k < field.length; k++) {
				for (String value : document.getValues(field[k])) {
					if (fields.size() == MAX_VALUES) {
						return fields;
					}
					String kept = (value.length() > MAX_CHARS) ? value.substring(0, MAX_CHARS) : value.strip();
					if (!kept.isEmpty() && seen.add(kept)) {
						fields.add(new MetadataField(field[0], kept));
					}
				}
			}
		}
		return fields;
	}

}
