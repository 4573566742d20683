package com.breachimpact.sample;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * Generates the bundled sample inventory: a small, realistic copy of what left a
 * bank-software vendor's SFTP transfer platform ({@code inventory/}), the registry of the
 * fictional client institutions ({@code clients.csv}) and the table of expected results
 * ({@code EXPECTED.md}). Every byte depends only on this code: fixed seeds, fixed
 * timestamps and no compression.
 *
 * <p>
 * Run {@link #main(String[])} with the output folder (the project's {@code samples}
 * folder) to refresh the committed copy:
 * {@code mvn -q -B test-compile org.codehaus.mojo:exec-maven-plugin:java -Dexec.classpathScope=test
 * -Dexec.mainClass=com.breachimpact.sample.SampleInventoryGenerator -Dexec.args=samples}.
 */
public final class SampleInventoryGenerator {

	/** The folder holding the platform copy, under the output folder. */
	public static final String INVENTORY = "inventory";

	/** The registry file name, under the output folder. */
	public static final String REGISTRY = "clients.csv";

	/** The expected-results file name, under the output folder. */
	public static final String EXPECTED = "EXPECTED.md";

	private static final long SEED = 20240322L;

	private static final String[] FIRST_NAMES = { "James", "Maria", "Robert", "Linda", "Michael", "Patricia", "David",
			"Jennifer", "William", "Elizabeth", "Richard", "Susan", "Joseph", "Jessica", "Thomas", "Sarah", "Carlos",
			"Karen", "Daniel", "Nancy", "Matthew", "Lisa", "Anthony", "Betty", "Mark", "Sandra", "Donald", "Ashley",
			"Steven", "Kimberly", "Andrew", "Donna", "Kenji", "Emily", "Joshua", "Michelle", "Kevin", "Amanda", "Brian",
			"Priya" };

	private static final String[] LAST_NAMES = { "Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller",
			"Davis", "Rodriguez", "Martinez", "Hernandez", "Lopez", "Gonzalez", "Wilson", "Anderson", "Taylor", "Moore",
			"Jackson", "Martin", "Lee", "Perez", "Thompson", "White", "Harris", "Sanchez", "Clark", "Ramirez", "Lewis",
			"Robinson", "Walker", "Young", "Allen", "King", "Wright", "Scott", "Torres", "Nguyen", "Hill", "Flores",
			"Okafor" };

	private static final String[] STREETS = { "Maple Ave", "Oak St", "Cedar Ln", "Elm St", "Pine Rd", "Walnut Dr",
			"Birch Ct", "Lakeview Blvd", "Mill Rd", "Church St", "Ridge Rd", "Sunset Ave" };

	/** Banks that are not clients: receivers and counterparties in the payment files. */
	private static final List<OtherBank> OTHER_BANKS = List.of(
			new OtherBank("Lakeside National Bank", CheckDigits.aba("07100291")),
			new OtherBank("Granite Peak Savings", CheckDigits.aba("22730015")),
			new OtherBank("Tri-County Farmers Bank", CheckDigits.aba("08150663")),
			new OtherBank("Old Mill Federal Credit Union", CheckDigits.aba("25609941")),
			new OtherBank("Bayou State Bank", CheckDigits.aba("06540318")),
			new OtherBank("Redwood Coast Bank", CheckDigits.aba("12120844")));

	private static final String ACH_OPERATOR = CheckDigits.aba("01100001");

	private final Map<String, SampleInstitution> clients = new LinkedHashMap<>();

	private SampleInventoryGenerator() {
		for (SampleInstitution institution : SampleRegistry.institutions()) {
			this.clients.put(institution.clientId(), institution);
		}
	}

	/**
	 * Write the sample inventory, the registry and the expected-results table into a
	 * folder.
	 * @param args the output folder (default {@code samples})
	 * @throws IOException if a file cannot be written
	 */
	public static void main(String[] args) throws IOException {
		Path output = Path.of((args.length > 0) ? args[0] : "samples");
		List<SampleFile> files = generate(output);
		System.out.println("Wrote " + files.size() + " sample files under " + output.resolve(INVENTORY));
	}

	/**
	 * Write {@code inventory/}, {@code clients.csv} and {@code EXPECTED.md} into a
	 * folder, replacing files of the same names but deleting nothing.
	 * @param output the output folder
	 * @return the inventory files written, in path order
	 * @throws IOException if a file cannot be written
	 */
	public static List<SampleFile> generate(Path output) throws IOException {
		List<SampleFile> files = inventory();
		for (SampleFile file : files) {
			Path target = output.resolve(INVENTORY).resolve(file.path());
			Files.createDirectories(target.getParent());
			Files.write(target, file.content());
		}
		Files.writeString(output.resolve(REGISTRY), SampleRegistry.csv(), StandardCharsets.UTF_8);
		Files.writeString(output.resolve(EXPECTED), expectedTable(files), StandardCharsets.UTF_8);
		return files;
	}

	/**
	 * Build the inventory files in memory.
	 * @return the files, in path order
	 */
	static List<SampleFile> inventory() {
		SampleInventoryGenerator generator = new SampleInventoryGenerator();
		List<SampleFile> files = new ArrayList<>(generator.clientFiles());
		files.addAll(generator.sharedFiles());
		files.addAll(generator.archiveFiles());
		files.add(generator.maintenanceLog());
		files.add(generator.transferLog(files));
		files.sort((a, b) -> a.path().compareTo(b.path()));
		return List.copyOf(files);
	}

	private List<SampleFile> clientFiles() {
		List<SampleFile> files = new ArrayList<>();
		files.add(firstHarborAch());
		files.add(firstHarborStatement());
		files.add(firstHarborVendorPayments());
		files.add(prairieGoldPayrollAch());
		files.add(prairieGoldLoanExtract());
		files.add(prairieGoldLetter());
		files.add(keystoneAch());
		files.add(keystonePaymentBatch());
		files.add(cascadeValleyPain001());
		files.add(cascadeValleyDelinquency());
		files.add(bancorpContacts());
		files.add(heritageAch());
		files.add(bluestemEmail());
		files.add(atlanticMeridianPacs008());
		files.add(sierraPinesMonthEnd());
		return files;
	}

	private List<SampleFile> sharedFiles() {
		return List.of(multiClientSettlement(), leiRegister(), holidays(), userGuide(), heritageNewsletter(),
				onboardingChecklist(), routingLookup());
	}

	private List<SampleFile> archiveFiles() {
		return List.of(returnReport(), truncatedStatement(), protectedStatement(), corruptDocx(), emptyUpload());
	}

	// ----------------------------------------------------------------
	// clients/firstharbor

