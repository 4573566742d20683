package com.breachimpact.institution;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link InstitutionMatcher}, over the registry fixture {@code clients.csv}.
 */
class InstitutionMatcherTests {

	private final InstitutionMatcher matcher;

	InstitutionMatcherTests() throws Exception {
		this.matcher = new InstitutionMatcher(ClientRegistry.load(ClientRegistryTests.fixture()));
	}

	@Test
	void findsNamesAndAliasesAsTheRegistrySpellsThem() {
		MatchResult result = this.matcher.match("Dear team,\nthe CRÉDIT AGRICOLE, S.A. and DB Group files.");
		assertThat(result.evidence()).containsExactly(
				new Evidence("C004", EvidenceKind.NAME, "Crédit Agricole S.A.", 15, 2, 1.0),
				new Evidence("C003", EvidenceKind.ALIAS, "DB Group", 41, 2, 1.0));
		assertThat(result.unknown()).isEmpty();
	}

	@Test
	void aNameInsideALongerRegisteredNameNeverCounts() {
		MatchResult result = this.matcher.match("Payment to First National Bank of Texas.");
		assertThat(result.evidence()).extracting(Evidence::clientId).containsExactly("C002");
		assertThat(this.matcher.match("Payment to First National Bank.").evidence()).extracting(Evidence::clientId)
			.containsExactly("C001");
	}

	@Test
	void namesAreWholeWordsOnly() {
		assertThat(this.matcher.match("First National Bankers and Deutscher Wetterdienst, FNBs").evidence()).isEmpty();
	}

	@Test
	void nameBrokenOverTwoLinesIsFoundOnItsFirstLine() {
		List<Evidence> evidence = this.matcher.match("x\nsent by First National\nBank\n").evidence();
		assertThat(evidence).singleElement().satisfies((e) -> {
			assertThat(e.line()).isEqualTo(2);
			assertThat(e.offset()).isEqualTo(10);
		});
	}

	@Test
	void registeredRoutingNumberGivesMaskedEvidence() {
		MatchResult result = this.matcher.match("ABA: 021000021\nABA 111000025.");
		assertThat(result.evidence()).containsExactly(
				new Evidence("C001", EvidenceKind.ABA_ROUTING, "*****0021", 5, 1, 1.0),
				new Evidence("C002", EvidenceKind.ABA_ROUTING, "*****0025", 19, 2, 1.0));
		assertThat(result.toString()).doesNotContain("021000021");
	}

	@Test
	void routingDecoysAreIgnored() {
		// bad checksum, longer digit runs, part of a decimal number, inside a word
		MatchResult result = this.matcher.match("021000022 1021000021 0210000210 3.021000021 021000021.5 X021000021");
		assertThat(result.evidence()).isEmpty();
		assertThat(result.unknown()).isEmpty();
	}

	@Test
	void routingNumbersBetweenCsvCommasCount() {
		// a comma after nine digits separates fields, unless two decimals follow (an
		// amount)
		MatchResult result = this.matcher
			.match("Some Bank,021000021,55026239538,17881.05\n" + "x,111000025,880989.58\n123,021000021,50 EUR\n");
		assertThat(result.evidence()).extracting(Evidence::line).containsExactly(1, 2);
	}

