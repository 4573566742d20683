package com.breachimpact.institution;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.groups.Tuple.tuple;

/**
 * Tests for namesakes, common-word names and near-identical names in
 * {@link InstitutionMatcher}, {@link NamesakeResolver} and the registry.
 */
class NamesakeMatcherTests {

	private static final String REGISTRY = """
			client_id,legal_name,aliases,aba_routing,email_domains,sftp_folders,city,state,common_word_aliases
			FSB-NE,First State Bank,,104000016,fsbne.example,clients/fsb-ne,Omaha,NE,
			FSB-TX,First State Bank,,111000025,fsbtx.example,clients/fsb-tx,Austin,Texas,
			FSB-OK,First State Bank,,,,,,,
			HER,Heritage Community Bank,Heritage|Heritage CB,061209280,,,Macon,GA,
			LIB,Liberty Savings,Liberty,,,,Dayton,OH,no
			PIO,Pioneer Trust Company,Pioneer Trust|Frontier,,,,Boise,ID,Frontier
			XB,Granite Bank,,,,,Concord,NH,
			XBNA,"Granite Bank, N.A.",,,,,Concord,NH,
			XBT,Granite Bank & Trust,,,,,Concord,NH,
			XBC,Granite Bancorp,,,,,Concord,NH,
			""";

	@TempDir
	Path dir;

	private ClientRegistry registry;

	private InstitutionMatcher matcher;

	@BeforeEach
	void load() throws IOException {
		Path csv = this.dir.resolve("clients.csv");
		Files.writeString(csv, REGISTRY, StandardCharsets.UTF_8);
		this.registry = ClientRegistry.load(csv);
		this.matcher = new InstitutionMatcher(this.registry);
	}

	@Test
	void sharedNameWithNothingNearIsAmbiguousAndEvidenceForNone() {
		MatchResult result = this.matcher.match("Please forward the statement to First State Bank tomorrow.");
		assertThat(result.evidence()).isEmpty();
		assertThat(result.ambiguous()).singleElement().satisfies((mention) -> {
			assertThat(mention.name()).isEqualTo("first state bank");
			assertThat(mention.candidateIds()).containsExactly("FSB-NE", "FSB-TX", "FSB-OK");
			assertThat(mention.offset()).isEqualTo(32);
			assertThat(mention.line()).isEqualTo(1);
		});
	}

	@Test
	void cityOrStateOfOneNamesakeOnTheSameLineSettlesIt() {
		assertThat(this.matcher.match("Wire to First State Bank, Omaha branch.").evidence())
			.containsExactly(new Evidence("FSB-NE", EvidenceKind.NAME, "First State Bank (Omaha, NE)", 8, 1, 1.0));
		assertThat(this.matcher.match("payee,First State Bank,Austin,TX\n").evidence()).extracting(Evidence::clientId)
			.containsExactly("FSB-TX");
		// the state's name is found for a code and the code for a name
		assertThat(this.matcher.match("First State Bank of Nebraska").evidence()).extracting(Evidence::clientId)
			.containsExactly("FSB-NE");
		assertThat(this.matcher.match("First State Bank, 100 Congress Ave, Austin TX 78701").evidence())
			.extracting(Evidence::clientId)
			.containsExactly("FSB-TX");
	}

	@Test
	void placeWithinEightyCharactersOnAnotherLineSettlesIt() {
		String letter = "First State Bank\n1200 Dodge Street\nOmaha, NE 68102\n\nDear customer,";
		assertThat(this.matcher.match(letter).evidence()).extracting(Evidence::clientId, Evidence::maskedValue)
			.containsExactly(tuple("FSB-NE", "First State Bank (Omaha, NE)"));
		String far = "First State Bank\n" + "x".repeat(100) + "\nOmaha, NE 68102";
		assertThat(this.matcher.match(far).evidence()).isEmpty();
		assertThat(this.matcher.match(far).ambiguous()).hasSize(1);
	}

	@Test
	void theSameLineWinsOverNeighbouringLines() {
		String csv = "bank,city,state\nFirst State Bank,Omaha,NE\nFirst State Bank,Austin,TX\n";
		assertThat(this.matcher.match(csv).evidence()).extracting(Evidence::clientId)
			.containsExactly("FSB-NE", "FSB-TX");
	}

	@Test
	void placesOfSeveralNamesakesNearLeaveItAmbiguous() {
		MatchResult result = this.matcher.match("First State Bank (branches in Omaha, NE and Austin, TX)");
		assertThat(result.evidence()).isEmpty();
		assertThat(result.ambiguous()).singleElement()
			.satisfies((mention) -> assertThat(mention.nearContext()).contains("FSB-NE").contains("FSB-TX"));
	}