	private SampleFile firstHarborAch() {
		String path = "clients/firstharbor/outbound/ach/FHB_PPD_20240311_01.ach";
		Random random = random(path);
		SampleInstitution fhb = client("FHB");
		AchFileBuilder ach = new AchFileBuilder(ACH_OPERATOR, "REGIONAL ACH OPERATOR", fhb.aba(), "FIRST HARBOR BANK",
				LocalDateTime.of(2024, 3, 11, 16, 42));
		AchFileBuilder.Batch batch = ach.batch("HARBORVIEW MARINE", "1014773261", "PPD", "PAYROLL",
				LocalDate.of(2024, 3, 12), fhb.aba());
		String[] rdfis = { fhb.aba(), fhb.aba(), fhb.aba(), fhb.aba(), client("KMS").aba(), other(0).routing(),
				other(2).routing(), other(4).routing() };
		for (String rdfi : rdfis) {
			batch.entry(22, rdfi, digits(random, 10), 120_000 + random.nextInt(280_000), "EMP" + digits(random, 5),
					person(random));
		}
		return new SampleFile(path, ach.build("\r\n"), List.of("FHB", "KMS"), List.of(), SampleOutcome.EXTRACTS,
				"PPD payroll (CRLF records); ODFI First Harbor; one receiver banks at Keystone Mutual (RDFI routing)");
	}

	private SampleFile firstHarborStatement() {
		String path = "clients/firstharbor/inbound/statements/stmt_202402_acct4471.pdf";
		Random random = random(path);
		return new SampleFile(path, SampleDocuments.pdf("Account statement February 2024", "FHB Statement Services",
				LocalDateTime.of(2024, 3, 1, 6, 0), statementLines(random, client("FHB"), "February 2024"), null),
				List.of("FHB"), List.of(), SampleOutcome.EXTRACTS,
				"PDF statement: name, routing number, e-mail domain, personal account data");
	}

	private SampleFile firstHarborVendorPayments() {
		String path = "clients/firstharbor/outbound/vendor_payments_20240311.csv";
		Random random = random(path);
		StringBuilder csv = new StringBuilder(
				"batch_id,payment_date,payee_name,payee_bank,payee_routing,payee_account,amount,currency,memo\n");
		String[][] payees = { { "Casco Bay Fuel Co", other(0).name(), other(0).routing() },
				{ "Northern Rope & Rigging", other(1).name(), other(1).routing() },
				{ "Pemaquid Ice Supply", client("HCB").legalName(), client("HCB").aba() },
				{ "Atlantic Net Works LLC", other(3).name(), other(3).routing() },
				{ "Harbor Electric Inc", other(5).name(), other(5).routing() } };
		int line = 1;
		for (String[] payee : payees) {
			csv.append("VP-0311-")
				.append(line++)
				.append(",2024-03-11,")
				.append(payee[0])
				.append(',')
				.append(payee[1])
				.append(',')
				.append(payee[2])
				.append(',')
				.append(digits(random, 11))
				.append(',')
				.append(amount(random, 500, 25_000))
				.append(",USD,INV ")
				.append(digits(random, 6))
				.append('\n');
		}
		return new SampleFile(path, ascii(csv), List.of("FHB", "HCB"), List.of(), SampleOutcome.EXTRACTS,
				"CSV payment batch in First Harbor's folder; one payee banks at Heritage Community Bank (routing)");
	}

	// ----------------------------------------------------------------
	// clients/prairiegold

	private SampleFile prairieGoldPayrollAch() {
		String path = "clients/prairiegold/outbound/ach/payroll_20240315.ach";
		Random random = random(path);
		SampleInstitution pgcu = client("PGCU");
		AchFileBuilder ach = new AchFileBuilder(ACH_OPERATOR, "REGIONAL ACH OPERATOR", pgcu.aba(),
				"PRAIRIE GOLD CREDIT UNI", LocalDateTime.of(2024, 3, 14, 18, 5));
		AchFileBuilder.Batch payroll = ach.batch("PLAINSMAN GRAIN", "1470388215", "PPD", "PAYROLL",
				LocalDate.of(2024, 3, 15), pgcu.aba());
		String[] rdfis = { pgcu.aba(), pgcu.aba(), pgcu.aba(), pgcu.aba(), pgcu.aba(), other(2).routing(),
				other(3).routing() };
		for (String rdfi : rdfis) {
			payroll.entry((random.nextInt(4) == 0) ? 32 : 22, rdfi, digits(random, 9), 90_000 + random.nextInt(210_000),
					"E" + digits(random, 6), person(random));
		}
		AchFileBuilder.Batch loans = ach.batch("PRAIRIE GOLD CU", "1470500219", "PPD", "LOAN PMT",
				LocalDate.of(2024, 3, 15), pgcu.aba());
		for (int i = 0; i < 4; i++) {
			loans.entry(27, other(i).routing(), digits(random, 10), 25_000 + random.nextInt(60_000),
					"LN" + digits(random, 8), person(random));
		}
		return new SampleFile(path, ach.build("\n"), List.of("PGCU"), List.of(), SampleOutcome.EXTRACTS,
				"two batches (payroll credits, loan payment debits); ODFI Prairie Gold");
	}

	private SampleFile prairieGoldLoanExtract() {
		String path = "clients/prairiegold/inbound/loan_extract_2024Q1.csv";
		Random random = random(path);
		StringBuilder csv = new StringBuilder("loan_number,member_name,ssn,date_of_birth,street,city,state,zip,"
				+ "original_balance,current_balance,rate,next_due,days_past_due\n");
		String[] cities = { "Omaha", "Lincoln", "Bellevue", "Grand Island", "Kearney", "Council Bluffs" };
		for (int i = 0; i < 24; i++) {
			int original = 5_000 + random.nextInt(45_000);
			csv.append("PG-")
				.append(digits(random, 8))
				.append(',')
				.append(person(random))
				.append(',')
				.append(ssn(random))
				.append(',')
				.append(LocalDate.of(1950 + random.nextInt(50), 1 + random.nextInt(12), 1 + random.nextInt(28)))
				.append(',')
				.append(1 + random.nextInt(9899))
				.append(' ')
				.append(pick(random, STREETS))
				.append(',')
				.append(pick(random, cities))
				.append(',')
				.append((i % 6 == 5) ? "IA" : "NE")
				.append(',')
				.append(68000 + random.nextInt(999))
				.append(',')
				.append(original)
				.append(".00,")
				.append(amount(random, 100, original))
				.append(',')
				.append(String.format(Locale.ROOT, "%.2f", 3.5 + random.nextInt(900) / 100.0))
				.append(",2024-04-")
				.append(String.format(Locale.ROOT, "%02d", 1 + random.nextInt(28)))
				.append(',')
				.append((random.nextInt(5) == 0) ? 30 * (1 + random.nextInt(3)) : 0)
				.append('\n');
		}
		return new SampleFile(path, ascii(csv), List.of("PGCU"), List.of(), SampleOutcome.EXTRACTS,
				"loan extract: member names, SSNs, dates of birth, addresses; attributed by folder only");
	}

