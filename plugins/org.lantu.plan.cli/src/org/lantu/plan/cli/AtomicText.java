package org.lantu.plan.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** A plan written by a command ({@code lantu new}, {@code lantu import}): either whole or not at all. */
final class AtomicText {

	private AtomicText() {
	}

	/** Writes through a temporary file in the target's folder, moved over the target in one step where the file system can. */
	static void write(Path target, String text) throws IOException {
		Path folder = target.toAbsolutePath().getParent();
		Path temp = Files.createTempFile(folder, ".lantu-", ".tmp");
		try {
			Files.writeString(temp, text, StandardCharsets.UTF_8);
			try {
				Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			} catch (AtomicMoveNotSupportedException e) {
				Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
			}
		} finally {
			Files.deleteIfExists(temp);
		}
	}
}
