package org.lantu.plan.render;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Writing generated files: the output directory is created, each file is written to a temporary
 * file next to it and renamed into place (a reader never sees half a file), an input plan is never
 * overwritten, and no file is written twice in one run (a second document of the same name would
 * silently replace the first). A temporary file left by an interrupted run (Ctrl+C, SIGTERM) is
 * removed as the process ends. Every failure is an {@link Failure}: one line naming the path and
 * the reason.
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
	private final Set<Path> written = new HashSet<>();

	/** Files go into {@code directory} (as the user wrote it: it is how written files are named). */
	public Outputs(Path directory, Set<Path> inputs) {
		this.shown = directory;
		this.directory = directory.toAbsolutePath().normalize();
		this.inputs = inputs.stream().map(p -> p.toAbsolutePath().normalize()).collect(Collectors.toSet());
	}

	/** Creates the output directory, or says why there cannot be one. */
	public void prepare() throws Failure {
		if (Files.exists(directory) && !Files.isDirectory(directory)) {
			throw new Failure(shown + ": cannot write into it: it is a file, not a folder; choose a folder with -o");
		}
		try {
			Files.createDirectories(directory);
		} catch (IOException e) {
			throw new Failure(shown + ": cannot create the output folder: " + reason(e));
		}
		if (!Files.isWritable(directory)) {
			throw new Failure(shown + ": the output folder is not writable; choose another with -o");
		}
	}

	/** Writes {@code name} (a file name, or a relative path) in the output directory; refuses to replace an input. */
	public Path write(String name, byte[] content) throws Failure {
		Path target = directory.resolve(name).normalize();
		Path display = shown.resolve(name).normalize();
		if (!target.startsWith(directory) || target.equals(directory)) {
			throw new Failure(name + ": refusing to write outside the output folder " + shown);
		}
		if (inputs.contains(target)) {
			throw new Failure(display + ": refusing to overwrite an input plan; choose another output folder with -o");
		}
		if (!written.add(target)) {
			throw new Failure(display + ": written twice in one run (two plans with the same name); give them different names or folders");
		}
		if (Files.isDirectory(target)) {
			throw new Failure(display + ": cannot write it: a folder of that name is in the way");
		}
		try {
			Files.createDirectories(target.getParent());
		} catch (IOException e) {
			throw new Failure(display + ": cannot create its folder: " + reason(e));
		}
		replace(target, display, content, "rw-r--r--");
		return display;
	}

	/**
	 * Replaces a file's content atomically, keeping what the user set on it: its permissions, and
	 * if it is a symbolic link, the link (its target is what gets the new content). A file without
	 * write permission is refused, even where the file system would let the process write it.
	 */
	public static void rewrite(Path file, byte[] content) throws Failure {
		Path real;
		try {
			real = file.toRealPath();
		} catch (IOException e) {
			throw new Failure(file + ": cannot rewrite it: " + reason(e));
		}
		String permissions = null;
		try {
			PosixFileAttributes attributes = Files.readAttributes(real, PosixFileAttributes.class);
			if (!attributes.permissions().contains(PosixFilePermission.OWNER_WRITE)) {
				throw new Failure(file + ": the file is read-only; make it writable (chmod u+w) to rewrite it");
			}
			permissions = PosixFilePermissions.toString(attributes.permissions());
		} catch (UnsupportedOperationException e) {
			if (!Files.isWritable(real)) {
				throw new Failure(file + ": the file is read-only; make it writable to rewrite it");
			}
		} catch (Failure e) {
			throw e;
		} catch (IOException e) {
			throw new Failure(file + ": cannot rewrite it: " + reason(e));
		}
		replace(real, file, content, permissions);
	}

	/** Writes a temporary file beside {@code target} and renames it into place. */
	private static void replace(Path target, Path display, byte[] content, String permissions) throws Failure {
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
			throw new Failure(display + ": cannot write it: " + reason(e));
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

	/** The system's reason, without a Java class name: "Permission denied", "No space left on device". */
	static String reason(IOException e) {
		if (e instanceof AccessDeniedException) {
			return "permission denied";
		}
		if (e instanceof FileSystemException f && f.getReason() != null) {
			return f.getReason();
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