	@Test
	void stateCodesCountOnlyWhereAnAddressPutsThem() {
		// "NE" of an upper-case word run is not Nebraska
		assertThat(this.matcher.match("FIRST STATE BANK NE CORNER OFFICE").evidence()).isEmpty();
	}

	@Test
	void identifierOfOneNamesakeInTheFileSettlesTheMention() {
		// given
		MatchResult result = this.matcher.match("Letter from First State Bank.\nRouting 111000025.");
		assertThat(result.ambiguous()).hasSize(1);
		// when
		NamesakeResolver.Resolution resolution = NamesakeResolver.resolve(result.evidence(), "", result.ambiguous());
		// then
		assertThat(resolution.evidence()).containsExactly(
				new Evidence("FSB-TX", EvidenceKind.NAME, "First State Bank (routing *****0025)", 12, 1, 1.0));
		assertThat(resolution.ambiguous()).isEmpty();
	}

	@Test
	void folderOfOneNamesakeSettlesAndIdentifiersOfSeveralDoNot() {
		MatchResult result = this.matcher.match("First State Bank and again First State Bank");
		List<Evidence> folder = this.matcher.matchPath("clients/fsb-ne/in/letter.txt");
		assertThat(NamesakeResolver.resolve(folder, "", result.ambiguous()).evidence())
			.extracting(Evidence::clientId, Evidence::maskedValue)
			.containsExactly(tuple("FSB-NE", "First State Bank (folder clients/fsb-ne)"),
					tuple("FSB-NE", "First State Bank (folder clients/fsb-ne)"));
		List<Evidence> both = this.matcher.match("104000016 111000025").evidence();
		NamesakeResolver.Resolution resolution = NamesakeResolver.resolve(both, "a.zip/x.txt", result.ambiguous());
		assertThat(resolution.evidence()).isEmpty();
		assertThat(resolution.ambiguous()).singleElement().satisfies((candidate) -> {
			assertThat(candidate.location()).isEqualTo("a.zip/x.txt");
			assertThat(candidate.candidateIds()).containsExactly("FSB-NE", "FSB-OK", "FSB-TX");
			assertThat(candidate.occurrences()).isEqualTo(2);
			assertThat(candidate.context()).contains("several of them in the file (FSB-NE, FSB-TX)");
		});
	}

	@Test
	void commonWordAliasCountsOnlyWhereUsedAsAName() {
		// used as a word: lower case, at the start of a sentence or line, in a title-case
		// heading
		assertThat(this.matcher.match("We celebrate our heritage. Heritage matters to us.").evidence()).isEmpty();
		assertThat(this.matcher.match("Heritage month: this spring we celebrate").evidence()).isEmpty();
		assertThat(this.matcher.match("Notes\nCelebrating Our Heritage Together\n").evidence()).isEmpty();
		// used as a name
		assertThat(aliasHits("The loan was refinanced with Heritage last year.")).isEqualTo(1);
		assertThat(aliasHits("see heritage bank for details")).isEqualTo(1);
		assertThat(aliasHits("Heritage routing number on file")).isEqualTo(1);
		assertThat(aliasHits("Bank: Heritage\n")).isEqualTo(1);
		assertThat(aliasHits("payee,bank_name,amount\nJane Roe,Heritage,10.00\n")).isEqualTo(1);
		assertThat(aliasHits("payee,memo,amount\nJane Roe,Heritage,10.00\n")).isEqualTo(0);
	}

	@Test
	void commonWordAliasesColumnOverridesTheWordList() {
		// LIB says "no": the common word Liberty counts everywhere
		assertThat(this.matcher.match("liberty and justice").evidence()).extracting(Evidence::clientId)
			.containsExactly("LIB");
		// PIO lists Frontier (not in the word list): it counts only as a name
		assertThat(this.matcher.match("the frontier of science").evidence()).isEmpty();
		assertThat(this.matcher.match("Funds held at Frontier since May.").evidence()).extracting(Evidence::clientId)
			.containsExactly("PIO");
	}

	@Test
	void nearIdenticalNamesMatchTheirOwnClientOnly() {
		assertThat(clients("Granite Bank")).containsExactly("XB");
		assertThat(clients("Granite Bank, N.A.")).containsExactly("XBNA");
		assertThat(clients("Granite Bank N.A.")).containsExactly("XBNA");
		assertThat(clients("GRANITE BANK NA")).containsExactly("XBNA");
		assertThat(clients("Granite Bank, National Association")).containsExactly("XBNA");
		assertThat(clients("Granite Bank & Trust")).containsExactly("XBT");
		assertThat(clients("Granite Bank and Trust")).containsExactly("XBT");
		assertThat(clients("Granite Bancorp")).containsExactly("XBC");
		assertThat(clients("Granite Banking")).isEmpty();
	}

