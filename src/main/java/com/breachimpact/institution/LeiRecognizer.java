package com.breachimpact.institution;

import com.breachimpact.protection.Masking;

/**
 * LEIs: 20-character tokens with valid check digits. An all-digit LEI no client has is
 * not reported as unknown (such numbers are too often something else).
 */
final class LeiRecognizer implements InstitutionRecognizer, InstitutionRecognizer.Reader {

	private static final int LEI_LENGTH = 20;

	private final OwnerIndex owners;

	LeiRecognizer(ClientRegistry registry) {
		this.owners = OwnerIndex.of(registry, Client::leis);
	}

	@Override
	public Reader open(TextScan scan) {
		return this;
	}

	@Override
	public boolean readsTokens(int length) {
		return length == LEI_LENGTH;
	}

	@Override
	public boolean token(TextScan scan, int start, int end, int flags, int line) {
		char[] lei = scan.chars(start, end);
		if (!Lei.isValid(lei, 0)) {
			return false;
		}
		int entry = this.owners.find(lei, 0, LEI_LENGTH);
		if (entry >= 0) {
			scan.evidence(this.owners.owners(entry), EvidenceKind.LEI, this.owners.masked(entry), start, line);
		}
		else if (flags != DIGIT && !scan.reportedUnknown(EvidenceKind.LEI, lei, 0, LEI_LENGTH)) {
			scan.unknown(EvidenceKind.LEI, lei, 0, LEI_LENGTH, Masking.lastFour(lei, 0, LEI_LENGTH));
		}
		return true;
	}

}
