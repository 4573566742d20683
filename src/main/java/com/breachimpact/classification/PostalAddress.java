package com.breachimpact.classification;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The residence a postal address tells: a US state as its ISO 3166-2 code
 * ({@code US-TX}), another country as its ISO 3166-1 code ({@code DE}), or
 * {@link #UNKNOWN}. A state is read from a state column or from the
 * {@code City, ST 12345} end of an address line; a country from a country column (a US
 * address needs none). Nothing is guessed: an address whose state cannot be read is
 * {@code unknown}.
 */
public final class PostalAddress {

	/** The residence of an address that tells none. */
	public static final String UNKNOWN = "unknown";

	private static final Map<String, String> STATES = new HashMap<>();

	private static final Map<String, String> COUNTRIES = new HashMap<>();

	private static final Pattern STATE_ZIP = Pattern.compile(
			"(?:^|[\\s,])([A-Za-z][A-Za-z .]{1,19}?)\\.?[\\s,]+([0-9]{5})(?:-[0-9]{4})?\\s*(?:,?\\s*(?:USA?|United States(?: of America)?)\\.?)?\\s*$");

	static {
		String[] states = { "AL", "Alabama", "AK", "Alaska", "AZ", "Arizona", "AR", "Arkansas", "CA", "California",
				"CO", "Colorado", "CT", "Connecticut", "DE", "Delaware", "DC", "District of Columbia", "FL", "Florida",
				"GA", "Georgia", "HI", "Hawaii", "ID", "Idaho", "IL", "Illinois", "IN", "Indiana", "IA", "Iowa", "KS",
				"Kansas", "KY", "Kentucky", "LA", "Louisiana", "ME", "Maine", "MD", "Maryland", "MA", "Massachusetts",
				"MI", "Michigan", "MN", "Minnesota", "MS", "Mississippi", "MO", "Missouri", "MT", "Montana", "NE",
				"Nebraska", "NV", "Nevada", "NH", "New Hampshire", "NJ", "New Jersey", "NM", "New Mexico", "NY",
				"New York", "NC", "North Carolina", "ND", "North Dakota", "OH", "Ohio", "OK", "Oklahoma", "OR",
				"Oregon", "PA", "Pennsylvania", "RI", "Rhode Island", "SC", "South Carolina", "SD", "South Dakota",
				"TN", "Tennessee", "TX", "Texas", "UT", "Utah", "VT", "Vermont", "VA", "Virginia", "WA", "Washington",
				"WV", "West Virginia", "WI", "Wisconsin", "WY", "Wyoming", "PR", "Puerto Rico", "GU", "Guam", "VI",
				"Virgin Islands", "AS", "American Samoa", "MP", "Northern Mariana Islands" };
		for (int i = 0; i < states.length; i += 2) {
			STATES.put(states[i].toLowerCase(Locale.ROOT), "US-" + states[i]);
			STATES.put(states[i + 1].toLowerCase(Locale.ROOT), "US-" + states[i]);
		}
		for (String code : Locale.getISOCountries()) {
			Locale country = new Locale("", code);
			COUNTRIES.put(code.toLowerCase(Locale.ROOT), code);
			COUNTRIES.put(country.getISO3Country().toLowerCase(Locale.ROOT), code);
			COUNTRIES.put(fold(country.getDisplayCountry(Locale.ENGLISH)), code);
		}
		for (String us : new String[] { "usa", "u.s.a.", "u.s.", "united states of america", "america" }) {
			COUNTRIES.put(fold(us), "US");
		}
		COUNTRIES.put("uk", "GB");
		COUNTRIES.put("england", "GB");
		COUNTRIES.put("great britain", "GB");
	}

	private PostalAddress() {
	}

	/**
	 * The residence of an address given in parts; any part may be {@code null}.
	 * @param line a whole address or street line
	 * @param state the state column
	 * @param country the country column
	 * @return {@code US-XX}, a country code, or {@link #UNKNOWN}
	 */
	public static String residence(String line, String state, String country) {
		String countryCode = (country != null && !country.isBlank()) ? COUNTRIES.get(fold(country)) : null;
		if (countryCode != null && !countryCode.equals("US")) {
			return countryCode;
		}
		if (state != null && !state.isBlank()) {
			String code = STATES.get(fold(state));
			if (code != null) {
				return code;
			}
		}
		if (line != null && !line.isBlank()) {
			String code = stateOfLine(line);
			if (code != null) {
				return code;
			}
		}
		return UNKNOWN;
	}

	/**
	 * The state a {@code City, ST 12345} address line ends with.
	 * @param line the line
	 * @return {@code US-XX}, or {@code null}
	 */
	static String stateOfLine(String line) {
		String tail = (line.length() > 200) ? line.substring(line.length() - 200) : line;
		Matcher matcher = STATE_ZIP.matcher(tail);
		if (!matcher.find()) {
			return null;
		}
		String words = matcher.group(1).strip();
		// the state is the last one or few words before the ZIP: try the longest that
		// names a state
		String[] parts = words.split("[\\s,]+");
		for (int take = Math.min(3, parts.length); take >= 1; take--) {
			String candidate = String.join(" ", java.util.Arrays.copyOfRange(parts, parts.length - take, parts.length));
			String code = STATES.get(fold(candidate));
			if (code != null) {
				// a two-letter state is written in capitals: "in 12345" is no Indiana
				return (candidate.length() != 2 || candidate.equals(candidate.toUpperCase(Locale.ROOT))) ? code : null;
			}
		}
		return null;
	}

	/**
	 * The English name of a residence.
	 * @param residence a residence code
	 * @return {@code Texas}, {@code Germany}, or the code itself
	 */
	public static String displayName(String residence) {
		if (residence.startsWith("US-")) {
			String code = residence.substring(3).toLowerCase(Locale.ROOT);
			return STATES.entrySet()
				.stream()
				.filter((entry) -> entry.getValue().equals(residence) && !entry.getKey().equals(code))
				.map((entry) -> titleCase(entry.getKey()))
				.findFirst()
				.orElse(residence);
		}
		if (residence.length() == 2) {
			return new Locale("", residence).getDisplayCountry(Locale.ENGLISH);
		}
		return residence;
	}

	private static String titleCase(String words) {
		StringBuilder title = new StringBuilder(words.length());
		boolean start = true;
		for (char c : words.toCharArray()) {
			title.append(start ? Character.toUpperCase(c) : c);
			start = c == ' ';
		}
		return title.toString().replace(" Of ", " of ");
	}

	private static String fold(String value) {
		return value.strip().replaceAll("[\\s.]+", " ").strip().toLowerCase(Locale.ROOT);
	}

}
