package com.breachimpact.classification;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognizes access tokens of well-known shapes: AWS access key ids
 * ({@code AKIA}/{@code ASIA} + 16), GitHub tokens ({@code ghp_}, {@code gho_},
 * {@code ghu_}, {@code ghs_}, {@code ghr_}, {@code github_pat_}), Slack tokens
 * ({@code xoxb-}, {@code xoxa-}, {@code xoxp-}, {@code xoxr-}, {@code xoxs-}), Stripe
 * live keys ({@code sk_live_}, {@code rk_live_}) and JSON web tokens
 * ({@code eyJ...}{@code .eyJ...}{@code .sig}). Findings carry
 * {@link SensitiveCategory#API_TOKEN}, masked as the kind of token with the account and
 * host its line names ({@link CredentialLabel}); the canonical value is the token.
 */
public final class ApiTokenRecognizer implements SensitiveDataRecognizer {

	private static final Pattern TOKEN = Pattern.compile("(?<![A-Za-z0-9_])(?:((?:AKIA|ASIA)[0-9A-Z]{16})"
			+ "|(gh[pousr]_[A-Za-z0-9]{36,251}|github_pat_[A-Za-z0-9_]{22,255})" + "|(xox[abprs]-[A-Za-z0-9-]{10,250})"
			+ "|((?:sk|rk)_live_[A-Za-z0-9]{16,247})"
			+ "|(eyJ[A-Za-z0-9_-]{8,4096}\\.eyJ[A-Za-z0-9_-]{8,8192}\\.[A-Za-z0-9_-]{0,4096}))(?![A-Za-z0-9_])");

	private static final String[] KINDS = { "aws access key id", "github token", "slack token", "stripe key",
			"json web token" };

	private static final double[] CONFIDENCE = { 0.9, 0.95, 0.9, 0.95, 0.85 };

	private static final int MAX_TOKEN = 17_000;

	private final FindingEmitter emitter;

	/**
	 * A recognizer.
	 * @param emitter hashes values and applies the confidence floor
	 */
	public ApiTokenRecognizer(FindingEmitter emitter) {
		this.emitter = emitter;
	}

	@Override
	public void scan(ScanText text, FindingSink sink) {
		CharSequence chars = text.text();
		Matcher matcher = TOKEN.matcher(chars);
		matcher.useTransparentBounds(true);
		int length = chars.length();
		for (int i = 0; i < length; i++) {
			if (!mayStartToken(chars, i)) {
				continue;
			}
			matcher.region(i, Math.min(length, i + MAX_TOKEN));
			if (!matcher.lookingAt()) {
				continue;
			}
			i = matcher.end() - 1;
			for (int g = 1; g <= KINDS.length; g++) {
				if (matcher.group(g) != null) {
					String masked = CredentialContext.of(text, matcher.start()).label(KINDS[g - 1]).masked();
					this.emitter.emit(sink, text, SensitiveCategory.API_TOKEN, matcher.group(g), masked,
							matcher.start(), CONFIDENCE[g - 1], null);
					break;
				}
			}
		}
	}

	private static boolean mayStartToken(CharSequence chars, int i) {
		char c = chars.charAt(i);
		if (c != 'A' && c != 'g' && c != 'x' && c != 's' && c != 'r' && c != 'e') {
			return false;
		}
		if (i > 0) {
			char before = chars.charAt(i - 1);
			if (Character.isLetterOrDigit(before) || before == '_') {
				return false;
			}
		}
		return switch (c) {
			case 'A' -> ScanText.startsWith(chars, i, "AKIA") || ScanText.startsWith(chars, i, "ASIA");
			case 'g' -> ScanText.startsWith(chars, i, "gh") || ScanText.startsWith(chars, i, "github_pat_");
			case 'x' -> ScanText.startsWith(chars, i, "xox");
			case 's' -> ScanText.startsWith(chars, i, "sk_live_");
			case 'r' -> ScanText.startsWith(chars, i, "rk_live_");
			default -> ScanText.startsWith(chars, i, "eyJ");
		};
	}

}