	private SampleFile prairieGoldLetter() {
		String path = "clients/prairiegold/inbound/correspondence/member_notice_letter.docx";
		Random random = random(path);
		SampleInstitution pgcu = client("PGCU");
		String member = person(random);
		String account = digits(random, 10);
		List<String> paragraphs = List.of("Prairie Gold Credit Union",
				"4410 Dodge Street, Omaha, NE 68131 - memberservices@" + pgcu.domain(), "March 14, 2024",
				member + "\n" + (100 + random.nextInt(9000)) + " " + pick(random, STREETS) + "\nOmaha, NE 68104",
				"Re: Share draft account " + account, "Dear " + member + ",",
				"We are writing to let you know that the overdraft transfer service on your share draft account "
						+ account + " will move to your savings share on April 15, 2024. Direct deposits should "
						+ "continue to use routing number " + pgcu.aba() + " and your account number above.",
				"If you have questions, reply to memberservices@" + pgcu.domain()
						+ " or call Member Services at 402-555-0187.",
				"Sincerely,", "Dana Whitfield, Member Services Manager");
		return new SampleFile(path,
				SampleDocuments.docx("Member notice", "Prairie Gold Member Services",
						LocalDateTime.of(2024, 3, 14, 10, 30), paragraphs),
				List.of("PGCU"), List.of(), SampleOutcome.EXTRACTS,
				"DOCX letter: name, routing number, e-mail domain, a member's account number");
	}

	// ---------------------------------------------------------------- clients/keystone

	private SampleFile keystoneAch() {
		String path = "clients/keystone/outbound/KMS_CCD_20240318.ach";
		Random random = random(path);
		SampleInstitution kms = client("KMS");
		AchFileBuilder ach = new AchFileBuilder(ACH_OPERATOR, "REGIONAL ACH OPERATOR", kms.aba(),
				"KEYSTONE MUTUAL SAVINGS", LocalDateTime.of(2024, 3, 18, 9, 15));
		AchFileBuilder.Batch batch = ach.batch("SUSQUEHANNA TOOL", "1231907744", "CCD", "VENDOR PAY",
				LocalDate.of(2024, 3, 19), kms.aba());
		long total = 0;
		String[] vendors = { "ALLEGHENY STEEL SUPPLY", "LANCASTER PACKAGING", "YORK FREIGHT LINES",
				"BLUE MOUNTAIN UTIL" };
		for (int i = 0; i < vendors.length; i++) {
			long cents = 150_000 + random.nextInt(900_000);
			total += cents;
			batch.entry(22, other(i + 1).routing(), digits(random, 12), cents, "V" + digits(random, 7), vendors[i]);
		}
		batch.entry(27, kms.aba(), digits(random, 10), total, "OFFSET", "SUSQUEHANNA TOOL & DIE");
		return new SampleFile(path, ach.build("\n"), List.of("KMS"), List.of(), SampleOutcome.EXTRACTS,
				"CCD vendor payments, balanced by an offset debit at Keystone Mutual (service class 200)");
	}

	private SampleFile keystonePaymentBatch() {
		String path = "clients/keystone/outbound/payment_batch_0318.csv";
		Random random = random(path);
		SampleInstitution kms = client("KMS");
		StringBuilder csv = new StringBuilder("payment_id,originator_name,originator_routing,originator_account,"
				+ "beneficiary_name,beneficiary_routing,beneficiary_account,amount,value_date,reference\n");
		String originatorAccount = digits(random, 10);
		for (int i = 0; i < 8; i++) {
			OtherBank bank = other(random.nextInt(OTHER_BANKS.size()));
			csv.append("KMS-0318-")
				.append(String.format(Locale.ROOT, "%04d", i + 1))
				.append(",Susquehanna Tool & Die,")
				.append(kms.aba())
				.append(',')
				.append(originatorAccount)
				.append(',')
				.append(person(random))
				.append(',')
				.append(bank.routing())
				.append(',')
				.append(digits(random, 9))
				.append(',')
				.append(amount(random, 50, 4_000))
				.append(",2024-03-19,REFUND ")
				.append(digits(random, 5))
				.append('\n');
		}
		return new SampleFile(path, ascii(csv), List.of("KMS"), List.of(), SampleOutcome.EXTRACTS,
				"CSV payment batch; originator routing is Keystone Mutual's");
	}

	// ----------------------------------------------------------------
	// clients/cascadevalley, cvbancorp

	private SampleFile cascadeValleyPain001() {
		String path = "clients/cascadevalley/outbound/iso20022/pain001_CVB_20240320.xml";
		Random random = random(path);
		SampleInstitution cvb = client("CVB");
		StringBuilder transactions = new StringBuilder();
		long sum = 0;
		String[] creditors = { "Columbia Basin Cold Storage", "Wenatchee Crate & Bin", "Okanogan Irrigation Supply" };
		for (int i = 0; i < creditors.length; i++) {
			long cents = 80_000 + random.nextInt(2_000_000);
			sum += cents;
			OtherBank bank = other(5 - i);
			transactions.append("""
						<CdtTrfTxInf>
							<PmtId>
								<EndToEndId>ORP-2024-0320-%d</EndToEndId>
							</PmtId>
							<Amt>
								<InstdAmt Ccy="USD">%s</InstdAmt>
							</Amt>
							<CdtrAgt>
								<FinInstnId>
									<ClrSysMmbId>
										<ClrSysId>
											<Cd>USABA</Cd>
										</ClrSysId>
										<MmbId>%s</MmbId>
									</ClrSysMmbId>
									<Nm>%s</Nm>
								</FinInstnId>
							</CdtrAgt>
							<Cdtr>
								<Nm>%s</Nm>
							</Cdtr>
							<CdtrAcct>
								<Id>
									<Othr>
										<Id>%s</Id>
									</Othr>
								</Id>
							</CdtrAcct>
							<RmtInf>
								<Ustrd>Invoice %s</Ustrd>
							</RmtInf>
						</CdtTrfTxInf>
					""".formatted(i + 1, cents(cents), bank.routing(), xml(bank.name()), xml(creditors[i]),
					digits(random, 11), digits(random, 6)));
		}
		String xml = """
				<?xml version="1.0" encoding="UTF-8"?>
				<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.001.001.03">
					<CstmrCdtTrfInitn>
						<GrpHdr>
							<MsgId>CVB-20240320-0007</MsgId>
							<CreDtTm>2024-03-20T09:15:00</CreDtTm>
							<NbOfTxs>%d</NbOfTxs>
							<CtrlSum>%s</CtrlSum>
							<InitgPty>
								<Nm>Orchard Ridge Fruit Packers LLC</Nm>
							</InitgPty>
						</GrpHdr>
						<PmtInf>
							<PmtInfId>ORP-PMT-0320</PmtInfId>
							<PmtMtd>TRF</PmtMtd>
							<NbOfTxs>%d</NbOfTxs>
							<CtrlSum>%s</CtrlSum>
							<ReqdExctnDt>2024-03-21</ReqdExctnDt>
							<Dbtr>
								<Nm>Orchard Ridge Fruit Packers LLC</Nm>
							</Dbtr>
							<DbtrAcct>
								<Id>
									<Othr>
										<Id>%s</Id>
									</Othr>
								</Id>
							</DbtrAcct>
							<DbtrAgt>
								<FinInstnId>
									<BIC>%s</BIC>
									<ClrSysMmbId>
										<ClrSysId>
											<Cd>USABA</Cd>
										</ClrSysId>
										<MmbId>%s</MmbId>
									</ClrSysMmbId>
									<Nm>%s</Nm>
								</FinInstnId>
							</DbtrAgt>
							<ChrgBr>SLEV</ChrgBr>
				%s		</PmtInf>
					</CstmrCdtTrfInitn>
				</Document>
				""".formatted(creditors.length, cents(sum), creditors.length, cents(sum), digits(random, 10),
				cvb.bics().get(0), cvb.aba(), xml(cvb.legalName()), transactions);
		return new SampleFile(path, xml.getBytes(StandardCharsets.UTF_8), List.of("CVB"), List.of(),
				SampleOutcome.EXTRACTS,
				"ISO 20022 pain.001: debtor agent BIC and ClrSysMmbId/MmbId of Cascade Valley Bank, N.A.");
	}

