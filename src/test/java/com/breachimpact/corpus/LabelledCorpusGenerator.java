package com.breachimpact.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import com.breachimpact.corpus.LabelledCorpus.Label;
import com.breachimpact.corpus.LabelledCorpus.LabelledFile;
import com.breachimpact.corpus.LabelledCorpus.Named;
import com.breachimpact.corpus.LabelledCorpus.Part;
import com.breachimpact.institution.CommonWords;

/**
 * Generates a labelled corpus from a seed: a registry of about 2,100 client institutions
 * and about 430 files in the formats of the sample inventory (CSV payment batches, NACHA
 * {@code .ach}, ISO 20022 XML, text letters and logs, {@code .eml} e-mails with CSV
 * attachments), each with the set of clients it must be attributed to under the default
 * policy, where a name or alias of one client used as a name counts alone.
 * <p>
 * The registry holds regular clients with unique invented names, groups of namesakes (one
 * legal name, different states; some without a place), clients whose alias is a common
 * word (from the shipped word list, or marked with {@code common_word_aliases}; three say
 * {@code no} and count everywhere), and families of near-identical names ({@code X Bank},
 * {@code X Bank, N.A.}, {@code X Bank & Trust}, {@code X Bancorp}). Every identifier is
 * checksum-valid and issued once.
 * <p>
 * The files carry evidence and decoys: routing numbers, BICs and LEIs with bad check
 * digits or of no client, confusable names, look-alike e-mail domains, names inside
 * longer registered names, namesake mentions with and without settling context (a city or
 * state near, an identifier or folder of one of them), and common words used as words and
 * as names. The same seed gives the same corpus.
 */
public final class LabelledCorpusGenerator {

	private static final String[] SYLLABLES = { "al", "ber", "cas", "dor", "el", "fan", "gal", "hen", "is", "jor",
			"kal", "lin", "mor", "nel", "or", "pan", "quin", "ros", "san", "tor", "ul", "ven", "wel", "yor", "zan",
			"bri", "dar", "esk", "fol", "grim" };

	private static final String[] REGULAR_SUFFIXES = { "National Bank", "Savings Bank", "Credit Union", "State Bank",
			"Trust Company", "Federal Credit Union", "Community Bank", "Bank" };

	private static final String[] GROUP_PREFIXES = { "First", "Citizens", "Farmers", "Peoples", "Merchants", "Home",
			"American", "Community First", "Farmers and Merchants", "First Citizens" };

	private static final String[] GROUP_SUFFIXES = { "State Bank", "National Bank", "Bank", "Savings Bank",
			"Bank & Trust", "Trust Company" };

	/** Aliases that are words of the shipped list. */
	private static final String[] LISTED_WORDS = { "heritage", "liberty", "pioneer", "summit", "security", "guaranty",
			"frontier", "anchor", "beacon", "harbor", "legacy", "horizon", "evergreen", "cornerstone", "gateway",
			"sentinel", "premier", "alliance", "keystone", "pinnacle", "patriot", "century", "eagle", "sterling",
			"compass", "prosperity", "bridge", "river", "valley", "mountain", "foundation", "fidelity", "integrity",
			"independence" };

	/**
	 * Aliases that are not in the list, marked common words with
	 * {@code common_word_aliases}.
	 */
	private static final String[] MARKED_WORDS = { "landmark", "crossroads", "founders", "mercury", "triumph",
			"vintage", "citadel", "meridian", "providence", "charter", "destiny" };

	/**
	 * Listed words whose clients say {@code common_word_aliases=no}: they count
	 * everywhere.
	 */
	private static final String[] EVERYWHERE_WORDS = { "journey", "freedom", "unity" };

	private static final String[][] CITIES = { { "Omaha", "NE" }, { "Lincoln", "NE" }, { "Austin", "TX" },
			{ "Amarillo", "TX" }, { "Boise", "ID" }, { "Macon", "GA" }, { "Savannah", "GA" }, { "Dayton", "OH" },
			{ "Akron", "OH" }, { "Reno", "NV" }, { "Wichita", "KS" }, { "Topeka", "KS" }, { "Tulsa", "OK" },
			{ "Fargo", "ND" }, { "Helena", "MT" }, { "Billings", "MT" }, { "Salem", "OR" }, { "Eugene", "OR" },
			{ "Albany", "NY" }, { "Dover", "DE" }, { "Camden", "NJ" }, { "Provo", "UT" }, { "Ogden", "UT" },
			{ "Peoria", "IL" }, { "Duluth", "MN" }, { "Spokane", "WA" }, { "Yakima", "WA" }, { "Joplin", "MO" },
			{ "Casper", "WY" }, { "Tucson", "AZ" }, { "Flagstaff", "AZ" }, { "Shreveport", "LA" }, { "Biloxi", "MS" },
			{ "Tupelo", "MS" }, { "Bangor", "ME" }, { "Burlington", "VT" }, { "Concord", "NH" }, { "Hartford", "CT" },
			{ "Scranton", "PA" }, { "Erie", "PA" }, { "Roanoke", "VA" }, { "Durham", "NC" }, { "Charleston", "SC" },
			{ "Knoxville", "TN" }, { "Lexington", "KY" }, { "Pueblo", "CO" }, { "Sioux Falls", "SD" },
			{ "Dubuque", "IA" }, { "Muncie", "IN" }, { "Toledo", "OH" } };

	private static final String[] FIRST_NAMES = { "Maria", "James", "Linh", "Omar", "Priya", "Tomas", "Ines", "Kwame",
			"Yuki", "Dmitri", "Aisha", "Mateo", "Sofia", "Ravi", "Elena", "Jonas" };

	private static final String[] LAST_NAMES = { "Lopez", "Okafor", "Nguyen", "Haddad", "Kowalski", "Tanaka",
			"Ferreira", "Lindqvist", "Mendes", "Osei", "Patel", "Novak", "Ibarra", "Castillo", "Moreau" };

	private static final String[] COMPANIES = { "Northwind Tools", "Bluepeak Logistics", "Carraway Foods",
			"Tessaro Dental", "Quillon Textiles", "Ravelle Media", "Ostrander Farms", "Vantor Plumbing" };

