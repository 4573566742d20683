package com.breachimpact.report;

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
			};
		}
		catch (IllegalArgumentException ex) {
			return kind.toLowerCase(Locale.ROOT).replace('_', ' ');
		}
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
