package com.breachimpact.publiccorpus;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.breachimpact.institution.EvidenceKind;

/**
 * Reads the institutions of a NACHA file from its fixed-width records, as the NACHA
 * operating rules lay them out: file header (type 1) immediate destination (positions
 * 4-13) and immediate origin (14-23), a routing number after a blank or a zero; batch
 * header (type 5) originating DFI (80-87, eight digits, check digit computed); entry
 * detail (type 6) receiving DFI (4-11) with its check digit (12). Only routing numbers
 * passing the check count.
 */
final class NachaTruthReader {

	private NachaTruthReader() {
	}

	static List<Occurrence> read(String leaf, byte[] content) {
		List<Occurrence> found = new ArrayList<>();
		String text = new String(content, StandardCharsets.ISO_8859_1);
		for (String line : text.split("\r\n|\r|\n")) {
			if (line.length() < 94) {
				continue;
			}
			switch (line.charAt(0)) {
				case '1' -> {
					tenCharacterField(leaf, line.substring(3, 13), "nacha:1 immediate destination", found);
					tenCharacterField(leaf, line.substring(13, 23), "nacha:1 immediate origin", found);
				}
				case '5' -> {
					int check = IdentifierChecks.routingCheckDigit(line.substring(79, 87));
					if (check >= 0) {
						add(leaf, line.substring(79, 87) + check, "nacha:5 ODFI", found);
					}
				}
				case '6' -> add(leaf, line.substring(3, 12), "nacha:6 RDFI", found);
				default -> {
				}
			}
		}
		return found;
	}

	private static void tenCharacterField(String leaf, String field, String source, List<Occurrence> found) {
		if (field.charAt(0) == ' ' || field.charAt(0) == '0') {
			add(leaf, field.substring(1), source, found);
		}
	}

	private static void add(String leaf, String routing, String source, List<Occurrence> found) {
		if (IdentifierChecks.isRoutingNumber(routing)) {
			found.add(new Occurrence(leaf, EvidenceKind.ABA_ROUTING, routing, source));
		}
	}

}
