package com.breachimpact.institution;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Where a client is, from the optional registry columns {@code city}, {@code state} and
 * {@code country}: the context that tells namesakes apart.
 * <p>
 * A city is found as a whole word sequence in the {@linkplain NameNormalizer normal form}
 * of a text. A state or country is found by its name the same way (a US state given as a
 * two-letter code is also found by its name, and a name also by its code), and by its
 * code (two or three letters) only as an exact upper-case token placed as an address
 * writes it: after a comma, before a ZIP code, or alone in its cell, line or XML element.
 * So the {@code IN} of "paid IN full" or the {@code OR} of an upper-case sentence is
 * never taken for a state. Instances are immutable.
 */
final class ClientPlace {

	/** What {@link #findNames} found of a place: its city. */
	static final int CITY_FOUND = 1;

	/** What {@link #findNames} found of a place: its state or country name. */
	static final int REGION_FOUND = 2;

	private static final ClientPlace NOWHERE = new ClientPlace("", "", "", "");

	private static final Map<String, String> STATE_NAMES = states();

	private static final Map<String, String> STATE_CODES = new HashMap<>();

	static {
		STATE_NAMES.forEach((code, name) -> STATE_CODES.put(name, code));
	}

	private final String city;

	private final String region;

	private final String regionCode;

	private final String label;

	/** The city with a space before and after, or null when there is none. */
	private final char[] paddedCity;

	/** The state or country name with a space before and after, or null. */
	private final char[] paddedRegion;

	private ClientPlace(String city, String region, String regionCode, String label) {
		this.city = city;
		this.region = region;
		this.regionCode = regionCode;
		this.label = label;
		this.paddedCity = city.isEmpty() ? null : (" " + city + " ").toCharArray();
		this.paddedRegion = region.isEmpty() ? null : (" " + region + " ").toCharArray();
	}

	/**
	 * The place of a client.
	 * @param client the client
	 * @return its place, with empty parts for the columns it lacks
	 */
	static ClientPlace of(Client client) {
		String city = RegistryCsvReader.optional(client, RegistryCsvReader.CITY);
		String state = RegistryCsvReader.optional(client, RegistryCsvReader.STATE);
		if (state.isEmpty()) {
			state = RegistryCsvReader.optional(client, RegistryCsvReader.COUNTRY);
		}
		if (city.isEmpty() && state.isEmpty()) {
			return NOWHERE;
		}
		String normalizedState = NameNormalizer.normalizeName(state);
		String code = "";
		String name = normalizedState;
		String upper = state.toUpperCase(Locale.ROOT);
		if (isCode(state)) {
			code = upper;
			name = STATE_NAMES.getOrDefault(upper, "");
		}
		else if (STATE_CODES.containsKey(normalizedState)) {
			code = STATE_CODES.get(normalizedState);
		}
		String label = city.isEmpty() ? state : (state.isEmpty() ? city : city + ", " + state);
		return new ClientPlace(NameNormalizer.normalizeName(city), name, code, label);
	}

	/**
	 * Whether the place has a city, state or country at all.
	 * @return {@code true} when one of the columns was filled
	 */
	boolean isKnown() {
		return this != NOWHERE;
	}

	/**
	 * The place as the registry writes it, such as {@code Omaha, NE}.
	 * @return the label, empty when unknown
	 */
	String label() {
		return this.label;
	}

	/**
	 * Find the cities and the state or country names of several places in a normalized
	 * text, in one pass: at each word start only the names beginning with its letter are
	 * compared. A name is found when it is a whole word sequence of the text.
	 * @param places the places
	 * @param count how many of them to look for
	 * @param normalized a text in normal form, padded with a space on both sides
	 * @param length how many characters of the array are the text
	 * @param found per place, set on what was found: {@link #CITY_FOUND},
	 * {@link #REGION_FOUND}
	 */
	static void findNames(ClientPlace[] places, int count, char[] normalized, int length, int[] found) {
		long firstLetters = 0;
		for (int p = 0; p < count; p++) {
			firstLetters |= firstLetterBit(places[p].paddedCity) | firstLetterBit(places[p].paddedRegion);
		}
		for (int k = 0; k + 2 < length; k++) {
			if (normalized[k] != NameNormalizer.SEPARATOR || (firstLetters & (1L << normalized[k + 1])) == 0) {
				continue;
			}
			for (int p = 0; p < count; p++) {
				ClientPlace place = places[p];
				if (startsAt(normalized, length, k, place.paddedCity)) {
					found[p] |= CITY_FOUND;
				}
				if (startsAt(normalized, length, k, place.paddedRegion)) {
					found[p] |= REGION_FOUND;
				}
			}
		}
	}

	/** A bit per first letter (modulo 64) of a padded name, 0 for none. */
	private static long firstLetterBit(char[] padded) {
		return (padded != null) ? 1L << padded[1] : 0;
	}