	private static final String[] FILLER = { "Thank you for your continued partnership with our transfer service.",
			"The attached schedule lists the items we processed this week.",
			"Please review the figures and reply if anything looks wrong.",
			"Our operations team will be available during the usual hours.",
			"This message was generated as part of the monthly reconciliation.",
			"Questions about this notice can go to the service desk." };

	private static final Map<String, String> STATE_NAMES = Map.ofEntries(Map.entry("NE", "Nebraska"),
			Map.entry("TX", "Texas"), Map.entry("ID", "Idaho"), Map.entry("GA", "Georgia"), Map.entry("OH", "Ohio"),
			Map.entry("NV", "Nevada"), Map.entry("KS", "Kansas"), Map.entry("OK", "Oklahoma"),
			Map.entry("ND", "North Dakota"), Map.entry("MT", "Montana"), Map.entry("OR", "Oregon"),
			Map.entry("NY", "New York"), Map.entry("DE", "Delaware"), Map.entry("NJ", "New Jersey"),
			Map.entry("UT", "Utah"), Map.entry("IL", "Illinois"), Map.entry("MN", "Minnesota"),
			Map.entry("WA", "Washington"), Map.entry("MO", "Missouri"), Map.entry("WY", "Wyoming"),
			Map.entry("AZ", "Arizona"), Map.entry("LA", "Louisiana"), Map.entry("MS", "Mississippi"),
			Map.entry("ME", "Maine"), Map.entry("VT", "Vermont"), Map.entry("NH", "New Hampshire"),
			Map.entry("CT", "Connecticut"), Map.entry("PA", "Pennsylvania"), Map.entry("VA", "Virginia"),
			Map.entry("NC", "North Carolina"), Map.entry("SC", "South Carolina"), Map.entry("TN", "Tennessee"),
			Map.entry("KY", "Kentucky"), Map.entry("CO", "Colorado"), Map.entry("SD", "South Dakota"),
			Map.entry("IA", "Iowa"), Map.entry("IN", "Indiana"));

	private final Random random;

	private final CorpusIdentifiers identifiers;

	private final Set<String> words = new HashSet<>();

	private final List<CorpusClient> clients = new ArrayList<>();

	private final List<CorpusClient> regular = new ArrayList<>();

	private final List<List<CorpusClient>> groups = new ArrayList<>();

	private final Map<CorpusClient, String> commonWords = new LinkedHashMap<>();

	private final List<CorpusClient> everywhere = new ArrayList<>();

	private final List<List<CorpusClient>> families = new ArrayList<>();

	private final Map<String, LabelledFile> labels = new LinkedHashMap<>();

	private final Map<String, byte[]> contents = new LinkedHashMap<>();

	private LabelledCorpusGenerator(long seed) {
		this.random = new Random(seed);
		this.identifiers = new CorpusIdentifiers(this.random);
	}

	/**
	 * Generate a corpus into a folder: {@code clients.csv} and {@code inventory/}.
	 * @param folder an empty or missing folder
	 * @param seed the random seed
	 * @return the corpus and its truth
	 * @throws UncheckedIOException when a file cannot be written
	 */
	public static LabelledCorpus generate(Path folder, long seed) {
		checkVocabulary();
		LabelledCorpusGenerator generator = new LabelledCorpusGenerator(seed);
		generator.registry();
		generator.identifierFiles();
		generator.namesakeFiles();
		new ReferenceFiles(seed, generator.regular, generator::addReference).generate();
		return generator.write(folder);
	}

	/**
	 * The fixed texts around the mentions never hold a common-word alias: the files use
	 * those words only where the labels say so.
	 */
	private static void checkVocabulary() {
		Set<String> aliases = new HashSet<>();
		for (String[] list : List.of(LISTED_WORDS, MARKED_WORDS, EVERYWHERE_WORDS)) {
			aliases.addAll(List.of(list));
		}
		List<String> texts = new ArrayList<>();
		for (String[] list : List.of(FILLER, FIRST_NAMES, LAST_NAMES, COMPANIES, GROUP_PREFIXES, GROUP_SUFFIXES,
				REGULAR_SUFFIXES)) {
			texts.addAll(List.of(list));
		}
		for (String[] city : CITIES) {
			texts.add(city[0]);
		}
		for (String text : texts) {
			for (String word : text.toLowerCase(Locale.ROOT).split("[^a-z]+")) {
				if (aliases.contains(word)) {
					throw new IllegalStateException("'" + text + "' holds the common-word alias " + word);
				}
			}
		}
	}

	// ---------------------------------------------------------------- registry

	private void registry() {
		for (int i = 0; i < 1760; i++) {
			String w = word();
			String legal = w + " " + pick(REGULAR_SUFFIXES);
			List<String> aliases = (this.random.nextInt(10) < 3) ? List.of(w) : List.of();
			String[] place = (this.random.nextInt(10) < 7) ? pick(CITIES) : new String[] { "", "" };
			CorpusClient client = client(String.format("R%04d", i), legal, aliases, slug(legal), place, "");
			this.regular.add(client);
		}
		Set<String> groupNames = new HashSet<>();
		for (int g = 0; g < 60; g++) {
			String name;
			do {
				name = pick(GROUP_PREFIXES) + " " + pick(GROUP_SUFFIXES);
			}
			while (!groupNames.add(name));
			int size = 2 + this.random.nextInt(3);
			List<String[]> places = distinctStates(size);
			boolean oneUnplaced = this.random.nextInt(5) == 0;
			List<CorpusClient> group = new ArrayList<>();
			for (int m = 0; m < size; m++) {
				String[] place = (oneUnplaced && m == size - 1) ? new String[] { "", "" } : places.get(m);
				String folder = slug(name) + "-" + (place[1].isEmpty() ? "x" + g : place[1].toLowerCase(Locale.ROOT));
				group.add(client(String.format("N%02d%c", g, (char) ('A' + m)), name, List.of(), folder, place, ""));
			}
			this.groups.add(group);
		}
		int n = 0;
		for (String word : LISTED_WORDS) {
			this.commonWords.put(commonWordClient(n++, word, ""), capitalise(word));
		}
		for (String word : MARKED_WORDS) {
			this.commonWords.put(commonWordClient(n++, word, capitalise(word)), capitalise(word));
		}
		for (String word : EVERYWHERE_WORDS) {
			CorpusClient client = commonWordClient(n++, word, "no");
			this.everywhere.add(client);
			this.commonWords.put(client, capitalise(word));
		}
		for (int f = 0; f < 30; f++) {
			String w = word();
			String[] place = pick(CITIES);
			List<CorpusClient> family = new ArrayList<>();
			// folders and domains are single tokens (no separator), so that no name
			// matches inside them
			for (String legal : List.of(w + " Bank", w + " Bank, N.A.", w + " Bank & Trust", w + " Bancorp")) {
				String id = String.format("F%02d%c", f, "BNTC".charAt(family.size()));
				family.add(client(id, legal, List.of(), slug(legal), place, ""));
			}
			this.families.add(family);
		}
	}

