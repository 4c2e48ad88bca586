package org.lantu.plan.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;

import org.lantu.plan.findings.Lang;
import org.lantu.plan.findings.Text;

/**
 * Reading a plan file, every front end alike: only a regular file (a named pipe, a device, a
 * socket or a directory is refused before it is opened, so nothing can hang on it), and only up to
 * a size limit (read in a bounded buffer, so a file that grows meanwhile cannot exhaust memory).
 */
public final class PlanFiles {

	/** Plans end in this. */
	public static final String EXTENSION = ".plan";

	/**
	 * The largest plan read unless told otherwise: far above any real plan (a 400-page plan is
	 * about 1 MB of text) and within what the checker reads in its default heap.
	 */
	public static final long DEFAULT_MAX_BYTES = 64L * 1024 * 1024;

	private PlanFiles() {
	}

	/** Why a file cannot be read as a plan, in the author's terms; the text is the whole finding. */
	public static final class Unreadable extends IOException {
		private static final long serialVersionUID = 1L;
		private final transient Text text;

		public Unreadable(Text text) {
			super(text.in(Lang.EN));
			this.text = text;
		}

		/** The reason, to be said in the reader's language. */
		public Text text() {
			return text;
		}
	}

	/**
	 * Why {@code file} is not a plan file Lantu may read (missing, not a regular file, too large),
	 * or null if it is one. Symbolic links are followed: a link to a regular file is read, a link
	 * to a device is refused like the device.
	 */
	public static Text problem(Path file, long maxBytes) {
		BasicFileAttributes attributes;
		try {
			attributes = Files.readAttributes(file, BasicFileAttributes.class);
		} catch (NoSuchFileException e) {
			return Files.isSymbolicLink(file) ? Text.of("files.dangling-link")
					: file.toString().indexOf('\uFFFD') >= 0 ? Text.of("files.missing.bad-name")
							// "-" is standard input to many tools; plans are read from files only
							: file.toString().equals("-") ? Text.of("files.missing.stdin") : Text.of("files.missing");
		} catch (AccessDeniedException e) {
			return Text.of("files.denied");
		} catch (IOException | SecurityException e) {
			return Text.of("files.cannot-read", reason(e));
		}
		if (attributes.isRegularFile()) {
			if (attributes.size() > maxBytes) {
				return Text.of("files.too-large", size(attributes.size()), size(maxBytes), Math.max(1, (attributes.size() >> 20) + 1));
			}
			return null;
		}
		Text kind = attributes.isDirectory() ? Text.of("files.kind.directory") : kind(file);
		return Text.of(Files.isSymbolicLink(file) ? "files.special.link" : "files.special", kind);
	}

	/** The bytes of a plan file, or why it cannot be read. */
	public static byte[] read(Path file, long maxBytes) throws Unreadable {
		Text problem = problem(file, maxBytes);
		if (problem != null) {
			throw new Unreadable(problem);
		}
		try (InputStream in = Files.newInputStream(file)) {
			// the size may have changed since it was looked at: never read more than the limit
			byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
			if (bytes.length > maxBytes) {
				throw new Unreadable(Text.of("files.grew", size(maxBytes)));
			}
			return bytes;
		} catch (Unreadable e) {
			throw e;
		} catch (AccessDeniedException e) {
			throw new Unreadable(Text.of("files.denied"));
		} catch (IOException e) {
			throw new Unreadable(Text.of("files.cannot-read", reason(e)));
		}
	}

	/** What kind of special file this is (named pipe, device, socket), as far as the system tells. */
	private static Text kind(Path file) {
		try {
			int mode = (Integer) Files.getAttribute(file, "unix:mode");
			return Text.of(switch (mode & 0170000) {
			case 0010000 -> "files.kind.fifo";
			case 0020000 -> "files.kind.character-device";
			case 0060000 -> "files.kind.block-device";
			case 0140000 -> "files.kind.socket";
			default -> "files.kind.special";
			});
		} catch (IOException | RuntimeException e) {
			return Text.of("files.kind.special");
		}
	}

	/** The exception's own words, without a Java class name. */
	static String reason(Exception e) {
		String m = e.getMessage();
		return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
	}

	/** 1.5 GB, 64 MB, 900 KB */
	public static String size(long bytes) {
		if (bytes >= 1L << 30) {
			return String.format(Locale.ROOT, "%.1f GB", bytes / (double) (1L << 30));
		}
		if (bytes >= 1L << 20) {
			return String.format(Locale.ROOT, "%d MB", bytes >> 20);
		}
		return String.format(Locale.ROOT, "%d KB", Math.max(1, bytes >> 10));
	}
}
