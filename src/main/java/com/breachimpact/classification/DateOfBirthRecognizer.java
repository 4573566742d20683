package com.breachimpact.classification;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.breachimpact.protection.Masking;

/**
 * Recognizes dates of birth: a date within a short window after "DOB", "date of birth",
 * "birth date" or "born". Dates are read as MM/DD/YYYY (DD/MM/YYYY when the first number
 * exceeds 12), YYYY-MM-DD, YYYY/MM/DD, DD.MM.YYYY, "Jan 2 1980", "January 2, 1980" and "2
 * Jan 1980"; the year must lie between 1900 and the current year, at most 120 years ago,
 * and the date must not be in the future. Findings carry
 * {@link SensitiveCategory#DATE_OF_BIRTH} with the ISO date as canonical value.
 */
public final class DateOfBirthRecognizer implements SensitiveDataRecognizer {

	private static final ContextWords KEYWORDS = ContextWords.of("dob", "d.o.b", "date of birth", "birth date",
			"birthdate", "born");

	private static final String MONTHS = "(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\\.?";

	private static final Pattern DATE = Pattern.compile(
			"(?<![0-9])(?:([0-9]{1,2})[/-]([0-9]{1,2})[/-]([0-9]{4})" + "|([0-9]{4})[-/]([0-9]{1,2})[-/]([0-9]{1,2})"
					+ "|([0-9]{1,2})\\.([0-9]{1,2})\\.([0-9]{4})" + "|" + MONTHS
					+ "[ \\t]{1,3}([0-9]{1,2})(?:st|nd|rd|th)?,?[ \\t]{1,3}([0-9]{4})"
					+ "|([0-9]{1,2})(?:st|nd|rd|th)?[ \\t-]{1,3}" + MONTHS + ",?[ \\t-]{1,3}([0-9]{4}))(?![0-9])",
			Pattern.CASE_INSENSITIVE);

	private static final String[] MONTH_NAMES = { "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
			"nov", "dec" };

	private static final int WINDOW = 32;

	private final FindingEmitter emitter;

	private final int maxYear;

	/**
	 * A recognizer accepting birth years up to the current year.
	 * @param emitter hashes values and applies the confidence floor
	 */
	public DateOfBirthRecognizer(FindingEmitter emitter) {
		this(emitter, Year.now().getValue());
	}

	/**
	 * A recognizer accepting birth years from 1900 to {@code maxYear}.
	 * @param emitter hashes values and applies the confidence floor
	 * @param maxYear the latest plausible birth year
	 */
	public DateOfBirthRecognizer(FindingEmitter emitter, int maxYear) {
		this.emitter = emitter;
		this.maxYear = maxYear;
	}

	@Override
	public void scan(ScanText text, FindingSink sink) {
		CharSequence chars = text.text();
		Matcher date = DATE.matcher(chars);
		date.useTransparentBounds(true);
		int[] keywordEnd = new int[1];
		int lastDateEnd = -1;
		int next = 0;
		while (KEYWORDS.find(chars, next, chars.length(), keywordEnd) >= 0) {
			int from = keywordEnd[0];
			next = from;
			int windowEnd = Math.min(chars.length(), from + WINDOW);
			if (from < lastDateEnd || !hasDigit(chars, from, windowEnd)) {
				continue;
			}
			date.region(from, windowEnd);
			if (!date.find()) {
				continue;
			}
			LocalDate parsed = parse(date, this.maxYear);
			if (parsed == null) {
				continue;
			}
			lastDateEnd = date.end();
			double confidence = adjacent(chars, from, date.start()) ? 0.9 : 0.7;
			String iso = parsed.toString();
			this.emitter.emit(sink, text, SensitiveCategory.DATE_OF_BIRTH, iso, Masking.lastFour(iso), date.start(),
					confidence, null);
		}
	}

	/**
	 * Parse a date of birth in one of the supported forms.
	 * @param value the text of the date alone
	 * @param maxYear the latest plausible year
	 * @return the date, or {@code null} when it is not a plausible birth date
	 */
	public static LocalDate parseBirthDate(CharSequence value, int maxYear) {
		String trimmed = value.toString().strip();
		if (trimmed.length() > 40) {
			return null;
		}
		Matcher matcher = DATE.matcher(trimmed);
		return matcher.matches() ? parse(matcher, maxYear) : null;
	}