	private CorpusClient commonWordClient(int n, String word, String override) {
		if (!override.equals(capitalise(word)) && !CommonWords.contains(word)) {
			throw new IllegalStateException(word + " is not in the shipped word list");
		}
		String w = word();
		String[] place = pick(CITIES);
		String legal = capitalise(word) + " " + w + " Bank";
		return client(String.format("W%02d", n), legal, List.of(capitalise(word)), slug(legal), place, override);
	}

	private CorpusClient client(String id, String legal, List<String> aliases, String slug, String[] place,
			String commonWordAliases) {
		List<String> abas = new ArrayList<>();
		abas.add(this.identifiers.aba());
		if (this.random.nextInt(5) == 0) {
			abas.add(this.identifiers.aba());
		}
		String bic = (this.random.nextBoolean()) ? this.identifiers.bic() : "";
		String lei = (this.random.nextBoolean()) ? this.identifiers.lei() : "";
		CorpusClient client = new CorpusClient(id, legal, aliases, abas, bic, lei, slug + ".example", "clients/" + slug,
				place[0], place[1], commonWordAliases);
		this.clients.add(client);
		return client;
	}

	private List<String[]> distinctStates(int count) {
		List<String[]> places = new ArrayList<>();
		Set<String> states = new HashSet<>();
		while (places.size() < count) {
			String[] place = pick(CITIES);
			if (states.add(place[1])) {
				places.add(place);
			}
		}
		return places;
	}

	/** A new invented word: capitalised, at least five letters, not an English word. */
	private String word() {
		while (true) {
			StringBuilder word = new StringBuilder();
			int syllables = 2 + this.random.nextInt(2);
			for (int i = 0; i < syllables; i++) {
				word.append(pick(SYLLABLES));
			}
			String lower = word.toString();
			if (lower.length() >= 5 && !CommonWords.contains(lower) && this.words.add(lower)) {
				return capitalise(lower);
			}
		}
	}

	/**
	 * A word one letter away from a registered one and registered nowhere: a confusable
	 * name.
	 */
	private String confusable(String registeredWord) {
		String lower = registeredWord.toLowerCase(Locale.ROOT);
		for (int attempt = 0; attempt < 50; attempt++) {
			int at = 1 + this.random.nextInt(lower.length() - 1);
			char replacement = "aeiouy".charAt(this.random.nextInt(6));
			String changed = lower.substring(0, at) + replacement + lower.substring(at + 1);
			if (!changed.equals(lower) && !this.words.contains(changed) && !CommonWords.contains(changed)) {
				this.words.add(changed);
				return capitalise(changed);
			}
		}
		return word();
	}

	private void writeRegistry(Path csv) throws IOException {
		StringBuilder out = new StringBuilder(
				"client_id,legal_name,aliases,bic,aba_routing,lei,email_domains,sftp_folders,city,state,"
						+ "common_word_aliases\n");
		for (CorpusClient client : this.clients) {
			out.append(client.id())
				.append(',')
				.append(csvCell(client.legalName()))
				.append(',')
				.append(String.join("|", client.aliases()))
				.append(',')
				.append(client.bic())
				.append(',')
				.append(String.join("|", client.abas()))
				.append(',')
				.append(client.lei())
				.append(',')
				.append(client.domain())
				.append(',')
				.append(client.folder())
				.append(',')
				.append(client.city())
				.append(',')
				.append(client.state())
				.append(',')
				.append(client.commonWordAliases())
				.append('\n');
		}
		Files.writeString(csv, out, StandardCharsets.UTF_8);
	}

	// ---------------------------------------------------------------- issue 3:
	// identifiers

	private void identifierFiles() {
		for (int i = 0; i < 60; i++) {
			paymentBatch(i);
		}
		for (int i = 0; i < 40; i++) {
			achFile(i);
		}
		for (int i = 0; i < 40; i++) {
			isoXml(i);
		}
		for (int i = 0; i < 20; i++) {
			letter(i);
		}
		for (int i = 0; i < 10; i++) {
			transferLog(i);
		}
		for (int i = 0; i < 20; i++) {
			email(i);
		}
		for (int i = 0; i < 30; i++) {
			decoy(i);
		}
	}

