package com.breachimpact.institution;

import static com.breachimpact.institution.TextScan.isDigit;

import com.breachimpact.protection.Masking;

/**
 * ABA routing numbers: nine-digit tokens that are not part of a longer number (so the
 * {@code <ClrSysMmbId><MmbId>} values of ISO 20022 XML too) nor the integer part of an
 * amount ({@code 123456789.50}, {@code 123456789,50}), and the routing numbers of NACHA
 * records (94 characters a line): the file header's immediate destination and origin, the
 * batch header's ODFI (check digit computed) and the entry detail's RDFI. A routing
 * number read from a NACHA record is not reported again as a token.
 */
final class AbaRoutingRecognizer implements InstitutionRecognizer, InstitutionRecognizer.Reader {

	private static final int NACHA_RECORD = 94;

	private final OwnerIndex owners;

	AbaRoutingRecognizer(ClientRegistry registry) {
		this.owners = OwnerIndex.of(registry, Client::abaRoutings);
	}

	@Override
	public Reader open(TextScan scan) {
		return this;
	}

	@Override
	public boolean readsTokens(int length) {
		return length == 9;
	}

	@Override
	public boolean readsLineStarts() {
		return true;
	}

	@Override
	public boolean token(TextScan scan, int start, int end, int flags, int line) {
		if (flags != DIGIT) {
			return false;
		}
		CharSequence text = scan.text();
		// the fraction of a decimal number (12.345678901) or the integer part of an
		// amount (123456789.50, 123456789,50) does not count; a comma between digit
		// runs is a field separator here, since nine digits are never a thousands group
		if (start >= 2 && text.charAt(start - 1) == '.' && isDigit(text.charAt(start - 2))) {
			return true;
		}
		if (end + 1 < scan.length() && isDigit(text.charAt(end + 1))) {
			char separator = text.charAt(end);
			if (separator == '.' || (separator == ',' && isDecimalFraction(scan, end + 1))) {
				return true;
			}
		}
		if (!scan.isClaimed(start)) {
			char[] aba = scan.chars(start, end);
			if (AbaRoutingNumber.isValid(aba, 0)) {
				report(scan, aba, start, line);
			}
		}
		return true;
	}

	/**
	 * Whether two digits start at {@code at} and end the number: no further digit follows
	 * them, nor a decimal point or comma with a digit after it ({@code ,55.10} and
	 * {@code ,55,3} are fields of their own, not the fraction of an amount).
	 */
	private static boolean isDecimalFraction(TextScan scan, int at) {
		CharSequence text = scan.text();
		int length = scan.length();
		if (at + 1 >= length || !isDigit(text.charAt(at)) || !isDigit(text.charAt(at + 1))) {
			return false;
		}
		int after = at + 2;
		if (after == length) {
			return true;
		}
		char next = text.charAt(after);
		if (isDigit(next)) {
			return false;
		}
		return !((next == '.' || next == ',') && after + 1 < length && isDigit(text.charAt(after + 1)));
	}

	@Override
	public void lineStart(TextScan scan, int p, int line) {
		CharSequence text = scan.text();
		int length = scan.length();
		if (p + NACHA_RECORD > length) {
			return;
		}
		char type = text.charAt(p);
		if (type != '1' && type != '5' && type != '6') {
			return;
		}
		if (p + NACHA_RECORD < length) {
			char after = text.charAt(p + NACHA_RECORD);
			if (after != '\n' && after != '\r') {
				return;
			}
		}
		if (type == '1') {
			// record type 1, priority code 01, immediate destination b + 9 digits
			if (text.charAt(p + 1) == '0' && text.charAt(p + 2) == '1' && text.charAt(p + 3) == ' ') {
				char[] destination = scan.chars(p + 4, p + 13);
				if (AbaRoutingNumber.isValid(destination, 0)) {
					report(scan, destination, p + 4, line);
					scan.claim(p + 4);
				}
			}
			// immediate origin: a routing number after a blank or a zero (otherwise a
			// company identifier); the file creation date runs into it
			char origin = text.charAt(p + 13);
			if (origin == ' ' || origin == '0') {
				char[] routing = scan.chars(p + 14, p + 23);
				if (AbaRoutingNumber.isValid(routing, 0)) {
					report(scan, routing, p + 14, line);
				}
			}
		}
		else if (type == '5') {
			// service class code 2xx, standard entry class code of three letters, ODFI
			// of 8 digits
			if (text.charAt(p + 1) == '2' && isDigit(text.charAt(p + 2)) && isDigit(text.charAt(p + 3))
					&& isUpperRange(text, p + 50, p + 53)) {
				char[] aba = scan.chars(p + 79, p + 88);
				int check = AbaRoutingNumber.checkDigit(aba, 0);
				if (check >= 0) {
					aba[8] = (char) ('0' + check);
					if (AbaRoutingNumber.isValid(aba, 0)) {
						report(scan, aba, p + 79, line);
					}
				}
			}
		}
		else if (isDigit(text.charAt(p + 1)) && isDigit(text.charAt(p + 2))) {
			char[] rdfi = scan.chars(p + 3, p + 12);
			if (AbaRoutingNumber.isValid(rdfi, 0)) {
				report(scan, rdfi, p + 3, line);
			}
		}
	}

	/** A valid routing number, held in {@code aba[0, 9)}. */
	private void report(TextScan scan, char[] aba, int offset, int line) {
		int entry = this.owners.find(aba, 0, 9);
		if (entry >= 0) {
			scan.evidence(this.owners.owners(entry), EvidenceKind.ABA_ROUTING, this.owners.masked(entry), offset, line);
		}
		else if (!scan.reportedUnknown(EvidenceKind.ABA_ROUTING, aba, 0, 9)) {
			scan.unknown(EvidenceKind.ABA_ROUTING, aba, 0, 9, Masking.lastFour(aba, 0, 9));
		}
	}

	private static boolean isUpperRange(CharSequence text, int from, int to) {
		for (int i = from; i < to; i++) {
			char c = text.charAt(i);
			if (c < 'A' || c > 'Z') {
				return false;
			}
		}
		return true;
	}

}
