package com.breachimpact.institution;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Other spellings of a registered name that mean the same institution: "&" written "and"
 * (and "and" written "&", which normalization drops), and the legal suffix at the end of
 * the name in its other usual forms ({@code N.A.}, {@code NA},
 * {@code National Association}; {@code FSB}, {@code Federal Savings
 * Bank}; {@code Inc.}, {@code Incorporated}; {@code Co.}, {@code Company}; ...).
 * Punctuation needs no variant: {@link NameNormalizer} folds it. A suffix is never
 * dropped: "X Bank" and "X Bank, N.A." stay different names.
 */
final class NameVariants {

	/** Groups of equivalent legal suffixes, in normal form. */
	private static final List<List<String>> SUFFIXES = List.of(List.of("n a", "na", "national association"),
			List.of("fsb", "f s b", "federal savings bank"), List.of("ssb", "s s b", "state savings bank"),
			List.of("fcu", "f c u", "federal credit union"), List.of("inc", "incorporated"),
			List.of("corp", "corporation"), List.of("co", "company"), List.of("ltd", "limited"),
			List.of("llc", "l l c"), List.of("s a", "sa"), List.of("plc", "public limited company"));

	private NameVariants() {
	}

	/**
	 * The variants of a name, in normal form, without the name's own normal form.
	 * @param name a name as registered
	 * @return the variants, empty when there are none
	 */
	static Set<String> of(String name) {
		String own = NameNormalizer.normalizeName(name);
		Set<String> spellings = new LinkedHashSet<>();
		spellings.add(own);
		if (name.indexOf('&') >= 0) {
			spellings.add(NameNormalizer.normalizeName(name.replace("&", " and ")));
		}
		String padded = " " + own + " ";
		if (padded.contains(" and ")) {
			spellings.add(NameNormalizer.normalizeName(padded.replace(" and ", " ")));
		}
		Set<String> variants = new LinkedHashSet<>();
		for (String spelling : spellings) {
			variants.add(spelling);
			for (List<String> group : SUFFIXES) {
				for (String suffix : group) {
					if (spelling.endsWith(" " + suffix)) {
						String stem = spelling.substring(0, spelling.length() - suffix.length());
						for (String other : group) {
							variants.add(stem + other);
						}
					}
				}
			}
		}
		variants.remove(own);
		variants.remove("");
		return variants;
	}

}