	private static boolean startsAt(char[] normalized, int length, int at, char[] padded) {
		return padded != null && at + padded.length <= length && normalized[at + 1] == padded[1]
				&& Arrays.equals(normalized, at + 2, at + padded.length, padded, 2, padded.length);
	}

	/**
	 * Whether the code of the state or country is one of the codes found near a mention.
	 * @param codes the codes standing as in an address near the mention (see
	 * {@link #addressCodes})
	 * @return whether it is
	 */
	boolean codeIn(List<String> codes) {
		return !this.regionCode.isEmpty() && codes.contains(this.regionCode);
	}

	/**
	 * Collect the upper-case tokens of two or three ASCII letters of a range of a text
	 * that stand as a state or country code stands in an address: after a comma, before a
	 * ZIP code, or alone in a cell or line.
	 * @param text the text
	 * @param from the first offset to look at
	 * @param to the offset after the last one
	 * @param codes where to add the tokens
	 */
	static void addressCodes(CharSequence text, int from, int to, List<String> codes) {
		int i = from;
		while (i < to) {
			char c = text.charAt(i);
			if (c < 'A' || c > 'Z' || (i > 0 && Character.isLetterOrDigit(text.charAt(i - 1)))) {
				i++;
				continue;
			}
			int end = i + 1;
			while (end < to && end - i <= 3 && text.charAt(end) >= 'A' && text.charAt(end) <= 'Z') {
				end++;
			}
			int length = end - i;
			if (length >= 2 && length <= 3 && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)))
					&& (afterComma(text, i) || beforeZip(text, end) || aloneInCell(text, i, end))) {
				codes.add(text.subSequence(i, end).toString());
			}
			i = end;
		}
	}

	private static boolean afterComma(CharSequence text, int at) {
		int p = at - 1;
		while (p >= 0 && text.charAt(p) == ' ') {
			p--;
		}
		return p >= 0 && p < at - 1 && text.charAt(p) == ',';
	}

	private static boolean beforeZip(CharSequence text, int end) {
		int p = end;
		while (p < text.length() && text.charAt(p) == ' ') {
			p++;
		}
		if (p == end || p + 5 > text.length()) {
			return false;
		}
		for (int k = p; k < p + 5; k++) {
			char c = text.charAt(k);
			if (c < '0' || c > '9') {
				return false;
			}
		}
		return p + 5 == text.length() || !Character.isDigit(text.charAt(p + 5));
	}

	private static boolean aloneInCell(CharSequence text, int start, int end) {
		return isCellEdge(text, start - 1, -1) && isCellEdge(text, end, 1);
	}

	private static boolean isCellEdge(CharSequence text, int at, int step) {
		int p = at;
		while (p >= 0 && p < text.length() && (text.charAt(p) == ' ' || text.charAt(p) == '"')) {
			p += step;
		}
		if (p < 0 || p >= text.length()) {
			return true;
		}
		char c = text.charAt(p);
		// an element's content is a cell of its own: <CtrySubDvsn>NE</CtrySubDvsn>
		return c == ',' || c == '\t' || c == ';' || c == '|' || c == '\n' || c == '\r' || (step < 0 && c == '>')
				|| (step > 0 && c == '<');
	}

	private static boolean isCode(String value) {
		if (value.length() < 2 || value.length() > 3) {
			return false;
		}
		for (int i = 0; i < value.length(); i++) {
			char c = Character.toUpperCase(value.charAt(i));
			if (c < 'A' || c > 'Z') {
				return false;
			}
		}
		return true;
	}

	private static Map<String, String> states() {
		String[] pairs = { "AL", "alabama", "AK", "alaska", "AZ", "arizona", "AR", "arkansas", "CA", "california", "CO",
				"colorado", "CT", "connecticut", "DE", "delaware", "DC", "district of columbia", "FL", "florida", "GA",
				"georgia", "HI", "hawaii", "ID", "idaho", "IL", "illinois", "IN", "indiana", "IA", "iowa", "KS",
				"kansas", "KY", "kentucky", "LA", "louisiana", "ME", "maine", "MD", "maryland", "MA", "massachusetts",
				"MI", "michigan", "MN", "minnesota", "MS", "mississippi", "MO", "missouri", "MT", "montana", "NE",
				"nebraska", "NV", "nevada", "NH", "new hampshire", "NJ", "new jersey", "NM", "new mexico", "NY",
				"new york", "NC", "north carolina", "ND", "north dakota", "OH", "ohio", "OK", "oklahoma", "OR",
				"oregon", "PA", "pennsylvania", "RI", "rhode island", "SC", "south carolina", "SD", "south dakota",
				"TN", "tennessee", "TX", "texas", "UT", "utah", "VT", "vermont", "VA", "virginia", "WA", "washington",
				"WV", "west virginia", "WI", "wisconsin", "WY", "wyoming", "PR", "puerto rico" };
		Map<String, String> names = new HashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			names.put(pairs[i], pairs[i + 1]);
		}
		return names;
	}

}
