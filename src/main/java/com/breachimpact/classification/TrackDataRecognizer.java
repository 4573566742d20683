package com.breachimpact.classification;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.breachimpact.protection.Masking;

/**
 * Recognizes magnetic stripe data: track 1 ({@code %B<pan>^NAME^YYMM...?}) and track 2
 * ({@code ;<pan>=YYMM...?}), where the PAN must pass
 * {@link PaymentCardRecognizer#isValid(String)} and the expiry month must be 01-12. The
 * end sentinel raises confidence but is not required. Findings carry
 * {@link SensitiveCategory#TRACK_DATA}; the canonical value is the PAN, and the
 * cardholder name and discretionary data are dropped. The PAN inside the track is also
 * reported as a card number by {@link PaymentCardRecognizer}.
 */
public final class TrackDataRecognizer implements SensitiveDataRecognizer {

	private static final Pattern TRACK = Pattern
		.compile("%B([0-9]{13,19})\\^[^^\\r\\n]{2,26}\\^([0-9]{4})[^?\\r\\n%;]{0,79}(\\?)?"
				+ "|;([0-9]{13,19})=([0-9]{4})[0-9]{0,40}(\\?)?");

	private static final int MAX_TRACK = 200;

	private final FindingEmitter emitter;

	/**
	 * A recognizer.
	 * @param emitter hashes values and applies the confidence floor
	 */
	public TrackDataRecognizer(FindingEmitter emitter) {
		this.emitter = emitter;
	}

	@Override
	public void scan(ScanText text, FindingSink sink) {
		CharSequence chars = text.text();
		Matcher matcher = TRACK.matcher(chars);
		matcher.useTransparentBounds(true);
		int length = chars.length();
		for (int i = 0; i + 1 < length; i++) {
			char c = chars.charAt(i);
			char next = chars.charAt(i + 1);
			if (!((c == '%' && next == 'B') || (c == ';' && next >= '0' && next <= '9'))) {
				continue;
			}
			matcher.region(i, Math.min(length, i + MAX_TRACK));
			if (!matcher.lookingAt()) {
				continue;
			}
			i = matcher.end() - 1;
			boolean trackOne = matcher.group(1) != null;
			String pan = trackOne ? matcher.group(1) : matcher.group(4);
			String expiry = trackOne ? matcher.group(2) : matcher.group(5);
			boolean endSentinel = (trackOne ? matcher.group(3) : matcher.group(6)) != null;
			int month = Integer.parseInt(expiry, 2, 4, 10);
			if (month < 1 || month > 12 || !PaymentCardRecognizer.isValid(pan)) {
				continue;
			}
			this.emitter.emit(sink, text, SensitiveCategory.TRACK_DATA, pan, Masking.lastFour(pan), matcher.start(),
					endSentinel ? 0.95 : 0.85, null);
		}
	}

}