	private void paymentBatch(int n) {
		CorpusClient originator = pick(this.regular);
		Truth truth = Truth.of(originator.id(), Named.ROUTING);
		String path;
		if (this.random.nextBoolean()) {
			path = originator.folder() + "/outbound/payments_" + n + ".csv";
			truth.add(originator.id(), Named.FOLDER_PATH);
		}
		else {
			path = "shared/payments/batch_" + n + ".csv";
		}
		StringBuilder csv = new StringBuilder("payment_id,originator_name,originator_routing,originator_account,"
				+ "beneficiary_name,beneficiary_bank,beneficiary_routing,beneficiary_account,amount,value_date\n");
		int rows = 5 + this.random.nextInt(8);
		for (int r = 0; r < rows; r++) {
			String bank;
			String routing;
			int kind = this.random.nextInt(10);
			if (kind < 5) {
				CorpusClient beneficiary = pick(this.regular);
				bank = beneficiary.legalName();
				routing = pick(beneficiary.abas());
				truth.add(beneficiary.id(), Named.LEGAL_NAME).add(beneficiary.id(), Named.ROUTING);
			}
			else if (kind < 6) {
				// a name inside a longer registered name: only the longer one counts
				CorpusClient trust = pick(this.families).get(2);
				bank = trust.legalName();
				routing = trust.aba();
				truth.add(trust.id(), Named.LEGAL_NAME).add(trust.id(), Named.ROUTING);
			}
			else if (kind < 8) {
				bank = unregisteredBank();
				routing = this.identifiers.aba();
			}
			else {
				bank = unregisteredBank();
				routing = CorpusIdentifiers.badAba(pick(this.regular).aba());
			}
			csv.append("PAY-")
				.append(n)
				.append('-')
				.append(r + 1)
				.append(',')
				.append(company())
				.append(',')
				.append(originator.aba())
				.append(',')
				.append(account())
				.append(',')
				.append(person())
				.append(',')
				.append(csvCell(bank))
				.append(',')
				.append(routing)
				.append(',')
				.append(account())
				.append(',')
				.append(amount())
				.append(",2024-03-")
				.append(10 + this.random.nextInt(18))
				.append('\n');
		}
		add(path, csv.toString(), Part.IDENTIFIERS, Label.CLIENT_EVIDENCE, truth, "");
	}

	private void achFile(int n) {
		CorpusClient odfi = pick(this.regular);
		Truth truth = Truth.of(odfi.id(), Named.ROUTING);
		NachaFile ach = new NachaFile(odfi.aba(), company(), odfi.aba(), "PPD");
		int entries = 3 + this.random.nextInt(8);
		for (int e = 0; e < entries; e++) {
			int kind = this.random.nextInt(10);
			String rdfi;
			if (kind < 5) {
				CorpusClient receiver = pick(this.regular);
				rdfi = pick(receiver.abas());
				truth.add(receiver.id(), Named.ROUTING);
			}
			else if (kind < 7) {
				rdfi = this.identifiers.aba();
			}
			else {
				rdfi = CorpusIdentifiers.badAba(pick(this.regular).aba());
			}
			ach.credit(rdfi, account(), 1000 + this.random.nextInt(500_000), person());
		}
		boolean inFolder = this.random.nextBoolean();
		String path = inFolder ? odfi.folder() + "/outbound/ach/PPD_" + n + ".ach" : "shared/ach/batch_" + n + ".ach";
		if (inFolder) {
			truth.add(odfi.id(), Named.FOLDER_PATH);
		}
		add(path, ach.text(), Part.IDENTIFIERS, Label.CLIENT_EVIDENCE, truth, "");
	}

	private void isoXml(int n) {
		CorpusClient debtorAgent = pickWith(this.regular, (c) -> !c.bic().isEmpty());
		Truth truth = Truth.of(debtorAgent.id(), Named.BIC)
			.add(debtorAgent.id(), Named.ROUTING)
			.add(debtorAgent.id(), Named.LEGAL_NAME);
		String creditorBic;
		String creditorName;
		int kind = this.random.nextInt(10);
		if (kind < 5) {
			CorpusClient creditorAgent = pickWith(this.regular, (c) -> !c.bic().isEmpty());
			creditorBic = creditorAgent.bic() + (this.random.nextBoolean() ? "XXX" : "");
			creditorName = creditorAgent.legalName();
			truth.add(creditorAgent.id(), Named.BIC).add(creditorAgent.id(), Named.LEGAL_NAME);
		}
		else if (kind < 8) {
			creditorBic = this.identifiers.bic();
			creditorName = unregisteredBank();
		}
		else {
			creditorBic = this.identifiers.badBic();
			creditorName = unregisteredBank();
		}
		String lei = "";
		if (this.random.nextInt(3) == 0) {
			CorpusClient holder = pickWith(this.regular, (c) -> !c.lei().isEmpty());
			lei = holder.lei();
			truth.add(holder.id(), Named.LEI);
		}
		else if (this.random.nextBoolean()) {
			lei = CorpusIdentifiers.badLei(pickWith(this.regular, (c) -> !c.lei().isEmpty()).lei());
		}
		String xml = """
				<?xml version="1.0" encoding="UTF-8"?>
				<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.001.001.09">
				  <CstmrCdtTrfInitn>
				    <GrpHdr>
				      <MsgId>MSG-%d</MsgId>
				      <CreDtTm>2024-03-20T09:30:00</CreDtTm>
				      <NbOfTxs>1</NbOfTxs>
				      <InitgPty>
				        <Nm>%s</Nm>
				        <Id><OrgId><LEI>%s</LEI></OrgId></Id>
				      </InitgPty>
				    </GrpHdr>
				    <PmtInf>
				      <PmtInfId>PMT-%d</PmtInfId>
				      <DbtrAgt>
				        <FinInstnId>
				          <BICFI>%s</BICFI>
				          <ClrSysMmbId>
				            <MmbId>%s</MmbId>
				          </ClrSysMmbId>
				          <Nm>%s</Nm>
				        </FinInstnId>
				      </DbtrAgt>
				      <CdtTrfTxInf>
				        <Amt><InstdAmt Ccy="USD">%s</InstdAmt></Amt>
				        <CdtrAgt>
				          <FinInstnId>
				            <BICFI>%s</BICFI>
				            <Nm>%s</Nm>
				          </FinInstnId>
				        </CdtrAgt>
				        <Cdtr>
				          <Nm>%s</Nm>
				        </Cdtr>
				      </CdtTrfTxInf>
				    </PmtInf>
				  </CstmrCdtTrfInitn>
				</Document>
				""".formatted(n, company(), lei, n, debtorAgent.bic(), debtorAgent.aba(), xml(debtorAgent.legalName()),
				amount(), creditorBic, xml(creditorName), person());
		boolean inFolder = this.random.nextBoolean();
		String path = inFolder ? debtorAgent.folder() + "/outbound/pain001_" + n + ".xml"
				: "shared/iso20022/pain001_" + n + ".xml";
		if (inFolder) {
			truth.add(debtorAgent.id(), Named.FOLDER_PATH);
		}
		add(path, xml, Part.IDENTIFIERS, Label.CLIENT_EVIDENCE, truth, "");
	}