	@Test
	void registryWarnsOncePerGroupOfNamesakes() {
		List<String> messages = this.registry.warnings().stream().map(RegistryWarning::message).toList();
		assertThat(messages).filteredOn((m) -> m.contains("'first state bank'") || m.contains("'First State Bank'"))
			.singleElement()
			.satisfies((m) -> assertThat(m).contains("shared by 3 clients")
				.contains("'FSB-NE' (line 2, legal name 'First State Bank', Omaha, NE)")
				.contains("no city or state for FSB-OK"));
		assertThat(messages).anySatisfy((m) -> assertThat(m).contains("'Heritage'").contains("common English word"))
			.noneSatisfy((m) -> assertThat(m).contains("'Liberty'"))
			.anySatisfy((m) -> assertThat(m).contains("'Frontier'").contains("common_word_aliases"));
	}

	@Test
	void commonWordAliasesMustBeKeywordsOrOwnNames() throws IOException {
		Path csv = this.dir.resolve("bad.csv");
		Files.writeString(csv, "client_id,legal_name,aliases,common_word_aliases\nC1,Acme Bank,Acme,Acme|Zeta\n");
		assertThatExceptionOfType(RegistryException.class).isThrownBy(() -> ClientRegistry.load(csv))
			.withMessageContaining("line 2")
			.withMessageContaining("common_word_aliases")
			.withMessageContaining("Zeta");
	}

	private long aliasHits(String text) {
		return this.matcher.match(text).evidence().stream().filter((e) -> e.clientId().equals("HER")).count();
	}

	private List<String> clients(String text) {
		return this.matcher.match("Remit to " + text + " today.").evidence().stream().map(Evidence::clientId).toList();
	}

	/**
	 * The corpus regression of issue 13: in XML read as text with its markup kept,
	 * {@code Citizens Bank &amp; Trust} read as the words "citizens bank amp trust" gave
	 * the shorter namesake name {@code Citizens Bank} of another client, settled by the
	 * town of the agent: a wrong client.
	 */
	@Test
	void xmlCharacterReferencesAndMarkupDoNotHideTheNameOrItsPlace() throws IOException {
		Path csv = this.dir.resolve("references.csv");
		Files.writeString(csv, """
				client_id,legal_name,aliases,aba_routing,city,state
				CBT-TX,Citizens Bank & Trust,,,Amarillo,TX
				CBT-X,Citizens Bank & Trust,,,,
				CB-TX,Citizens Bank,,,Amarillo,TX
				CB-IL,Citizens Bank,,,Peoria,IL
				PEO-MN,People's State Bank,,,Duluth,MN
				PEO-WA,People's State Bank,,,Yakima,WA
				""", StandardCharsets.UTF_8);
		InstitutionMatcher matcher = new InstitutionMatcher(ClientRegistry.load(csv));
		String agent = """
				<CdtrAgt>
				  <FinInstnId>
				    <Nm>Citizens Bank &amp; Trust</Nm>
				    <PstlAdr>
				      <StrtNm>North Polk Street</StrtNm>
				      <BldgNb>1200</BldgNb>
				      <PstCd>79101</PstCd>
				      <TwnNm>Amarillo</TwnNm>
				      <CtrySubDvsn>TX</CtrySubDvsn>
				    </PstlAdr>
				  </FinInstnId>
				</CdtrAgt>
				""";
		assertThat(matcher.match(agent).evidence()).containsExactly(new Evidence("CBT-TX", EvidenceKind.NAME,
				"Citizens Bank & Trust (Amarillo, TX)", agent.indexOf("Citizens"), 3, 1.0));
		// numeric and named references, the town more than 80 characters away with its
		// markup, the state code alone in its element
		String numeric = "<Nm>People&#39;s State Bank</Nm>\n<PstlAdr>\n  <StrtNm>Superior Street</StrtNm>\n"
				+ "  <BldgNb>4</BldgNb>\n  <PstCd>55802</PstCd>\n  <CtrySubDvsn>MN</CtrySubDvsn>\n</PstlAdr>\n";
		assertThat(matcher.match(numeric).evidence()).extracting(Evidence::clientId).containsExactly("PEO-MN");
		assertThat(matcher.match("<Nm>People&apos;s State Bank</Nm> <TwnNm>Yakima</TwnNm>").evidence())
			.extracting(Evidence::clientId)
			.containsExactly("PEO-WA");
		// a reference split over the end of a 16K chunk, and text that only looks like
		// one
		String split = "x".repeat((1 << 14) - 16) + " Citizens Bank &amp; Trust, Amarillo TX 79101";
		assertThat(matcher.match(split).evidence()).extracting(Evidence::clientId).containsExactly("CBT-TX");
		assertThat(matcher.match("Citizens Bank &ampx Trust, Amarillo TX 79101").evidence())
			.extracting(Evidence::clientId)
			.containsExactly("CB-TX");
	}

}