	private SampleFile cascadeValleyDelinquency() {
		String path = "clients/cascadevalley/inbound/delinquency_extract_2024-03.xlsx";
		Random random = random(path);
		SampleInstitution cvb = client("CVB");
		List<List<Object>> rows = new ArrayList<>();
		rows.add(List.of(cvb.legalName() + " - consumer loan delinquency extract, March 2024"));
		rows.add(List.of("loan_number", "borrower", "ssn", "branch", "balance", "days_past_due", "collector"));
		String[] branches = { "Wenatchee Main", "East Wenatchee", "Leavenworth", "Chelan" };
		for (int i = 0; i < 15; i++) {
			rows.add(List.of("CV" + digits(random, 9), person(random), ssn(random), pick(random, branches),
					(5_000 + random.nextInt(40_000)) + random.nextInt(100) / 100.0, 30 * (1 + random.nextInt(4)),
					"collections@" + cvb.domain()));
		}
		Map<String, List<List<Object>>> sheets = new LinkedHashMap<>();
		sheets.put("Delinquency", rows);
		sheets.put("Notes", List.of(List.of("Prepared for the credit committee of " + cvb.legalName()),
				List.of("Routing " + cvb.abaRoutings().get(1) + " (loan servicing)")));
		return new SampleFile(path,
				SampleDocuments.xlsx("Delinquency extract 2024-03", "CVB Collections",
						LocalDateTime.of(2024, 3, 20, 7, 45), sheets),
				List.of("CVB"), List.of(), SampleOutcome.EXTRACTS,
				"XLSX extract: borrower names and SSNs; second routing number of Cascade Valley Bank on sheet 2");
	}

	private SampleFile bancorpContacts() {
		String path = "clients/cvbancorp/inbound/holding_company_contacts.txt";
		SampleInstitution cvbc = client("CVBC");
		String text = """
				Cascade Valley Bancorp - holding company contacts (updated 2024-03-01)
				LEI: %s
				Corporate secretary: Ellen Marsh <ellen.marsh@%s>
				Investor relations: ir@%s
				Subsidiary bank: Cascade Valley Bank, N.A. (see that bank's own folder for operations contacts)
				Board package deliveries go to this folder only; do not copy to the bank's operations folders.
				""".formatted(cvbc.leis().get(0), cvbc.domain(), cvbc.domain());
		return new SampleFile(path, text.getBytes(StandardCharsets.UTF_8), List.of("CVBC"), List.of("CVB"),
				SampleOutcome.EXTRACTS,
				"near-identical names: the holding company (LEI, e-mail domain, folder); the bank is only named");
	}

	// ---------------------------------------------------------------- clients/heritage,
	// bluestem, atlanticmeridian, sierrapines

	private SampleFile heritageAch() {
		String path = "clients/heritage/outbound/HCB_PPD_20240319.ach";
		Random random = random(path);
		SampleInstitution hcb = client("HCB");
		AchFileBuilder ach = new AchFileBuilder(ACH_OPERATOR, "REGIONAL ACH OPERATOR", hcb.aba(),
				"HERITAGE COMMUNITY BANK", LocalDateTime.of(2024, 3, 19, 20, 30));
		AchFileBuilder.Batch batch = ach.batch("HERITAGE CB LOANS", "1580221467", "PPD", "LOAN PYMT",
				LocalDate.of(2024, 3, 20), hcb.aba());
		String[] rdfis = { other(4).routing(), other(4).routing(), other(0).routing(), hcb.aba(), other(2).routing(),
				other(5).routing() };
		for (String rdfi : rdfis) {
			batch.entry(27, rdfi, digits(random, 10), 30_000 + random.nextInt(150_000), "LN" + digits(random, 9),
					person(random));
		}
		return new SampleFile(path, ach.build("\n"), List.of("HCB"), List.of(), SampleOutcome.EXTRACTS,
				"PPD loan payment debits only (service class 225); ODFI Heritage Community Bank");
	}