	private void letter(int n) {
		CorpusClient sender = pick(this.regular);
		Truth truth = Truth.of(sender.id(), Named.LEGAL_NAME)
			.add(sender.id(), Named.ROUTING)
			.add(sender.id(), Named.BODY_DOMAIN);
		StringBuilder text = new StringBuilder();
		text.append(sender.legalName()).append("\nOperations department\n\nDear customer,\n\n");
		text.append(filler()).append(' ').append(filler()).append("\n\n");
		text.append("Our routing number remains ").append(pick(sender.abas())).append(" for all incoming wires.\n");
		text.append("For questions write to support@").append(sender.domain()).append(".\n");
		if (this.random.nextBoolean()) {
			CorpusClient named = pick(this.regular);
			text.append("Copies of this notice go to ").append(named.legalName()).append(" as agreed.\n");
			truth.add(named.id(), Named.LEGAL_NAME);
		}
		text.append('\n').append(filler()).append("\n\nSincerely,\n").append(person()).append('\n');
		add("shared/letters/notice_" + n + ".txt", text.toString(), Part.IDENTIFIERS, Label.CLIENT_EVIDENCE, truth, "");
	}

	private void transferLog(int n) {
		Truth truth = Truth.none();
		StringBuilder log = new StringBuilder();
		int lines = 10 + this.random.nextInt(20);
		for (int l = 0; l < lines; l++) {
			CorpusClient client = pick(this.regular);
			// the line's path lies in the client's platform folder: a folder reference
			// (issue 13), whatever the notification address
			truth.add(client.id(), Named.FOLDER_REFERENCE);
			String notify;
			int kind = this.random.nextInt(10);
			if (kind < 5) {
				notify = "ops@" + client.domain();
				truth.add(client.id(), Named.BODY_DOMAIN);
			}
			else if (kind < 7) {
				notify = "ops@" + client.domain() + ".evil-mail.net";
			}
			else if (kind < 9) {
				notify = "ops@not" + client.domain();
			}
			else {
				notify = "ops@" + unregisteredBank().toLowerCase(Locale.ROOT).replace(' ', '-') + ".com";
			}
			log.append(String.format(
					"2024-03-%02d 10:%02d:%02d sftpd[%d]: session opened user=svc%d path=/%s/in " + "notify=%s%n",
					1 + l % 28, l % 60, (l * 7) % 60, 4000 + l, l, client.folder(), notify));
		}
		add("logs/transfer_" + n + ".log", log.toString(), Part.IDENTIFIERS, Label.CLIENT_EVIDENCE, truth, "");
	}

	private void email(int n) {
		CorpusClient sender = pick(this.regular);
		CorpusClient beneficiary = pick(this.regular);
		// the sender in the From header and the signature of the message; the
		// beneficiary's routing number in the attachment, a leaf of its own
		Truth truth = Truth.of(sender.id(), Named.HEADER_ADDRESS)
			.add(sender.id(), Named.BODY_DOMAIN)
			.member("wires_" + n + ".csv", beneficiary.id(), Named.ROUTING);
		String attachment = "wire_ref,beneficiary,beneficiary_routing,beneficiary_account,amount\n" + "W" + n + "-1,"
				+ person() + "," + beneficiary.aba() + "," + account() + "," + amount() + "\n" + "W" + n + "-2,"
				+ person() + "," + this.identifiers.aba() + "," + account() + "," + amount() + "\n";
		String encoded = Base64.getMimeEncoder(76, "\r\n".getBytes(StandardCharsets.US_ASCII))
			.encodeToString(attachment.getBytes(StandardCharsets.UTF_8));
		String eml = "From: Wire Operations <wires@" + sender.domain() + ">\r\n"
				+ "To: files@transferhub-vendor.com\r\n" + "Subject: Wire confirmations " + n + "\r\n"
				+ "Date: Fri, 15 Mar 2024 10:00:00 -0500\r\n" + "Message-ID: <m" + n + "@" + sender.domain() + ">\r\n"
				+ "MIME-Version: 1.0\r\n" + "Content-Type: multipart/mixed; boundary=\"part-" + n + "\"\r\n\r\n"
				+ "--part-" + n + "\r\n" + "Content-Type: text/plain; charset=UTF-8\r\n\r\n" + "Hello team,\r\n\r\n"
				+ filler() + "\r\nThe attached file lists today's outgoing wires.\r\n\r\n" + "Regards,\r\n" + person()
				+ "\r\nwires@" + sender.domain() + "\r\n\r\n" + "--part-" + n + "\r\n"
				+ "Content-Type: text/csv; name=\"wires_" + n + ".csv\"\r\n"
				+ "Content-Disposition: attachment; filename=\"wires_" + n + ".csv\"\r\n"
				+ "Content-Transfer-Encoding: base64\r\n\r\n" + encoded + "\r\n" + "--part-" + n + "--\r\n";
		String path = this.random.nextBoolean() ? "shared/mail/FW_wires_" + n + ".eml"
				: sender.folder() + "/inbound/FW_wires_" + n + ".eml";
		if (path.startsWith("clients/")) {
			// the folder holds the message and so its attachment
			truth.add(sender.id(), Named.FOLDER_PATH).member("wires_" + n + ".csv", sender.id(), Named.FOLDER_PATH);
		}
		add(path, eml, Part.IDENTIFIERS, Label.CLIENT_EVIDENCE, truth, "");
	}

