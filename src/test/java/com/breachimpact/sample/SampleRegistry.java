package com.breachimpact.sample;

import java.util.List;

/**
 * The ten fictional institutions of the bundled sample registry. Routing numbers, LEIs
 * and IBANs get their check digits computed here.
 */
final class SampleRegistry {

	private SampleRegistry() {
	}

	/**
	 * The registry, in file order.
	 * @return the institutions
	 */
	static List<SampleInstitution> institutions() {
		return List.of(new SampleInstitution("FHB", "First Harbor Bank", List.of("First Harbor"), List.of("FHRBUS33"),
				List.of(CheckDigits.aba("01120457")), List.of(CheckDigits.lei("549300FHRB4Q2M0XK7")),
				List.of("firstharbor-bank.example"), List.of("clients/firstharbor"), List.of(), "Portland", "ME"),
				new SampleInstitution("PGCU", "Prairie Gold Credit Union", List.of("Prairie Gold CU", "Prairie Gold"),
						List.of(), List.of(CheckDigits.aba("30401186")), List.of(CheckDigits.lei("549300PG7CU1N8ZT3W")),
						List.of("prairiegoldcu.example"), List.of("clients/prairiegold"), List.of(), "Omaha", "NE"),
				new SampleInstitution("KMS", "Keystone Mutual Savings", List.of("Keystone Mutual"), List.of("KYMSUS3P"),
						List.of(CheckDigits.aba("23137702")), List.of(CheckDigits.lei("254900KMS5V2D1LQ9R")),
						List.of("keystonemutual.example"), List.of("clients/keystone"), List.of(), "Harrisburg", "PA"),
				new SampleInstitution("CVB", "Cascade Valley Bank, N.A.", List.of("Cascade Valley Bank"),
						List.of("CVBNUS6S"), List.of(CheckDigits.aba("12510384"), CheckDigits.aba("12510397")),
						List.of(CheckDigits.lei("549300CVBNA6W4T2HJ")), List.of("cascadevalleybank.example"),
						List.of("clients/cascadevalley"), List.of(), "Wenatchee", "WA"),
				new SampleInstitution("CVBC", "Cascade Valley Bancorp", List.of("CV Bancorp"), List.of(), List.of(),
						List.of(CheckDigits.lei("549300CVBC0RP8M5XE")), List.of("cvbancorp.example"),
						List.of("clients/cvbancorp"), List.of(), "Wenatchee", "WA"),
				new SampleInstitution("HCB", "Heritage Community Bank", List.of("Heritage", "Heritage CB"),
						List.of("HRCBUS3A"), List.of(CheckDigits.aba("06120928")),
						List.of(CheckDigits.lei("254900HCB3T7Y1QW6P")), List.of("heritagecb.example"),
						List.of("clients/heritage"), List.of(), "Macon", "GA"),
				new SampleInstitution("BLT", "Bluestem Trust Company", List.of("Bluestem Trust"), List.of("BLSTUS4W"),
						List.of(CheckDigits.aba("10114473")), List.of(CheckDigits.lei("549300BLSTM2K9D4VC")),
						List.of("bluestemtrust.example"), List.of("clients/bluestem"), List.of(), "Wichita", "KS"),
				new SampleInstitution("AMB", "Atlantic Meridian Bank", List.of("Atlantic Meridian", "AMB London"),
						List.of("AMRBUS33", "AMRBGB2L"), List.of(CheckDigits.aba("02600972")),
						List.of(CheckDigits.lei("213800AMRB5G1LN7QZ")),
						List.of("atlanticmeridian.example", "amb-london.example"), List.of("clients/atlanticmeridian"),
						List.of("GB:AMRB"), "New York", "NY"),
				new SampleInstitution("SPFCU", "Sierra Pines Federal Credit Union",
						List.of("Sierra Pines FCU", "Sierra Pines"), List.of(), List.of(CheckDigits.aba("32125518")),
						List.of(CheckDigits.lei("549300SPFCU8R2J6NB")), List.of("sierrapinesfcu.example"),
						List.of("clients/sierrapines"), List.of(), "Reno", "NV"),
				new SampleInstitution("MSBT", "Magnolia State Bank & Trust", List.of("Magnolia State Bank"),
						List.of("MGSBUS4J"), List.of(CheckDigits.aba("06531190")),
						List.of(CheckDigits.lei("549300MAGN1S4B7T2R")), List.of("magnoliastatebank.example"),
						List.of("clients/magnolia"), List.of(), "Jackson", "MS"));
	}

	/**
	 * The registry as CSV text: the header and one line per institution, {@code \n}
	 * terminated.
	 * @return the CSV text
	 */
	static String csv() {
		StringBuilder csv = new StringBuilder(SampleInstitution.CSV_HEADER).append('\n');
		for (SampleInstitution institution : institutions()) {
			csv.append(institution.csvLine()).append('\n');
		}
		return csv.toString();
	}

}