	private SampleFile bluestemEmail() {
		String path = "clients/bluestem/inbound/FW_wire_confirmations_20240320.eml";
		Random random = random(path);
		SampleInstitution blt = client("BLT");
		SampleInstitution amb = client("AMB");
		StringBuilder wires = new StringBuilder(
				"wire_ref,value_date,beneficiary,beneficiary_bank,beneficiary_routing,beneficiary_account,amount\n");
		String[][] beneficiaries = { { "Flint Hills Ranch Trust", other(2).name(), other(2).routing() },
				{ "Meridian Holdings NY LLC", amb.legalName(), amb.aba() },
				{ "Estate of " + person(random), other(0).name(), other(0).routing() } };
		for (String[] beneficiary : beneficiaries) {
			wires.append("BLT")
				.append(digits(random, 9))
				.append(",2024-03-20,")
				.append(beneficiary[0])
				.append(',')
				.append(beneficiary[1])
				.append(',')
				.append(beneficiary[2])
				.append(',')
				.append(digits(random, 12))
				.append(',')
				.append(amount(random, 10_000, 250_000))
				.append('\n');
		}
		List<String> headers = List.of("Return-Path: <wire.ops@" + blt.domain() + ">",
				"Received: from mail." + blt.domain() + " (mail." + blt.domain() + " [192.0.2.44])",
				"\tby mx.transferhub.example with ESMTPS id 4Vq1Zt2xk9; Wed, 20 Mar 2024 16:42:10 -0500",
				"Date: Wed, 20 Mar 2024 16:42:03 -0500",
				"From: \"Bluestem Trust Wire Operations\" <wire.ops@" + blt.domain() + ">",
				"To: \"TransferHub Support\" <support@transferhub.example>",
				"Subject: FW: Outgoing wire confirmations 2024-03-20",
				"Message-ID: <20240320214203.7731@" + blt.domain() + ">");
		String body = """
				Hello TransferHub team,

				Forwarding today's outgoing wire confirmations as requested; please drop them into our
				inbound folder for the reconciliation job. The file has three wires.

				Regards,
				Marcus Bell
				Wire Operations, Bluestem Trust Company
				wire.ops@%s | 316-555-0119
				""".formatted(blt.domain());
		return new SampleFile(path,
				SampleDocuments.eml(headers, body, "wire_confirmations_20240320.csv", "text/csv",
						wires.toString().getBytes(StandardCharsets.US_ASCII)),
				List.of("AMB", "BLT"), List.of(), SampleOutcome.EXTRACTS,
				"e-mail from Bluestem Trust; the base64 CSV attachment pays a beneficiary at Atlantic Meridian (routing)");
	}