	private void decoy(int n) {
		CorpusClient victim = pick(this.regular);
		String w = victim.legalName().substring(0, victim.legalName().indexOf(' '));
		String content;
		String path;
		switch (n % 3) {
			case 0 -> {
				CorpusClient other = pickWith(this.regular, (c) -> !c.lei().isEmpty());
				content = "Rejected items report\n\n" + "Routing " + CorpusIdentifiers.badAba(victim.aba())
						+ " failed validation; the retry used routing " + this.identifiers.aba() + ".\n"
						+ "Correspondent BIC " + this.identifiers.badBic() + " is unknown; BIC "
						+ this.identifiers.bic() + " was used instead.\n" + "LEI "
						+ CorpusIdentifiers.badLei(other.lei()) + " and LEI " + this.identifiers.lei()
						+ " are on file.\n" + "Payment to " + confusable(w) + " "
						+ victim.legalName().substring(w.length() + 1) + " was returned.\n" + "Contact: ops@"
						+ victim.domain() + ".evil-mail.net and billing@not" + victim.domain() + "\n";
				path = "archive/rejects/report_" + n + ".txt";
			}
			case 1 -> {
				StringBuilder csv = new StringBuilder("payee,payee_bank,routing,account,amount\n");
				for (int r = 0; r < 6; r++) {
					String routing = (r % 2 == 0) ? this.identifiers.aba()
							: CorpusIdentifiers.badAba(pick(this.regular).aba());
					csv.append(person())
						.append(',')
						.append(unregisteredBank())
						.append(',')
						.append(routing)
						.append(',')
						.append(account())
						.append(',')
						.append(amount())
						.append('\n');
				}
				content = csv.toString();
				path = "shared/payments/unmatched_" + n + ".csv";
			}
			default -> {
				NachaFile ach = new NachaFile(this.identifiers.aba(), company(), this.identifiers.aba(), "CCD");
				for (int e = 0; e < 4; e++) {
					String rdfi = (e % 2 == 0) ? this.identifiers.aba()
							: CorpusIdentifiers.badAba(pick(this.regular).aba());
					ach.credit(rdfi, account(), 5000 + e, person());
				}
				content = ach.text();
				path = "archive/ach/foreign_" + n + ".ach";
			}
		}
		add(path, content, Part.IDENTIFIERS, Label.DECOY, Truth.none(), "");
	}

	// ---------------------------------------------------------------- issue 10:
	// namesakes

	private void namesakeFiles() {
		for (int i = 0; i < 30; i++) {
			ambiguous(i);
		}
		for (int i = 0; i < 6; i++) {
			ambiguousBetweenPlaces(i);
		}
		for (int i = 0; i < 30; i++) {
			settledByPlace(i);
		}
		for (int i = 0; i < 20; i++) {
			settledByIdentifier(i);
		}
		for (int i = 0; i < 10; i++) {
			settledByFolder(i);
		}
		for (int i = 0; i < 30; i++) {
			commonWordAsWord(i);
		}
		for (int i = 0; i < 24; i++) {
			commonWordAsName(i);
		}
		for (int i = 0; i < 30; i++) {
			nearIdentical(i);
		}
	}

	private void ambiguous(int n) {
		List<CorpusClient> group = pick(this.groups);
		String name = group.get(0).legalName();
		String content;
		String path;
		switch (n % 4) {
			case 0 -> {
				content = "Memo\n\n" + filler() + "\nPlease forward the signed agreement to " + name
						+ " before the end of the month.\n" + filler() + "\n";
				path = "shared/namesakes/memo_" + n + ".txt";
			}
			case 1 -> {
				content = "payee,payee_bank,amount\n" + person() + "," + name + "," + amount() + "\n";
				path = "shared/namesakes/payees_" + n + ".csv";
			}
			case 2 -> {
				// a place near the mention, but of none of the namesakes
				Set<String> states = new HashSet<>(group.stream().map(CorpusClient::state).toList());
				String[] elsewhere = pickWith(List.of(CITIES), (city) -> !states.contains(city[1]));
				content = "Visit log\n\n" + name.toUpperCase(Locale.ROOT) + ", " + elsewhere[0] + ", " + elsewhere[1]
						+ " " + zip() + "\n" + filler() + "\n";
				path = "shared/namesakes/visits_" + n + ".txt";
			}
			default -> {
				content = """
						<?xml version="1.0" encoding="UTF-8"?>
						<Document>
						  <CdtrAgt>
						    <FinInstnId>
						      <Nm>%s</Nm>
						    </FinInstnId>
						  </CdtrAgt>
						  <Cdtr><Nm>%s</Nm></Cdtr>
						</Document>
						""".formatted(xml(name), company());
				path = "shared/namesakes/pacs008_agent_" + n + ".xml";
			}
		}
		add(path, content, Part.NAMESAKES, Label.AMBIGUOUS, Truth.none(), ids(group));
	}

	private void ambiguousBetweenPlaces(int n) {
		List<CorpusClient> group = pickWith(this.groups,
				(g) -> g.stream().filter((c) -> !c.city().isEmpty()).count() >= 2);
		List<CorpusClient> placed = group.stream().filter((c) -> !c.city().isEmpty()).toList();
		String content = "Branch list\n\n" + group.get(0).legalName() + " (branches in " + placed.get(0).place()
				+ " and " + placed.get(1).place() + ")\n\n" + filler() + "\n";
		add("shared/namesakes/branches_" + n + ".txt", content, Part.NAMESAKES, Label.AMBIGUOUS, Truth.none(),
				ids(group));
	}