	@Test
	void aRoutingNumberBeforeADecimalAmountFieldCounts() {
		// account,routing,amount: the comma after the routing number separates fields,
		// since the two digits after it start a decimal number of their own
		MatchResult result = this.matcher
			.match("account,routing,amount\n1234567890,021000021,55.10\n" + "9,111000025,17,5\n123,021000021,50\n");
		assertThat(result.evidence()).extracting(Evidence::clientId, Evidence::line)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("C001", 2),
					org.assertj.core.groups.Tuple.tuple("C002", 3));
	}

	@Test
	void validUnregisteredIdentifiersAreUnknown() {
		MatchResult result = this.matcher.match("routing 011000015, BIC: COBADEFFXXX, LEI HWUPKR0MPOU8FGXBT394, "
				+ "IBAN NL91 ABNA 0417 1643 00, mail john.doe@example.org, again 011000015");
		assertThat(result.evidence()).isEmpty();
		assertThat(result.unknown()).containsExactly(
				new UnknownIdentifier(EvidenceKind.ABA_ROUTING, "*****0015", "011000015"),
				new UnknownIdentifier(EvidenceKind.BIC, "*******FXXX", "COBADEFF"),
				new UnknownIdentifier(EvidenceKind.LEI, "****************T394", "HWUPKR0MPOU8FGXBT394"),
				new UnknownIdentifier(EvidenceKind.IBAN, "**************4300", "NL91ABNA0417164300"),
				new UnknownIdentifier(EvidenceKind.EMAIL_DOMAIN, "j***@example.org", "example.org"));
	}

	@Test
	void unknownIdentifierNeverPrintsItsCanonicalValue() {
		UnknownIdentifier unknown = new UnknownIdentifier(EvidenceKind.ABA_ROUTING, "*****0015", "011000015");
		assertThat(unknown.toString()).contains("*****0015").doesNotContain("011000015");
	}

	@Test
	void bicMatchesOnItsInstitutionPart() {
		MatchResult result = this.matcher.match("DEUTDEFF500 DEUTDEFFXXX DEUTDEFF FNBTUS44 deutdeff");
		assertThat(result.evidence()).extracting(Evidence::clientId, Evidence::maskedValue)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("C003", "*******F500"),
					org.assertj.core.groups.Tuple.tuple("C003", "*******FXXX"),
					org.assertj.core.groups.Tuple.tuple("C003", "****DEFF"),
					org.assertj.core.groups.Tuple.tuple("C002", "****US44"));
	}

	@Test
	void upperCaseWordsOfBicFormAreNotReportedAsUnknown() {
		// BUSINESS = BUSI + NE (Niger) + SS: a valid BIC form, but a common word
		MatchResult result = this.matcher.match("BUSINESS CUSTOMER REPORT DEUTQQFF");
		assertThat(result.evidence()).isEmpty();
		assertThat(result.unknown()).isEmpty();
	}

	@Test
	void allLetterBicsAreUnknownOnlyWhenNamedSo() {
		assertThat(this.matcher.match("THE GRANDE AGRICOLE REPORT").unknown()).isEmpty();
		assertThat(this.matcher.match("SWIFT code: COBADEFF").unknown()).extracting(UnknownIdentifier::canonicalValue)
			.containsExactly("COBADEFF");
		assertThat(this.matcher.match("<BICFI>COBADEFF</BICFI>").unknown()).hasSize(1);
		assertThat(this.matcher.match("pay CHASUS33 today").unknown()).extracting(UnknownIdentifier::canonicalValue)
			.containsExactly("CHASUS33");
	}

	@Test
	void leiMatchesWhenRegistered() {
		MatchResult result = this.matcher.match("LEI: 7LTWFZYICNSX8D621K86; not 7LTWFZYICNSX8D621K87");
		assertThat(result.evidence())
			.containsExactly(new Evidence("C003", EvidenceKind.LEI, "****************1K86", 5, 1, 1.0));
		assertThat(result.unknown()).isEmpty();
	}

	@Test
	void ibanMatchesOnItsBankCodeWithOrWithoutSpaces() {
		MatchResult result = this.matcher.match("DE89 3704 0044 0532 0130 00\nFR1420041010050500013M02606\n"
				+ "GB82 WEST 1234 5698 7654 32\nDE89 3704 0044 0532 0130 01");
		assertThat(result.evidence())
			.extracting(Evidence::clientId, Evidence::kind, Evidence::maskedValue, Evidence::line)
			.containsExactly(
					org.assertj.core.groups.Tuple.tuple("C003", EvidenceKind.IBAN, "******************3000", 1),
					org.assertj.core.groups.Tuple.tuple("C004", EvidenceKind.IBAN, "***********************2606", 2),
					org.assertj.core.groups.Tuple.tuple("C005", EvidenceKind.IBAN, "******************5432", 3));
		assertThat(result.unknown()).isEmpty();
	}

	@Test
	void emailDomainsAndSubDomainsMatchButLookAlikesDoNot() {
		MatchResult result = this.matcher.match("jane.doe@firstnational.com, ops@mail.FirstNational.com, "
				+ "x@notfirstnational.com, y@firstnational.com.evil.org, z@fnbtexas.com.");
		assertThat(result.evidence()).extracting(Evidence::clientId, Evidence::maskedValue)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("C001", "j***@firstnational.com"),
					org.assertj.core.groups.Tuple.tuple("C001", "o***@mail.FirstNational.com"),
					org.assertj.core.groups.Tuple.tuple("C002", "z***@fnbtexas.com"));
		assertThat(result.unknown()).extracting(UnknownIdentifier::canonicalValue)
			.containsExactly("notfirstnational.com", "firstnational.com.evil.org");
	}

	@Test
	void nachaRecordsGiveTheirRoutingNumbers() {
		// given: a file header (destination 021000021), a batch header (ODFI 11100002,
		// check digit 5 computed)
		// and an entry detail (RDFI 02600959 + check digit 3); all but the header run
		// into longer digit runs
		String fileHeader = record("101 021000021 1234567892401011200A094101FED RESERVE BANK         ACME CORP");
		String batch = record(
				"5200ACME CORP                           1234567890PPDPAYROLL   240101240102   1" + "111000020000001");
		String entry = record(
				"622026009593123456789        0000100000EMP0001        JANE DOE                0" + "111000020000001");
		// when
		MatchResult result = this.matcher.match(fileHeader + "\n" + batch + "\r\n" + entry + "\n");
		// then
		assertThat(result.evidence()).extracting(Evidence::clientId, Evidence::line)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("C001", 1),
					org.assertj.core.groups.Tuple.tuple("C002", 2));
		assertThat(result.unknown()).extracting(UnknownIdentifier::canonicalValue).containsExactly("026009593");
	}

	@Test
	void nachaFileHeaderImmediateOriginGivesItsRoutingNumber() {
		// given: origins after a blank and after a zero, the creation date running into
		// them; and a company identifier (1 + EIN) that is no routing number
		String blank = record("101 026009593 1110000252401011200A094101FED RESERVE BANK         ACME CORP");
		String zero = record("101 02600959301110000252401011200A094101FED RESERVE BANK         ACME CORP");
		String company = record("101 02600959311110000252401011200A094101FED RESERVE BANK         ACME CORP");
		// when, then
		for (String header : new String[] { blank, zero }) {
			assertThat(this.matcher.match(header + "\n").evidence()).extracting(Evidence::clientId, Evidence::offset)
				.containsExactly(org.assertj.core.groups.Tuple.tuple("C002", 14L));
		}
		assertThat(this.matcher.match(company + "\n").evidence()).isEmpty();
	}

	@Test
	void iso20022ClearingMemberIdIsFound() {
		String xml = "<FinInstnId><ClrSysMmbId><ClrSysId><Cd>USABA</Cd></ClrSysId><MmbId>111000025</MmbId>"
				+ "</ClrSysMmbId></FinInstnId>";
		assertThat(this.matcher.match(xml).evidence()).extracting(Evidence::clientId, Evidence::kind)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("C002", EvidenceKind.ABA_ROUTING));
	}

	@Test
	void pathsUnderAClientFolderMatchWithFolderBoundaries() {
		assertThat(this.matcher.matchPath("clients/fnb/x.csv"))
			.containsExactly(new Evidence("C001", EvidenceKind.SFTP_FOLDER, "clients/fnb", -1, 0, 1.0));
		assertThat(this.matcher.matchPath("CLIENTS\\FNB\\in\\x.csv")).extracting(Evidence::clientId)
			.containsExactly("C001");
		assertThat(this.matcher.matchPath("/clients/fnbt/x.csv")).extracting(Evidence::clientId)
			.containsExactly("C002");
		assertThat(this.matcher.matchPath("clients/fnb2/x.csv")).isEmpty();
		assertThat(this.matcher.matchPath("clients/x.csv")).isEmpty();
		assertThat(this.matcher.matchPath("partners/Deutsche/2024/a.xml")).extracting(Evidence::clientId)
			.containsExactly("C003");
		assertThat(this.matcher.matchPath("")).isEmpty();
	}

	@Test
	void emptyAndNullTextGiveNothing() {
		assertThat(this.matcher.match("").evidence()).isEmpty();
		assertThat(this.matcher.match(null).evidence()).isEmpty();
	}

	@Test
	void worksOnAnyCharSequence() {
		String text = "Deutsche Bank AG, DEUTDEFF";
		MatchResult fromString = this.matcher.match(text);
		assertThat(this.matcher.match(new StringBuilder(text))).isEqualTo(fromString);
		assertThat(this.matcher.match(java.nio.CharBuffer.wrap(text))).isEqualTo(fromString);
		assertThat(fromString.evidence()).hasSize(2);
	}

	private static String record(String content) {
		assertThat(content.length()).isLessThanOrEqualTo(94);
		String record = content + " ".repeat(94 - content.length());
		return record;
	}

}
