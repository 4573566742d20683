package com.breachimpact.institution;

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
		if (!Lei.isValid(scan.text(), start)) {
			return false;
		}
		String lei = scan.substring(start, end);
		scan.identifier(EvidenceKind.LEI, this.owners.owners(lei), lei, lei, start, line, flags != DIGIT);
		return true;
	}

}
