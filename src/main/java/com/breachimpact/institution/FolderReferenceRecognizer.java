package com.breachimpact.institution;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A client's registered platform folder named inside a text: a transfer log line
 * ({@code op=PUT path=/clients/acme/archive/x.dat}), a configuration file, an e-mail, a
 * Windows path ({@code \\clients\\acme\\x}). Read around each {@code /} and {@code \}:
 * the path there (letters, digits, {@code - _ . ~ $} and separators, at most
 * {@value #LONGEST_PATH} characters either side) is cut into segments, and every run of
 * whole segments is looked up among the folders as {@link InstitutionMatcher#matchPath}
 * does ({@link PlatformFolders}: separators and case folded, boundaries kept, so
 * {@code clients/acme} is not found in {@code /clients/acme-texas/x}). The folder may
 * start anywhere in the path ({@code /srv/sftp/clients/acme/x}). Each mention gives one
 * {@link EvidenceKind#FOLDER_REFERENCE} per owner, with the folder as registered as value
 * and the offset of its first segment. Folders with spaces in a segment are not found in
 * text.
 */
final class FolderReferenceRecognizer implements InstitutionRecognizer {

	private static final int LONGEST_PATH = 1024;

	private final PlatformFolders folders;

	FolderReferenceRecognizer(PlatformFolders folders) {
		this.folders = folders;
	}

	@Override
	public String triggers() {
		return this.folders.isEmpty() ? "" : "/\\";
	}

	@Override
	public Reader open(TextScan scan) {
		return new PathReader();
	}

	/** Whether a character belongs to a path in text. */
	private static boolean isPathCharacter(char c) {
		return Character.isLetterOrDigit(c) || isSeparator(c) || c == '-' || c == '_' || c == '.' || c == '~'
				|| c == '$';
	}

	private static boolean isSeparator(char c) {
		return c == '/' || c == '\\';
	}

	/** The paths of one text: each read once, from its first separator. */
	private final class PathReader implements Reader {

		/** End of the last path read. */
		private int readUntil;

		@Override
		public void trigger(TextScan scan, int offset, int line) {
			if (offset < this.readUntil) {
				return;
			}
			CharSequence text = scan.text();
			int from = offset;
			while (from > 0 && offset - from < LONGEST_PATH && isPathCharacter(text.charAt(from - 1))) {
				from--;
			}
			int to = offset + 1;
			while (to < scan.length() && to - offset < LONGEST_PATH && isPathCharacter(text.charAt(to))) {
				to++;
			}
			this.readUntil = to;
			List<String> segments = new ArrayList<>();
			List<Integer> starts = new ArrayList<>();
			int start = from;
			for (int i = from; i <= to; i++) {
				if (i == to || isSeparator(text.charAt(i))) {
					String segment = scan.substring(start, i).toLowerCase(Locale.ROOT);
					if (!segment.isEmpty() && !segment.equals(".")) {
						segments.add(segment);
						starts.add(start);
					}
					start = i + 1;
				}
			}
			for (int first = 0; first < segments.size(); first++) {
				if (FolderReferenceRecognizer.this.folders.startsFolder(segments.get(first))) {
					lookUp(scan, segments, first, starts.get(first), line);
				}
			}
		}

		/** Every folder made of the segments from {@code first} on. */
		private void lookUp(TextScan scan, List<String> segments, int first, int offset, int line) {
			StringBuilder key = new StringBuilder();
			int last = Math.min(segments.size(), first + FolderReferenceRecognizer.this.folders.deepest());
			for (int k = first; k < last; k++) {
				if (k > first) {
					key.append('/');
				}
				key.append(segments.get(k));
				for (PlatformFolders.FolderOwner owner : FolderReferenceRecognizer.this.folders
					.owners(key.toString())) {
					scan.evidence(owner.clientId(), EvidenceKind.FOLDER_REFERENCE, owner.folder(), offset, line);
				}
			}
		}

	}

}
