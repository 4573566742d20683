package com.breachimpact.extraction;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Decides the {@link QualityFlag quality warnings} of an extraction from its parts.
 * Cheap: it counts characters only as far as a decision needs, and looks at tokens in the
 * first {@value #TOKEN_SAMPLE_CHARS} characters of each part only.
 */
public final class ExtractionQuality {

	/** Files larger than this many bytes are expected to yield some text. */
	public static final int LARGE_FILE_BYTES = 4096;

	/** Non-blank characters a PDF page with text yields at the least. */
	public static final int MIN_CHARS_PER_PAGE = 10;

	/** Characters of each part whose tokens are looked at. */
	public static final int TOKEN_SAMPLE_CHARS = 100_000;

	/** Tokens a part needs before its share of non-words is judged. */
	public static final int MIN_TOKENS = 50;

	private ExtractionQuality() {
	}

	/**
	 * Assess the text of an extracted file.
	 * @param fileSize the file's size in bytes
	 * @param parts the file and its members
	 * @param pages the pages of each part, by index of {@code parts}; may be shorter than
	 * {@code parts} (the others have none)
	 * @return the warnings, in declaration order, empty if none
	 */
	public static List<QualityFlag> assess(long fileSize, List<ExtractedPart> parts, List<Pages> pages) {
		Set<QualityFlag> flags = EnumSet.noneOf(QualityFlag.class);
		if (fileSize > 0) {
			long wanted = Math.max(1, (fileSize > LARGE_FILE_BYTES) ? fileSize / 1024 : 1);
			long found = 0;
			for (ExtractedPart part : parts) {
				found += nonBlank(part.text(), wanted - found);
				if (found >= wanted) {
					break;
				}
			}
			if (found == 0) {
				flags.add(QualityFlag.NO_TEXT);
			}
			else if (found < wanted) {
				flags.add(QualityFlag.LITTLE_TEXT_FROM_LARGE_FILE);
			}
		}
		for (int i = 0; i < parts.size(); i++) {
			ExtractedPart part = parts.get(i);
			Pages partPages = (i < pages.size() && pages.get(i) != null) ? pages.get(i) : Pages.NONE;
			if (partPages.count() > 0 && isPdf(part.mediaType())) {
				long wanted = (long) partPages.count() * MIN_CHARS_PER_PAGE;
				long found = (partPages.textChars() >= 0) ? partPages.textChars() : nonBlank(part.text(), wanted);
				if (found < wanted) {
					flags.add(QualityFlag.NEEDS_OCR);
				}
			}
			if (hasHighNonWordShare(part.text())) {
				flags.add(QualityFlag.HIGH_NON_WORD_SHARE);
			}
		}
		return List.copyOf(flags);
	}

	/**
	 * The pages of a part.
	 *
	 * @param count the number of pages, 0 if it has none or it is unknown
	 * @param textChars characters of text the parser found on its pages (for PDF, Tika's
	 * {@code pdf:charsPerPage} added up, which leaves out the document's title and other
	 * metadata), or -1 if unknown: the part's text is counted instead
	 */
	public record Pages(int count, int textChars) {

		/** No pages. */
		public static final Pages NONE = new Pages(0, -1);

	}

	private static boolean isPdf(String mediaType) {
		return mediaType != null && mediaType.startsWith("application/pdf");
	}

	private static long nonBlank(String text, long enough) {
		long count = 0;
		for (int i = 0; i < text.length() && count < enough; i++) {
			if (!Character.isWhitespace(text.charAt(i))) {
				count++;
			}
		}
		return count;
	}

	/**
	 * Whether more than half of the tokens of a text's sample are non-words: a token is a
	 * word (or number) when at least half its characters are letters or digits and none
	 * is a control, private-use or replacement character.
	 */
	static boolean hasHighNonWordShare(String text) {
		int end = Math.min(text.length(), TOKEN_SAMPLE_CHARS);
		int tokens = 0;
		int nonWords = 0;
		int i = 0;
		while (i < end) {
			while (i < end && Character.isWhitespace(text.charAt(i))) {
				i++;
			}
			if (i >= end) {
				break;
			}
			int length = 0;
			int wordChars = 0;
			boolean garbage = false;
			while (i < end && !Character.isWhitespace(text.charAt(i))) {
				char c = text.charAt(i);
				length++;
				if (Character.isLetterOrDigit(c)) {
					wordChars++;
				}
				else if (c == '\uFFFD' || Character.isISOControl(c) || Character.getType(c) == Character.PRIVATE_USE) {
					garbage = true;
				}
				i++;
			}
			tokens++;
			if (garbage || wordChars * 2 < length) {
				nonWords++;
			}
		}
		return tokens >= MIN_TOKENS && nonWords * 2 > tokens;
	}

}
