package com.breachimpact.report;

import java.util.Collection;
import java.util.List;
import java.util.Locale;

import com.breachimpact.classification.SensitiveCategory;
import com.breachimpact.institution.EvidenceKind;

/**
 * Words for readers: evidence kinds and data categories as a report names them.
 */
public final class EvidenceLabels {

	private EvidenceLabels() {
	}

	/**
	 * The reader's name of an evidence kind.
	 * @param kind an {@link EvidenceKind} name; other values are returned lower-cased
	 * with spaces
	 * @return the label, such as {@code registered routing number}
	 */
	public static String label(String kind) {
		try {
			return switch (EvidenceKind.valueOf(kind)) {
				case NAME -> "legal name";
				case ALIAS -> "alias";
				case ABA_ROUTING -> "registered routing number";
				case BIC -> "registered BIC";
				case LEI -> "registered LEI";
				case IBAN -> "IBAN bank code";
				case EMAIL_DOMAIN -> "e-mail domain";
				case SFTP_FOLDER -> "client's platform folder";
				case FOLDER_REFERENCE -> "path in the client's platform folder";
			};
		}
		catch (IllegalArgumentException ex) {
			return kind.toLowerCase(Locale.ROOT).replace('_', ' ');
		}
	}

	/**
	 * Whether the evidence kinds that attributed a file are names only.
	 * @param kinds {@link EvidenceKind} names
	 * @return whether every kind is a legal name or alias (and there is one)
	 */
	public static boolean nameOnly(Collection<String> kinds) {
		if (kinds.isEmpty()) {
			return false;
		}
		for (String kind : kinds) {
			if (!EvidenceKind.NAME.name().equals(kind) && !EvidenceKind.ALIAS.name().equals(kind)) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Why a file was attributed, in one sentence for a reader; says plainly when names
	 * alone attributed it.
	 * @param kinds the {@link EvidenceKind} names that made up the score
	 * @param score the score
	 * @param container whether the row is the union of a file's attributed members
	 * @return the sentence
	 */
	public static String why(List<String> kinds, double score, boolean container) {
		String words = String.join(", ", kinds.stream().map(EvidenceLabels::label).toList());
		String scored = " (score " + String.format(Locale.ROOT, "%.2f", score) + ")";
		if (container) {
			return "Members attributed on " + words + scored + "; each is listed below.";
		}
		if (nameOnly(kinds)) {
			return "Attributed by name only: " + words + scored
					+ ", no identifier, folder or e-mail domain of the client; to be confirmed in review.";
		}
		return "Attributed on " + words + scored + ".";
	}

	/**
	 * The reader's name of a data category.
	 * @param category the category
	 * @return the label, such as {@code Social Security numbers}
	 */
	public static String label(SensitiveCategory category) {
		return switch (category) {
			case SSN -> "Social Security numbers";
			case PAYMENT_CARD -> "payment card numbers";
			case TRACK_DATA -> "card track data";
			case BANK_ACCOUNT -> "bank account numbers";
			case ROUTING_NUMBER -> "routing numbers with accounts";
			case DATE_OF_BIRTH -> "dates of birth";
			case CREDENTIAL -> "passwords and secrets";
			case PRIVATE_KEY -> "private keys";
			case API_TOKEN -> "access tokens";
			case EMAIL_ADDRESS -> "personal e-mail addresses";
			case PHONE_NUMBER -> "phone numbers";
			case PERSON_NAME -> "names of people";
			case DRIVERS_LICENSE -> "driver's licence and state ID numbers";
			case USERNAME -> "user names";
			case POSTAL_ADDRESS -> "postal addresses";
		};
	}

}
