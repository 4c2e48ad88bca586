package org.lantu.plan.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;

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

	/** Why a file cannot be read as a plan, in the author's terms; the message is the whole finding. */
	public static final class Unreadable extends IOException {
		private static final long serialVersionUID = 1L;

		public Unreadable(String message) {
			super(message);
		}
	}

	/**
	 * Why {@code file} is not a plan file Lantu may read (missing, not a regular file, too large),
	 * or null if it is one. Symbolic links are followed: a link to a regular file is read, a link
	 * to a device is refused like the device.
	 */
	public static String problem(Path file, long maxBytes) {
		BasicFileAttributes attributes;
		try {
			attributes = Files.readAttributes(file, BasicFileAttributes.class);
		} catch (NoSuchFileException e) {
			return Files.isSymbolicLink(file) ? "a symbolic link to a file that does not exist" : "no such file" + nameHint(file);
		} catch (AccessDeniedException e) {
			return "permission denied: Lantu may not read this file";
		} catch (IOException | SecurityException e) {
			return "cannot read file: " + reason(e);
		}
		if (attributes.isRegularFile()) {
			if (attributes.size() > maxBytes) {
				return "the file is " + size(attributes.size()) + ", more than the " + size(maxBytes) + " Lantu reads (a plan of hundreds of pages is about 1 MB);"
						+ " if this really is one plan, raise the limit with --max-file-size " + Math.max(1, (attributes.size() >> 20) + 1);
			}
			return null;
		}
		String kind = attributes.isDirectory() ? "a directory" : kind(file);
		return (Files.isSymbolicLink(file) ? "a symbolic link to " + kind : kind) + ", not a plan file: Lantu reads only regular files";
	}

	/** The bytes of a plan file, or why it cannot be read. */
	public static byte[] read(Path file, long maxBytes) throws Unreadable {
		String problem = problem(file, maxBytes);
		if (problem != null) {
			throw new Unreadable(problem);
		}
		try (InputStream in = Files.newInputStream(file)) {
			// the size may have changed since it was looked at: never read more than the limit
			byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
			if (bytes.length > maxBytes) {
				throw new Unreadable("the file grew beyond the " + size(maxBytes) + " Lantu reads while it was being read");
			}
			return bytes;
		} catch (Unreadable e) {
			throw e;
		} catch (AccessDeniedException e) {
			throw new Unreadable("permission denied: Lantu may not read this file");
		} catch (IOException e) {
			throw new Unreadable("cannot read file: " + reason(e));
		}
	}

	/** What kind of special file this is (named pipe, device, socket), as far as the system tells. */
	private static String kind(Path file) {
		try {
			int mode = (Integer) Files.getAttribute(file, "unix:mode");
			return switch (mode & 0170000) {
			case 0010000 -> "a named pipe (FIFO)";
			case 0020000 -> "a character device";
			case 0060000 -> "a block device";
			case 0140000 -> "a socket";
			default -> "a special file";
			};
		} catch (IOException | RuntimeException e) {
			return "a special file";
		}
	}

	/** A name the system handed over with bytes that are not UTF-8 cannot be found again: say so. */
	private static String nameHint(Path file) {
		return file.toString().indexOf('\uFFFD') >= 0 ? " (its name holds bytes that are not UTF-8 text: rename the file with a UTF-8 name)" : "";
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
