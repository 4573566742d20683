package com.breachimpact.classification;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link ColumnKind#fromHeader(String)}.
 */
class ColumnKindTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "SSN|SSN", "social_security_number|SSN", "TIN|SSN", "Tax ID|SSN",
			"Account Number|BANK_ACCOUNT", "acct_no|BANK_ACCOUNT", "DDA|BANK_ACCOUNT", "accountNumber|BANK_ACCOUNT",
			"Routing Number|ROUTING_NUMBER", "ABA|ROUTING_NUMBER", "DOB|DATE_OF_BIRTH", "BirthDate|DATE_OF_BIRTH",
			"date_of_birth|DATE_OF_BIRTH", "Card Number|PAYMENT_CARD", "PAN|PAYMENT_CARD", "cc_number|PAYMENT_CARD",
			"E-mail|EMAIL_ADDRESS", "emailAddress|EMAIL_ADDRESS", "Phone|PHONE_NUMBER", "mobile_tel|PHONE_NUMBER",
			"Name|FULL_NAME", "Customer Name|FULL_NAME", "Account Name|FULL_NAME", "Cardholder Name|FULL_NAME",
			"First Name|FIRST_NAME", "fname|FIRST_NAME", "last_name|LAST_NAME", "Surname|LAST_NAME", "Bank Name|OTHER",
			"File Name|OTHER", "username|OTHER", "Account Type|OTHER", "Card Expiry|OTHER", "Balance|OTHER",
			"Notes|OTHER", "Middle Name|OTHER", "Company Name|OTHER" })
	void headersAreClassified(String header, ColumnKind kind) {
		assertThat(ColumnKind.fromHeader(header)).isEqualTo(kind);
	}

}
