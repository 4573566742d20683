package com.breachimpact.classification;

import java.util.List;

/**
 * A small NACHA file written by hand: a PPD batch of three entries (the first and third
 * to the same account of the same person) and one addenda record.
 */
public final class NachaFixture {

	static final List<String> LINES = List.of(
			"101 021000021 1221051552501020930A094101JPMORGAN CHASE         ACME PAYROLL SERVICES          ",
			"5200ACME PAYROLL                        1234567890PPDPAYROLL   250102250103   1122105150000001",
			"622021000021123456789012     0000150000EMP001         JANE Q DOE              1122105150000001",
			"705PAYROLL NOTE CONTACT jane.doe@mailbox.org                                       00010000001",
			"6220110000159876543210       0000250075EMP002         JOHN SMITH              0122105150000002",
			"632021000021123456789012     0000001000EMP001         JANE Q DOE              0122105150000003",
			"820000000300053100030000000000000000004010751234567890                         122105150000001",
			"9000001000001000000030005310003000000000000000000401075                                       ");

	public static final String LF = String.join("\n", LINES) + "\n";

	static final String CRLF = String.join("\r\n", LINES) + "\r\n";

	static final String SINGLE_LINE = String.join("", LINES);

	private NachaFixture() {
	}

}