	/**
	 * Whether a run of digits is written as a calendar date ({@code 2024-03-19},
	 * {@code 03/19/2024}, {@code 19.03.2024}, {@code 2024 03 19}): three groups separated
	 * by one of {@code - / . space}, a four-digit year first or last, a month and a day
	 * in range. Such a run is a date, whatever a context word says, not an account
	 * number.
	 * @param value the run
	 * @return whether it has the shape of a date
	 */
	static boolean hasDateShape(CharSequence value) {
		int[] groups = new int[3];
		int[] lengths = new int[3];
		int group = 0;
		char separator = 0;
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (c >= '0' && c <= '9') {
				if (lengths[group] == 4) {
					return false;
				}
				groups[group] = groups[group] * 10 + (c - '0');
				lengths[group]++;
			}
			else if ((c == '-' || c == '/' || c == '.' || c == ' ') && (separator == 0 || c == separator)
					&& lengths[group] > 0 && group < 2) {
				separator = c;
				group++;
			}
			else {
				return false;
			}
		}
		if (group != 2 || lengths[2] == 0) {
			return false;
		}
		if (lengths[0] == 4 && lengths[1] <= 2 && lengths[2] <= 2) {
			return groups[1] >= 1 && groups[1] <= 12 && groups[2] >= 1 && groups[2] <= 31;
		}
		if (lengths[2] == 4 && lengths[0] <= 2 && lengths[1] <= 2) {
			int month = (groups[0] > 12) ? groups[1] : groups[0];
			int day = (groups[0] > 12) ? groups[0] : groups[1];
			return month >= 1 && month <= 12 && day >= 1 && day <= 31;
		}
		return false;
	}

	/**
	 * Parse a date of birth written {@code YYYYMMDD} (as in a date of birth column).
	 * @param value the text of the date alone
	 * @param maxYear the latest plausible year
	 * @return the date, or {@code null} when it is not a plausible birth date
	 */
	public static LocalDate parseCompactDate(CharSequence value, int maxYear) {
		String trimmed = value.toString().strip();
		if (trimmed.length() != 8 || !trimmed.chars().allMatch((c) -> c >= '0' && c <= '9')) {
			return null;
		}
		return plausible(Integer.parseInt(trimmed.substring(0, 4)), Integer.parseInt(trimmed.substring(4, 6)),
				Integer.parseInt(trimmed.substring(6, 8)), maxYear);
	}

	/**
	 * A date when it is a plausible birth date: a real date, in 1900 or later, no later
	 * than {@code maxYear} nor than today, and at most 120 years before {@code maxYear}.
	 */
	private static LocalDate plausible(int year, int month, int day, int maxYear) {
		if (year < Math.max(1900, maxYear - 120) || year > maxYear || month < 1 || month > 12 || day < 1
				|| day > YearMonth.of(year, month).lengthOfMonth()) {
			return null;
		}
		LocalDate date = LocalDate.of(year, month, day);
		return date.isAfter(LocalDate.now()) ? null : date;
	}

	private static LocalDate parse(Matcher m, int maxYear) {
		int year;
		int month;
		int day;
		if (m.group(3) != null) {
			int first = Integer.parseInt(m.group(1));
			int second = Integer.parseInt(m.group(2));
			year = Integer.parseInt(m.group(3));
			boolean dayFirst = first > 12 && second <= 12;
			month = dayFirst ? second : first;
			day = dayFirst ? first : second;
		}
		else if (m.group(4) != null) {
			year = Integer.parseInt(m.group(4));
			month = Integer.parseInt(m.group(5));
			day = Integer.parseInt(m.group(6));
		}
		else if (m.group(9) != null) {
			day = Integer.parseInt(m.group(7));
			month = Integer.parseInt(m.group(8));
			year = Integer.parseInt(m.group(9));
		}
		else if (m.group(10) != null) {
			month = monthNumber(m.group(10));
			day = Integer.parseInt(m.group(11));
			year = Integer.parseInt(m.group(12));
		}
		else {
			day = Integer.parseInt(m.group(13));
			month = monthNumber(m.group(14));
			year = Integer.parseInt(m.group(15));
		}
		return plausible(year, month, day, maxYear);
	}

	private static boolean hasDigit(CharSequence chars, int from, int to) {
		for (int i = from; i < to; i++) {
			char c = chars.charAt(i);
			if (c >= '0' && c <= '9') {
				return true;
			}
		}
		return false;
	}

	private static int monthNumber(String name) {
		String lower = name.toLowerCase(Locale.ROOT);
		for (int i = 0; i < MONTH_NAMES.length; i++) {
			if (MONTH_NAMES[i].equals(lower)) {
				return i + 1;
			}
		}
		return 0;
	}

	private static boolean adjacent(CharSequence chars, int from, int to) {
		StringBuilder words = new StringBuilder();
		for (int i = from; i < to; i++) {
			char c = chars.charAt(i);
			if (Character.isLetterOrDigit(c)) {
				words.append(Character.toLowerCase(c));
			}
		}
		String gap = words.toString();
		return gap.isEmpty() || gap.equals("on") || gap.equals("is") || gap.equals("was");
	}

}
