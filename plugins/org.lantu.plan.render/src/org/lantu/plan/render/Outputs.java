package org.lantu.plan.render;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Set;

/**
 * Writing generated files: the output directory is created, each file is written to a temporary
 * file next to it and renamed into place (a reader never sees half a file), and an input plan is
 * never overwritten.
 */
public final class Outputs {

	private final Path directory;
	private final Set<Path> inputs;

	public Outputs(Path directory, Set<Path> inputs) {
		this.directory = directory;
		this.inputs = inputs.stream().map(p -> p.toAbsolutePath().normalize()).collect(java.util.stream.Collectors.toSet());
	}

	/** Writes {@code name} in the output directory; refuses to replace an input. */
	public Path write(String name, byte[] content) throws IOException {
		Files.createDirectories(directory);
		Path target = directory.resolve(name).normalize();
		if (!target.startsWith(directory.normalize())) {
			throw new IOException("refusing to write outside the output directory: " + name);
		}
		if (inputs.contains(target.toAbsolutePath().normalize())) {
			throw new IOException("refusing to overwrite the input " + target + "; choose another output directory with -o");
		}
		Path temp = Files.createTempFile(directory, "." + target.getFileName(), ".tmp");
		try {
			Files.write(temp, content);
			try {
				Files.setPosixFilePermissions(temp, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
			} catch (UnsupportedOperationException e) {
				// not a POSIX file system: the default permissions stand
			}
			try {
				Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			} catch (AtomicMoveNotSupportedException e) {
				Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
			}
		} finally {
			Files.deleteIfExists(temp);
		}
		return target;
	}

	/** A plan file's name without .plan: wutongqiao-industrial-base-2016-2030. */
	public static String baseName(Path plan) {
		String n = plan.getFileName().toString();
		return n.endsWith(".plan") ? n.substring(0, n.length() - 5) : n;
	}
}
