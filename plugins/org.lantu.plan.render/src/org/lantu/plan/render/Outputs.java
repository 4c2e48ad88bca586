package org.lantu.plan.render;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.lantu.plan.findings.Lang;
import org.lantu.plan.findings.Messages;

/**
 * Writing generated files: the output directory is created, each file is written to a temporary
 * file next to it and renamed into place (a reader never sees half a file), an input plan is never
 * overwritten, and no file is written twice in one run (a second document of the same name would
 * silently replace the first). A temporary file left by an interrupted run (Ctrl+C, SIGTERM) is
 * removed as the process ends. Every failure is an {@link Failure}: one line naming the path and
 * the reason, in the language asked for.
 */
public final class Outputs {

	/** A file that could not be written: the message names it and says why. */
	public static final class Failure extends IOException {
		private static final long serialVersionUID = 1L;

		public Failure(String message) {
			super(message);
		}
	}

	/** Temporary files being written, removed if the process ends before they are renamed. */
	private static final Set<Path> PENDING = ConcurrentHashMap.newKeySet();

	static {
		try {
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				for (Path p : PENDING) {
					try {
						Files.deleteIfExists(p);
					} catch (IOException e) {
						// the process is ending; nothing else to do
					}
				}
			}, "lantu-temporary-files"));
		} catch (IllegalStateException | SecurityException e) {
			// already shutting down
		}
	}

	private final Path shown;
	private final Path directory;
	private final Set<Path> inputs;
	private final Lang lang;
	private final Set<Path> written = new HashSet<>();

	/**
	 * Files go into {@code directory} (as the user wrote it: it is how written files are named);
	 * failures are told in {@code lang}.
	 */
	public Outputs(Path directory, Set<Path> inputs, Lang lang) {
		this.shown = directory;
		this.directory = directory.toAbsolutePath().normalize();
		this.inputs = inputs.stream().map(p -> p.toAbsolutePath().normalize()).collect(Collectors.toSet());
		this.lang = lang;
	}

	/** Creates the output directory, or says why there cannot be one. */
	public void prepare() throws Failure {
		if (Files.exists(directory) && !Files.isDirectory(directory)) {
			throw failure(lang, "outputs.not-a-folder", shown);
		}
		try {
			Files.createDirectories(directory);
		} catch (IOException e) {
			throw failure(lang, "outputs.cannot-create-folder", shown, reason(e, lang));
		}
		if (!Files.isWritable(directory)) {
			throw failure(lang, "outputs.not-writable", shown);
		}
	}

	/** Writes {@code name} (a file name, or a relative path) in the output directory; refuses to replace an input. */
	public Path write(String name, byte[] content) throws Failure {
		Path target = directory.resolve(name).normalize();
		Path display = shown.resolve(name).normalize();
		if (!target.startsWith(directory) || target.equals(directory)) {
			throw failure(lang, "outputs.outside", name, shown);
		}
		if (inputs.contains(target)) {
			throw failure(lang, "outputs.input", display);
		}
		if (!written.add(target)) {
			throw failure(lang, "outputs.twice", display);
		}
		if (Files.isDirectory(target)) {
			throw failure(lang, "outputs.folder-in-the-way", display);
		}
		try {
			Files.createDirectories(target.getParent());
		} catch (IOException e) {
			throw failure(lang, "outputs.cannot-create-parent", display, reason(e, lang));
		}
		replace(target, display, content, "rw-r--r--", lang);
		return display;
	}

	/**
	 * Replaces a file's content atomically, keeping what the user set on it: its permissions, and
	 * if it is a symbolic link, the link (its target is what gets the new content). A file without
	 * write permission is refused, even where the file system would let the process write it.
	 */
	public static void rewrite(Path file, byte[] content, Lang lang) throws Failure {
		Path real;
		try {
			real = file.toRealPath();
		} catch (IOException e) {
			throw failure(lang, "outputs.cannot-rewrite", file, reason(e, lang));
		}
		String permissions = null;
		try {
			PosixFileAttributes attributes = Files.readAttributes(real, PosixFileAttributes.class);
			if (!attributes.permissions().contains(PosixFilePermission.OWNER_WRITE)) {
				throw failure(lang, "outputs.read-only", file);
			}
			permissions = PosixFilePermissions.toString(attributes.permissions());
		} catch (UnsupportedOperationException e) {
			if (!Files.isWritable(real)) {
				throw failure(lang, "outputs.read-only.other", file);
			}
		} catch (Failure e) {
			throw e;
		} catch (IOException e) {
			throw failure(lang, "outputs.cannot-rewrite", file, reason(e, lang));
		}
		replace(real, file, content, permissions, lang);
	}

	/** Writes a temporary file beside {@code target} and renames it into place. */
	private static void replace(Path target, Path display, byte[] content, String permissions, Lang lang) throws Failure {
		Path temp = null;
		try {
			temp = temporary(target);
			Files.write(temp, content);
			if (permissions != null) {
				try {
					Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString(permissions));
				} catch (UnsupportedOperationException e) {
					// not a POSIX file system: the default permissions stand
				}
			}
			keepOwner(target, temp);
			try {
				Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			} catch (AtomicMoveNotSupportedException e) {
				Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
			}
		} catch (IOException e) {
			throw failure(lang, "outputs.cannot-write", display, reason(e, lang));
		} finally {
			if (temp != null) {
				try {
					Files.deleteIfExists(temp);
				} catch (IOException e) {
					// the rename succeeded or the write failed and was reported
				}
				PENDING.remove(temp);
			}
		}
	}

	/** A new temporary file beside {@code target}, removed if the process ends before it is renamed. */
	static Path temporary(Path target) throws IOException {
		Path temp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
		PENDING.add(temp);
		return temp;
	}

	/** A file rewritten by another user (root formatting someone's plan) stays theirs, where the system allows. */
	private static void keepOwner(Path target, Path temp) {
		try {
			if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
				var owner = Files.getOwner(target);
				if (!owner.equals(Files.getOwner(temp))) {
					Files.setOwner(temp, owner);
				}
			}
		} catch (IOException | UnsupportedOperationException | SecurityException e) {
			// not permitted: the file becomes the writer's, as with any editor's save
		}
	}

	private static Failure failure(Lang lang, String key, Object... args) {
		return new Failure(Messages.say(lang, key, args));
	}

	/** What the system says of the common failures, by the words it says them in (strerror). */
	private static final Map<String, String> REASONS = Map.of("No space left on device", "outputs.reason.no-space", "Read-only file system",
			"outputs.reason.read-only-fs", "Not a directory", "outputs.reason.not-a-folder", "File name too long", "outputs.reason.name-too-long",
			"Permission denied", "outputs.reason.denied", "Disk quota exceeded", "outputs.reason.no-space");

	/**
	 * The system's reason, without a Java class name, in {@code lang} where it is one of the common
	 * ones (permission denied, no space left on the device…), else as the system gives it.
	 */
	static String reason(IOException e, Lang lang) {
		if (e instanceof AccessDeniedException) {
			return Messages.say(lang, "outputs.reason.denied");
		}
		if (e instanceof NoSuchFileException) {
			return Messages.say(lang, "outputs.reason.missing");
		}
		if (e instanceof NotDirectoryException) {
			return Messages.say(lang, "outputs.reason.not-a-folder");
		}
		if (e instanceof FileSystemException f && f.getReason() != null) {
			String key = REASONS.get(f.getReason());
			return key == null ? f.getReason() : Messages.say(lang, key);
		}
		String m = e.getMessage();
		return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
	}

	/** A plan file's name without .plan: wutongqiao-industrial-base-2016-2030. */
	public static String baseName(Path plan) {
		String n = plan.getFileName().toString();
		return n.endsWith(".plan") ? n.substring(0, n.length() - 5) : n;
	}
}