	private SampleFile atlanticMeridianPacs008() {
		String path = "clients/atlanticmeridian/outbound/pacs008_AMRB_20240321.xml";
		Random random = random(path);
		SampleInstitution amb = client("AMB");
		String debtorIban = CheckDigits.iban("GB", "AMRB401276" + digits(random, 8));
		String creditorIban = CheckDigits.iban("DE", "29930000" + digits(random, 10));
		UUID uetr = new UUID((random.nextLong() & ~0xF000L) | 0x4000L,
				(random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L);
		String amount = amount(random, 5_000, 90_000);
		String xml = """
				<?xml version="1.0" encoding="UTF-8"?>
				<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pacs.008.001.08">
					<FIToFICstmrCdtTrf>
						<GrpHdr>
							<MsgId>AMRB20240321-00412</MsgId>
							<CreDtTm>2024-03-21T10:02:44Z</CreDtTm>
							<NbOfTxs>1</NbOfTxs>
							<SttlmInf>
								<SttlmMtd>INDA</SttlmMtd>
							</SttlmInf>
						</GrpHdr>
						<CdtTrfTxInf>
							<PmtId>
								<InstrId>AMRB-I-00412</InstrId>
								<EndToEndId>THAMES-PO-88213</EndToEndId>
								<UETR>%s</UETR>
							</PmtId>
							<IntrBkSttlmAmt Ccy="EUR">%s</IntrBkSttlmAmt>
							<IntrBkSttlmDt>2024-03-21</IntrBkSttlmDt>
							<ChrgBr>SHAR</ChrgBr>
							<InstgAgt>
								<FinInstnId>
									<BICFI>%sXXX</BICFI>
								</FinInstnId>
							</InstgAgt>
							<InstdAgt>
								<FinInstnId>
									<BICFI>RHNLDEFFXXX</BICFI>
								</FinInstnId>
							</InstdAgt>
							<Dbtr>
								<Nm>Thameside Instruments Ltd</Nm>
							</Dbtr>
							<DbtrAcct>
								<Id>
									<IBAN>%s</IBAN>
								</Id>
							</DbtrAcct>
							<DbtrAgt>
								<FinInstnId>
									<BICFI>%s</BICFI>
								</FinInstnId>
							</DbtrAgt>
							<CdtrAgt>
								<FinInstnId>
									<BICFI>RHNLDEFF</BICFI>
									<Nm>Rheinland Handelsbank AG</Nm>
								</FinInstnId>
							</CdtrAgt>
							<Cdtr>
								<Nm>Kessler Feinmechanik GmbH</Nm>
							</Cdtr>
							<CdtrAcct>
								<Id>
									<IBAN>%s</IBAN>
								</Id>
							</CdtrAcct>
							<RmtInf>
								<Ustrd>PO 88213 precision bearings</Ustrd>
							</RmtInf>
						</CdtTrfTxInf>
					</FIToFICstmrCdtTrf>
				</Document>
				""".formatted(uetr, amount, amb.bics().get(1), debtorIban, amb.bics().get(1), creditorIban);
		return new SampleFile(path, xml.getBytes(StandardCharsets.UTF_8), List.of("AMB"), List.of(),
				SampleOutcome.EXTRACTS,
				"ISO 20022 pacs.008: instructing agent BIC AMRBGB2LXXX (branch of AMRBGB2L) and a GB IBAN with bank code AMRB");
	}

	private SampleFile sierraPinesMonthEnd() {
		String path = "clients/sierrapines/outbound/month_end_2024-03.zip";
		Random random = random(path);
		SampleInstitution spfcu = client("SPFCU");
		AchFileBuilder ach = new AchFileBuilder(ACH_OPERATOR, "REGIONAL ACH OPERATOR", spfcu.aba(), "SIERRA PINES FCU",
				LocalDateTime.of(2024, 3, 29, 17, 0));
		AchFileBuilder.Batch batch = ach.batch("SIERRA PINES FCU", "1880456123", "PPD", "DIVIDEND",
				LocalDate.of(2024, 3, 29), spfcu.aba());
		String[] rdfis = { spfcu.aba(), spfcu.aba(), client("PGCU").aba(), other(5).routing() };
		for (String rdfi : rdfis) {
			batch.entry(32, rdfi, digits(random, 9), 1_000 + random.nextInt(40_000), "M" + digits(random, 7),
					person(random));
		}
		StringBuilder summary = new StringBuilder("report,period,members,share_balance,loan_balance\n");
		summary.append("month_end,2024-03,")
			.append(4_000 + random.nextInt(2_000))
			.append(',')
			.append(amount(random, 40_000_000, 60_000_000))
			.append(',')
			.append(amount(random, 20_000_000, 30_000_000))
			.append('\n');
		byte[] notice = SampleDocuments.pdf("Share certificate notice", "Sierra Pines FCU",
				LocalDateTime.of(2024, 3, 29, 12, 0),
				List.of("Sierra Pines Federal Credit Union", "Share certificate maturity notice",
						"Member: " + person(random), "Certificate " + digits(random, 8) + " matures on April 30, 2024.",
						"Questions: certificates@" + spfcu.domain()),
				null);
		Map<String, byte[]> entries = new LinkedHashMap<>();
		entries.put("SPFCU_PPD_20240329.ach", ach.build("\n"));
		entries.put("month_end_summary.csv", ascii(summary));
		entries.put("notices/share_certificate_notice.pdf", notice);
		return new SampleFile(path, SampleDocuments.storedZip(entries), List.of("PGCU", "SPFCU"), List.of(),
				SampleOutcome.EXTRACTS,
				"ZIP of an ACH file, a CSV and a PDF; one dividend goes to a Prairie Gold member (RDFI routing)");
	}

	// ---------------------------------------------------------------- shared

	private SampleFile multiClientSettlement() {
		String path = "shared/settlement/multi_client_settlement_20240322.csv";
		Random random = random(path);
		StringBuilder csv = new StringBuilder("settlement_date,institution,routing_number,net_position,currency\n");
		for (String id : List.of("FHB", "KMS", "HCB")) {
			SampleInstitution client = client(id);
			csv.append("2024-03-22,")
				.append(client.legalName().toUpperCase(Locale.ROOT))
				.append(',')
				.append(client.aba())
				.append(',')
				.append((random.nextBoolean() ? "-" : ""))
				.append(amount(random, 10_000, 900_000))
				.append(",USD\n");
		}
		return new SampleFile(path, ascii(csv), List.of("FHB", "HCB", "KMS"), List.of(), SampleOutcome.EXTRACTS,
				"settlement file shared by three clients: routing numbers and upper-case names");
	}

	private SampleFile leiRegister() {
		String path = "shared/reference/counterparty_lei_register.csv";
		StringBuilder csv = new StringBuilder("lei,legal_name,jurisdiction,status\n");
		for (String id : List.of("CVB", "AMB", "BLT")) {
			SampleInstitution client = client(id);
			csv.append(client.leis().get(0)).append(",\"").append(client.legalName()).append("\",US,ISSUED\n");
		}
		csv.append(CheckDigits.lei("549300RDWC7H2K5Q1M")).append(",\"Redwood Coast Bank\",US,ISSUED\n");
		csv.append(CheckDigits.lei("529900RHNL4H8D2B6T")).append(",\"Rheinland Handelsbank AG\",DE,LAPSED\n");
		return new SampleFile(path, ascii(csv), List.of("AMB", "BLT", "CVB"), List.of(), SampleOutcome.EXTRACTS,
				"LEIs of three clients and of two banks that are not clients");
	}

	private SampleFile holidays() {
		String path = "shared/reference/fed_holidays_2024.csv";
		String csv = """
				date,holiday,ach_settlement
				2024-01-01,New Year's Day,closed
				2024-01-15,Birthday of Martin Luther King Jr.,closed
				2024-02-19,Washington's Birthday,closed
				2024-05-27,Memorial Day,closed
				2024-06-19,Juneteenth National Independence Day,closed
				2024-07-04,Independence Day,closed
				2024-09-02,Labor Day,closed
				2024-10-14,Columbus Day,closed
				2024-11-11,Veterans Day,closed
				2024-11-28,Thanksgiving Day,closed
				2024-12-25,Christmas Day,closed
				""";
		return new SampleFile(path, csv.getBytes(StandardCharsets.US_ASCII), List.of(), List.of(),
				SampleOutcome.EXTRACTS, "reference data, no client");
	}

	private SampleFile userGuide() {
		String path = "shared/docs/platform_user_guide.pdf";
		List<String> lines = List.of("TransferHub Managed SFTP - User Guide, version 3.2",
				"1. Connecting: use sftp.transferhub.example on port 22 with the key pair issued at onboarding.",
				"2. Folders: every institution has an inbound and an outbound folder under clients/.",
				"3. Files older than 30 days are moved to archive/ by the nightly job.",
				"4. Automated notifications are sent from noreply@transferhub.example.",
				"5. Support: support@transferhub.example, Monday to Friday, 8am to 6pm Central.",
				"Example: sftp -i ~/.ssh/id_ed25519 demo_user@sftp.transferhub.example");
		return new SampleFile(path,
				SampleDocuments.pdf("TransferHub user guide", "TransferHub Documentation",
						LocalDateTime.of(2023, 11, 2, 9, 0), lines, null),
				List.of(), List.of(), SampleOutcome.EXTRACTS, "vendor documentation, no client");
	}

	private SampleFile heritageNewsletter() {
		String path = "shared/newsletters/heritage_month_2024.txt";
		String text = """
				TransferHub staff newsletter - March 2024

				Heritage month: this spring we celebrate the heritage of the river towns where our offices began.
				Share a family recipe or a photo of a heritage building for the lobby display by April 5.
				The heritage walk leaves the Main Street office at noon on Friday.
				""";
		return new SampleFile(path, text.getBytes(StandardCharsets.US_ASCII), List.of(), List.of("HCB"), List.of("HCB"),
				SampleOutcome.EXTRACTS,
				"alias trap: the common word \"Heritage\" (an alias of Heritage Community Bank) and nothing else");
	}

	private SampleFile onboardingChecklist() {
		String path = "shared/onboarding/new_client_checklist.docx";
		List<String> paragraphs = List.of("New client onboarding checklist",
				"1. Create the client folder with inbound and outbound sub-folders.",
				"2. Exchange SSH public keys; never send private keys or passwords by e-mail.",
				"3. Register the client's routing numbers, BICs and LEI in the registry.",
				"4. Run a test transfer and confirm receipt with the client's operations team.",
				"5. Schedule the 30-day archive job.");
		return new SampleFile(path,
				SampleDocuments.docx("Onboarding checklist", "TransferHub Operations",
						LocalDateTime.of(2023, 6, 12, 15, 0), paragraphs),
				List.of(), List.of(), SampleOutcome.EXTRACTS, "vendor template, no client");
	}

	private SampleFile routingLookup() {
		String path = "shared/exports/rdfi_routing_lookup.xlsx";
		List<List<Object>> rows = new ArrayList<>();
		rows.add(List.of("routing_number", "institution", "city", "state"));
		for (String id : List.of("FHB", "PGCU", "SPFCU")) {
			SampleInstitution client = client(id);
			rows.add(List.of(client.aba(), client.legalName(), client.city(), client.state()));
		}
		rows.add(List.of(other(0).routing(), other(0).name(), "Evanston", "IL"));
		rows.add(List.of(other(4).routing(), other(4).name(), "Lafayette", "LA"));
		return new SampleFile(path,
				SampleDocuments.xlsx("RDFI routing lookup", "TransferHub Operations",
						LocalDateTime.of(2024, 2, 28, 11, 20), Map.of("Routing", rows)),
				List.of("FHB", "PGCU", "SPFCU"), List.of(), SampleOutcome.EXTRACTS,
				"routing numbers (text cells) of three clients and two other banks");
	}

	// ---------------------------------------------------------------- archive

	private SampleFile returnReport() {
		String path = "archive/2023/ach_return_report_202312.csv";
		Random random = random(path);
		StringBuilder csv = new StringBuilder("return_date,originator,return_code,reason,amount,contact\n");
		String[][] returns = { { "R01", "Insufficient funds" }, { "R03", "No account/unable to locate" },
				{ "R02", "Account closed" } };
		for (String[] item : returns) {
			csv.append("2023-12-")
				.append(String.format(Locale.ROOT, "%02d", 4 + random.nextInt(20)))
				.append(",Keystone Mutual Savings,")
				.append(item[0])
				.append(',')
				.append(item[1])
				.append(',')
				.append(amount(random, 20, 2_000))
				.append(",ach.returns@")
				.append(client("PGCU").domain())
				.append('\n');
		}
		return new SampleFile(path, ascii(csv), List.of("PGCU"), List.of("KMS"), SampleOutcome.EXTRACTS,
				"Keystone Mutual Savings named only; the contact address is a Prairie Gold e-mail domain");
	}

	private SampleFile truncatedStatement() {
		String path = "archive/2023/statement_202311_acct4471_truncated.pdf";
		byte[] full = SampleDocuments.pdf("Account statement November 2023", "FHB Statement Services",
				LocalDateTime.of(2023, 12, 1, 6, 0), statementLines(random(path), client("FHB"), "November 2023"),
				null);
		byte[] truncated = java.util.Arrays.copyOf(full, full.length * 2 / 5);
		return new SampleFile(path, truncated, List.of(), List.of(), SampleOutcome.FAILS,
				"truncated at 40% of " + full.length + " bytes (no xref table, no trailer, content stream cut): "
						+ "Tika 3.3.1 parses it leniently and returns no body text; the raw bytes still hold First "
						+ "Harbor's name and routing number in clear, so only a raw-bytes fallback would find FHB");
	}

	private SampleFile protectedStatement() {
		String path = "archive/locked/statement_keystone_protected.pdf";
		SampleInstitution kms = client("KMS");
		List<String> lines = List.of(kms.legalName(), "Statement for account " + digits(random(path), 10),
				"Routing number " + kms.aba(), "Questions: statements@" + kms.domain());
		return new SampleFile(path,
				SampleDocuments.pdf("Protected statement", "KMS", LocalDateTime.of(2023, 10, 2, 6, 0), lines,
						"Keystone2023!"),
				List.of(), List.of(), SampleOutcome.FAILS,
				"password-protected PDF (RC4 128-bit, user password): content unreadable without the password");
	}

	private SampleFile corruptDocx() {
		String path = "archive/corrupt/board_minutes_final.docx";
		byte[] junk = new byte[6 * 1024];
		random(path).nextBytes(junk);
		return new SampleFile(path, junk, List.of(), List.of(), SampleOutcome.FAILS,
				"6 KiB of random bytes named .docx: not a ZIP/OOXML package");
	}

	private SampleFile emptyUpload() {
		return new SampleFile("archive/empty_upload_20240301.csv", new byte[0], List.of(), List.of(),
				SampleOutcome.EMPTY, "0-byte file (interrupted upload)");
	}

	// ---------------------------------------------------------------- logs

	private SampleFile maintenanceLog() {
		String text = """
				logrotate state -- version 2
				"/var/log/transferhub/sftpd.log" 2024-3-22-0:0:0
				"/var/log/transferhub/notify.log" 2024-3-22-0:0:0
				"/var/log/transferhub/archive-job.log" 2024-3-21-0:0:0
				"/var/log/wtmp" 2024-3-1-0:0:0
				""";
		return new SampleFile("logs/logrotate.status", text.getBytes(StandardCharsets.US_ASCII), List.of(), List.of(),
				SampleOutcome.EXTRACTS, "system file, no client");
	}

	private SampleFile transferLog(List<SampleFile> files) {
		String path = "logs/sftp-transfer.log";
		Random random = random(path);
		String[][] users = { { "FHB", "fhb_ops", "ach.ops" }, { "PGCU", "pgcu_batch", "it.batch" },
				{ "KMS", "kms_treasury", "treasury" }, { "CVB", "cvb_payments", "payments" },
				{ "CVBC", "cvbc_corpsec", "ellen.marsh" }, { "HCB", "hcb_loanops", "loanops" },
				{ "BLT", "blt_wires", "wire.ops" }, { "AMB", "amb_london", "gtb.ops" },
				{ "SPFCU", "spfcu_ops", "operations" } };
		StringBuilder log = new StringBuilder();
		LocalDateTime time = LocalDateTime.of(2024, 3, 21, 22, 0, 3);
		for (String[] user : users) {
			SampleInstitution client = client(user[0]);
			String ip = "203.0.113." + (10 + random.nextInt(200));
			time = time.plusSeconds(60 + random.nextInt(900));
			log.append(time)
				.append("Z INFO  sftpd[")
				.append(2000 + random.nextInt(5000))
				.append("] session opened user=")
				.append(user[1])
				.append(" from=")
				.append(ip)
				.append(" auth=publickey\n");
			for (SampleFile file : files) {
				if (file.path().startsWith(client.folder() + "/") && file.path().contains("/outbound/")) {
					time = time.plusSeconds(1 + random.nextInt(20));
					log.append(time)
						.append("Z INFO  sftpd put user=")
						.append(user[1])
						.append(" path=/")
						.append(file.path())
						.append(" bytes=")
						.append(file.content().length)
						.append('\n');
				}
			}
			time = time.plusSeconds(1 + random.nextInt(30));
			log.append(time)
				.append("Z INFO  notify sent to=")
				.append(user[2])
				.append('@')
				.append(client.domain())
				.append(" folder=")
				.append(client.folder())
				.append(" event=upload-complete\n");
		}
		time = LocalDateTime.of(2024, 3, 22, 3, 2, 11);
		log.append(time)
			.append("Z WARN  sftpd[6613] session opened user=svc_backup from=198.51.100.77 auth=password\n");
		for (SampleFile file : files) {
			time = time.plusSeconds(random.nextInt(3));
			log.append(time)
				.append("Z INFO  sftpd get user=svc_backup path=/")
				.append(file.path())
				.append(" bytes=")
				.append(file.content().length)
				.append('\n');
		}
		log.append(time.plusSeconds(4))
			.append("Z WARN  sftpd[6613] session closed user=svc_backup transferred=")
			.append(files.size())
			.append(" files\n");
		return new SampleFile(path, ascii(log),
				List.of("AMB", "BLT", "CVB", "CVBC", "FHB", "HCB", "KMS", "PGCU", "SPFCU"), List.of(),
				SampleOutcome.EXTRACTS,
				"transfer log: notification e-mail addresses of nine clients; folder paths appear as text only; the "
						+ "svc_backup session is the exfiltration");
	}

	// ---------------------------------------------------------------- EXPECTED.md

	private static String expectedTable(List<SampleFile> files) {
		StringBuilder out = new StringBuilder();
		out.append("# Expected results for the sample inventory\n\n");
		out.append("Generated by `com.breachimpact.sample.SampleInventoryGenerator` (src/test/java) together with\n");
		out.append("`inventory/` and `clients.csv`; `SampleInventoryTests` fails if the committed copy drifts.\n");
		out.append("Do not edit by hand: change the generator, then regenerate from the project folder with\n\n");
		out.append(
				"    mvn -q -B test-compile org.codehaus.mojo:exec-maven-plugin:java -Dexec.classpathScope=test \\\n");
		out.append("        -Dexec.mainClass=com.breachimpact.sample.SampleInventoryGenerator -Dexec.args=samples\n\n");
		out.append("All institutions, people and identifiers are fictional. Identifiers carry valid check digits.\n\n");
		out.append(
				"- **Expected clients**: clients tied to the file by strong evidence: a registered routing number,\n");
		out.append(
				"  BIC (an 8-character BIC covers its 11-character branches), LEI, IBAN bank code or e-mail domain\n");
		out.append(
				"  in the content (attachments and archive members included), or the file lies under the client's\n");
		out.append("  folder.\n");
		out.append("- **Named only**: the legal name or an alias appears, but no strong evidence does. A name\n");
		out.append("  used as a name attributes the file by default (by name only).\n");
		out.append("- **As a word only**: of the named-only clients, those whose name appears only as an ordinary\n");
		out.append("  word, not as a name: never attributed.\n");
		out.append("- **Extraction**: `extracts`, `empty` (0 bytes) or `fails`: the parser throws, or returns no\n");
		out.append("  text from a non-empty file (the notes say which and why).\n\n");
		out.append("| File | Expected clients | Named only | Extraction | As a word only | Notes |\n");
		out.append("|---|---|---|---|---|---|\n");
		for (SampleFile file : files) {
			out.append("| `")
				.append(file.path())
				.append("` | ")
				.append(ids(file.expectedClientIds()))
				.append(" | ")
				.append(ids(file.namedOnly()))
				.append(" | ")
				.append(file.outcome().word())
				.append(" | ")
				.append(ids(file.namedAsWordOnly()))
				.append(" | ")
				.append(file.notes().replace("|", "\\|"))
				.append(" |\n");
		}
		out.append(
				"\nMSBT (Magnolia State Bank & Trust) is in the registry but in no file: it must not be reported.\n");
		return out.toString();
	}

	private static String ids(List<String> ids) {
		return ids.isEmpty() ? "-" : String.join(", ", ids);
	}

	// ---------------------------------------------------------------- helpers

	private List<String> statementLines(Random random, SampleInstitution bank, String period) {
		List<String> lines = new ArrayList<>();
		String account = "2290" + digits(random, 4) + "4471";
		lines.add(bank.legalName().toUpperCase(Locale.ROOT));
		lines.add("120 Commercial Street, " + bank.city() + ", " + bank.state() + " 04101    Member FDIC");
		lines.add("Routing number " + bank.aba());
		lines.add("");
		lines.add("Statement period: " + period);
		lines.add("Account holder: " + person(random));
		lines.add((100 + random.nextInt(9000)) + " " + pick(random, STREETS) + ", South Portland, ME 04106");
		lines.add("Account number: " + account);
		lines.add("");
		lines.add("Date        Description                                Amount        Balance");
		long balance = 250_000 + random.nextInt(900_000);
		lines.add("            Beginning balance                                         " + cents(balance));
		for (int day = 1; day <= 28; day += 1 + random.nextInt(3)) {
			boolean credit = random.nextInt(4) == 0;
			long cents = credit ? 150_000 + random.nextInt(200_000) : 500 + random.nextInt(25_000);
			balance += credit ? cents : -cents;
			String description = credit ? "ACH CREDIT HARBORVIEW MARINE PAYROLL"
					: pick(random, new String[] { "POS PURCHASE HANNAFORD #0412", "CHECK " + (1000 + day),
							"ONLINE TRANSFER TO SAVINGS", "ATM WITHDRAWAL CONGRESS ST", "POS PURCHASE SHELL OIL" });
			lines.add(String.format(Locale.ROOT, "%02d          %-42s %10s %14s", day, description,
					(credit ? "" : "-") + cents(cents), cents(balance)));
		}
		lines.add("            Ending balance                                            " + cents(balance));
		lines.add("");
		lines.add("Questions? Call 1-800-555-0142 or write to statements@" + bank.domain());
		return lines;
	}

	private SampleInstitution client(String id) {
		SampleInstitution client = this.clients.get(id);
		if (client == null) {
			throw new IllegalArgumentException("No sample client " + id);
		}
		return client;
	}

	private static OtherBank other(int index) {
		return OTHER_BANKS.get(index);
	}

	private static Random random(String path) {
		return new Random(SEED ^ path.hashCode());
	}

	private static String person(Random random) {
		return pick(random, FIRST_NAMES) + " " + pick(random, LAST_NAMES);
	}

	private static String pick(Random random, String[] values) {
		return values[random.nextInt(values.length)];
	}

	private static String digits(Random random, int count) {
		StringBuilder digits = new StringBuilder(count);
		digits.append(1 + random.nextInt(9));
		while (digits.length() < count) {
			digits.append(random.nextInt(10));
		}
		return digits.toString();
	}

	/**
	 * A synthetic SSN in valid format: area 001-899 but not 666, group 01-99, serial
	 * 0001-9999.
	 */
	private static String ssn(Random random) {
		int area;
		do {
			area = 1 + random.nextInt(899);
		}
		while (area == 666);
		return String.format(Locale.ROOT, "%03d-%02d-%04d", area, 1 + random.nextInt(99), 1 + random.nextInt(9999));
	}

	private static String amount(Random random, int min, int max) {
		return cents(min * 100L + (long) (random.nextDouble() * (max - min) * 100));
	}

	private static String cents(long cents) {
		long magnitude = Math.abs(cents);
		return ((cents < 0) ? "-" : "") + (magnitude / 100) + "." + String.format(Locale.ROOT, "%02d", magnitude % 100);
	}

	private static String xml(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}

	private static byte[] ascii(CharSequence text) {
		return text.toString().getBytes(StandardCharsets.US_ASCII);
	}

	private record OtherBank(String name, String routing) {
	}

}