	private void settledByPlace(int n) {
		Truth truth = Truth.none();
		String content;
		String path;
		switch (n % 4) {
			case 0 -> {
				CorpusClient member = placedMember();
				truth.add(member.id(), Named.NAMESAKE_BY_PLACE);
				content = member.legalName() + "\n" + (100 + this.random.nextInt(900)) + " Main Street\n"
						+ member.place() + " " + zip() + "\n\nDear operations team,\n\n" + filler() + "\n" + filler()
						+ "\n";
				path = "shared/namesakes/letter_" + n + ".txt";
			}
			case 1 -> {
				StringBuilder csv = new StringBuilder("bank_name,city,state,contact\n");
				for (int r = 0; r < 3; r++) {
					CorpusClient member = placedMember();
					truth.add(member.id(), Named.NAMESAKE_BY_PLACE);
					csv.append(member.legalName().contains(",") ? csvCell(member.legalName()) : member.legalName())
						.append(',')
						.append(member.city())
						.append(',')
						.append(member.state())
						.append(',')
						.append(person())
						.append('\n');
				}
				content = csv.toString();
				path = "shared/namesakes/bank_contacts_" + n + ".csv";
			}
			case 2 -> {
				CorpusClient member = placedMember();
				truth.add(member.id(), Named.NAMESAKE_BY_PLACE);
				content = """
						<?xml version="1.0" encoding="UTF-8"?>
						<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pacs.008.001.08">
						  <CdtrAgt>
						    <FinInstnId>
						      <Nm>%s</Nm>
						      <PstlAdr>
						        <TwnNm>%s</TwnNm>
						        <CtrySubDvsn>%s</CtrySubDvsn>
						        <Ctry>US</Ctry>
						      </PstlAdr>
						    </FinInstnId>
						  </CdtrAgt>
						  <Cdtr><Nm>%s</Nm></Cdtr>
						</Document>
						""".formatted(xml(member.legalName()), member.city(), member.state(), company());
				path = "shared/namesakes/pacs008_" + n + ".xml";
			}
			default -> {
				CorpusClient member = placedMember();
				truth.add(member.id(), Named.NAMESAKE_BY_PLACE);
				String where = (n % 8 == 3) ? member.city() : STATE_NAMES.get(member.state());
				content = filler() + "\nThe payment was sent to " + member.legalName() + " in " + where
						+ " on Monday.\n" + filler() + "\n";
				path = "shared/namesakes/note_" + n + ".txt";
			}
		}
		add(path, content, Part.NAMESAKES, Label.SETTLED_BY_PLACE, truth, "");
	}

	private void settledByIdentifier(int n) {
		List<CorpusClient> group = pick(this.groups);
		CorpusClient member = pick(group);
		StringBuilder text = new StringBuilder("Letter from ").append(group.get(0).legalName()).append(".\n\n");
		for (int i = 0; i < 3; i++) {
			text.append(filler()).append('\n');
		}
		if (n % 3 == 2) {
			// the identifier is in another part of the file: an attachment of the e-mail
			String attachment = Base64.getMimeEncoder()
				.encodeToString(
						("account,routing\n" + account() + "," + member.aba() + "\n").getBytes(StandardCharsets.UTF_8));
			String eml = "From: Notices <notices@transferhub-vendor.com>\r\nTo: files@transferhub-vendor.com\r\n"
					+ "Subject: Returned item\r\nMIME-Version: 1.0\r\n" + "Content-Type: multipart/mixed; boundary=\"b"
					+ n + "\"\r\n\r\n--b" + n + "\r\n" + "Content-Type: text/plain; charset=UTF-8\r\n\r\n"
					+ text.toString().replace("\n", "\r\n") + "\r\n--b" + n
					+ "\r\nContent-Type: text/csv; name=\"returns.csv\"\r\n"
					+ "Content-Disposition: attachment; filename=\"returns.csv\"\r\n"
					+ "Content-Transfer-Encoding: base64\r\n\r\n" + attachment + "\r\n--b" + n + "--\r\n";
			add("shared/namesakes/returned_" + n + ".eml", eml, Part.NAMESAKES, Label.SETTLED_BY_IDENTIFIER,
					Truth.of(member.id(), Named.NAMESAKE_BY_IDENTIFIER)
						.member("returns.csv", member.id(), Named.ROUTING),
					"");
			return;
		}
		if (n % 3 == 0) {
			text.append("Routing number for returns: ").append(member.aba()).append('\n');
		}
		else {
			text.append("Send questions to help@").append(member.domain()).append('\n');
		}
		add("shared/namesakes/identified_" + n + ".txt", text.toString(), Part.NAMESAKES, Label.SETTLED_BY_IDENTIFIER,
				Truth.of(member.id(), Named.NAMESAKE_BY_IDENTIFIER)
					.add(member.id(), (n % 3 == 0) ? Named.ROUTING : Named.BODY_DOMAIN),
				"");
	}

	private void settledByFolder(int n) {
		List<CorpusClient> group = pick(this.groups);
		CorpusClient member = pick(group);
		String text = "Notice\n\n" + filler() + "\nThe quarterly fees of " + group.get(0).legalName()
				+ " are due on the first business day.\n";
		add(member.folder() + "/inbound/fees_notice_" + n + ".txt", text, Part.NAMESAKES, Label.SETTLED_BY_FOLDER,
				Truth.of(member.id(), Named.NAMESAKE_BY_IDENTIFIER).add(member.id(), Named.FOLDER_PATH), "");
	}

	private void commonWordAsWord(int n) {
		List<CorpusClient> listed = this.commonWords.keySet()
			.stream()
			.filter((client) -> !this.everywhere.contains(client))
			.toList();
		StringBuilder text = new StringBuilder();
		String heading = this.commonWords.get(pick(listed));
		text.append(heading).append(" Week Schedule\n\n");
		for (int i = 0; i < 4; i++) {
			String word = this.commonWords.get(pick(listed));
			String lower = word.toLowerCase(Locale.ROOT);
			text.append(switch (this.random.nextInt(5)) {
				case 0 -> "Our " + lower + " committee met on Tuesday to plan the spring picnic.";
				case 1 -> word + " was the theme of the staff talk this month.";
				case 2 -> "Everyone agreed that the " + lower + " matters more than speed.";
				case 3 -> word.toUpperCase(Locale.ROOT) + " MONTH CELEBRATION IN THE LOBBY";
				default -> "The photo of the " + lower + " hangs in the lobby near the stairs.";
			}).append('\n');
		}
		if (n % 5 == 4) {
			String word = this.commonWords.get(pick(listed));
			add("shared/newsletters/ticket_sales_" + n + ".csv",
					"buyer,memo,amount\n" + person() + "," + word + " gala tickets," + amount() + "\n", Part.NAMESAKES,
					Label.COMMON_WORD_AS_WORD, Truth.none(), "");
			return;
		}
		add("shared/newsletters/staff_news_" + n + ".txt", text.toString(), Part.NAMESAKES, Label.COMMON_WORD_AS_WORD,
				Truth.none(), "");
	}

	private void commonWordAsName(int n) {
		List<CorpusClient> all = new ArrayList<>(this.commonWords.keySet());
		CorpusClient client = (n % 8 == 7) ? pick(this.everywhere) : pick(all);
		String word = this.commonWords.get(client);
		String content;
		String path = "shared/correspondence/common_" + n + ".txt";
		if (this.everywhere.contains(client)) {
			content = filler() + "\nWe met the " + word.toLowerCase(Locale.ROOT) + " team about the new file layout.\n";
		}
		else {
			switch (n % 4) {
				case 0 -> content = filler() + "\nFunds were moved to " + word + " last week after the review.\n";
				case 1 -> content = filler() + "\nPlease confirm the wire from " + word + " Bank received on Monday.\n";
				case 2 -> {
					content = "payee,bank_name,amount\n" + person() + "," + word + "," + amount() + "\n";
					path = "shared/correspondence/common_" + n + ".csv";
				}
				default -> content = word + " routing details are attached for the transfer.\n" + filler() + "\n";
			}
		}
		add(path, content, Part.NAMESAKES, Label.COMMON_WORD_AS_NAME, Truth.of(client.id(), Named.ALIAS), "");
	}

	private void nearIdentical(int n) {
		Truth truth = Truth.none();
		StringBuilder text = new StringBuilder("Remittance instructions\n\n");
		int mentions = 1 + this.random.nextInt(2);
		for (int m = 0; m < mentions; m++) {
			List<CorpusClient> family = pick(this.families);
			String w = family.get(0).legalName().substring(0, family.get(0).legalName().indexOf(' '));
			int member = this.random.nextInt(4);
			String[] spellings = switch (member) {
				case 0 -> new String[] { w + " Bank" };
				case 1 -> new String[] { w + " Bank, N.A.", w + " Bank N.A.", w + " Bank, National Association",
						w.toUpperCase(Locale.ROOT) + " BANK NA" };
				case 2 -> new String[] { w + " Bank & Trust", w + " Bank and Trust", w + " Bank and Trust" };
				default -> new String[] { w + " Bancorp" };
			};
			truth.add(family.get(member).id(), Named.LEGAL_NAME);
			text.append("Please remit the invoice total to ").append(pick(spellings)).append(" by Friday.\n");
			text.append(filler()).append('\n');
		}
		add("shared/remittance/instructions_" + n + ".txt", text.toString(), Part.NAMESAKES, Label.NEAR_IDENTICAL,
				truth, "");
	}

	private CorpusClient placedMember() {
		return pickWith(pick(this.groups), (c) -> !c.city().isEmpty(), this.groups);
	}

	// ---------------------------------------------------------------- output

	private void add(String path, String content, Part part, Label label, Truth truth, String namesakes) {
		if (this.labels.containsKey(path)) {
			throw new IllegalStateException("Two files at " + path);
		}
		this.labels.put(path, new LabelledFile(part, label, truth.pairs(path), namesakes));
		this.contents.put(path, content.getBytes(StandardCharsets.UTF_8));
	}

	private void addReference(String path, byte[] content, Label label, Truth truth) {
		if (this.labels.containsKey(path)) {
			throw new IllegalStateException("Two files at " + path);
		}
		this.labels.put(path, new LabelledFile(Part.REFERENCES, label, truth.pairs(path), ""));
		this.contents.put(path, content);
	}

	private LabelledCorpus write(Path folder) {
		try {
			Files.createDirectories(folder);
			Path registry = folder.resolve("clients.csv");
			writeRegistry(registry);
			Path inventory = folder.resolve("inventory");
			for (Map.Entry<String, byte[]> file : this.contents.entrySet()) {
				Path target = inventory.resolve(file.getKey());
				Files.createDirectories(target.getParent());
				Files.write(target, file.getValue());
			}
			return new LabelledCorpus(registry, inventory, this.clients, this.labels);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	// ---------------------------------------------------------------- small pieces

	private String unregisteredBank() {
		return word() + " " + pick(REGULAR_SUFFIXES);
	}

	private String person() {
		return pick(FIRST_NAMES) + " " + pick(LAST_NAMES);
	}

	private String company() {
		return pick(COMPANIES);
	}

	private String filler() {
		return pick(FILLER);
	}

	private String account() {
		StringBuilder account = new StringBuilder();
		account.append(1 + this.random.nextInt(9));
		int length = 10 + this.random.nextInt(3);
		while (account.length() < length) {
			account.append(this.random.nextInt(10));
		}
		return account.toString();
	}

	private String amount() {
		return (10 + this.random.nextInt(90_000)) + "." + String.format("%02d", this.random.nextInt(100));
	}

	private String zip() {
		return String.format("%05d", 10_000 + this.random.nextInt(89_000));
	}

	private static String ids(List<CorpusClient> group) {
		return String.join(",", new TreeSet<>(group.stream().map(CorpusClient::id).toList()));
	}

	private static String slug(String name) {
		return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "");
	}

	private static String capitalise(String word) {
		return Character.toUpperCase(word.charAt(0)) + word.substring(1);
	}

	private static String csvCell(String value) {
		return (value.contains(",") || value.contains("\"")) ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
	}

	private static String xml(String value) {
		return value.replace("&", "&amp;").replace("<", "&lt;");
	}

	private <T> T pick(T[] values) {
		return values[this.random.nextInt(values.length)];
	}

	private <T> T pick(List<T> values) {
		return values.get(this.random.nextInt(values.size()));
	}

	private <T> T pickWith(List<T> values, java.util.function.Predicate<T> condition) {
		while (true) {
			T value = pick(values);
			if (condition.test(value)) {
				return value;
			}
		}
	}

	private CorpusClient pickWith(List<CorpusClient> first, java.util.function.Predicate<CorpusClient> condition,
			List<List<CorpusClient>> groups) {
		List<CorpusClient> group = first;
		while (true) {
			List<CorpusClient> fitting = group.stream().filter(condition).toList();
			if (!fitting.isEmpty()) {
				return pick(fitting);
			}
			group = pick(groups);
		}
	}

}
