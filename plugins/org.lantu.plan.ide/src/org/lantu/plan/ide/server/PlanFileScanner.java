package org.lantu.plan.ide.server;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.util.IAcceptor;
import org.eclipse.xtext.util.IFileSystemScanner;
import org.eclipse.xtext.util.UriExtensions;
import org.lantu.plan.files.PlanFiles;
import org.lantu.plan.files.Workspace;

import com.google.inject.Inject;

/**
 * How the language server finds the plans of a workspace folder: Xtext's scanner follows every
 * link to a folder (a link loop repeats the workspace hundreds of times over; a link to / scans the
 * machine) and hands over named pipes and devices, which then hang the first build. This one walks
 * the folder without following links to folders, and hands over a file only if it is a regular
 * file within the size limit whose real path lies in the folder; everything else is left out, so
 * {@code initialize} always returns.
 */
public class PlanFileScanner implements IFileSystemScanner {

	@Inject
	private UriExtensions uriExtensions;

	@Override
	public void scan(URI root, IAcceptor<URI> acceptor) {
		Path folder;
		try {
			folder = Path.of(root.toFileString());
		} catch (InvalidPathException | NullPointerException e) {
			return;
		}
		if (!Files.isDirectory(folder)) {
			return;
		}
		try {
			Files.walkFileTree(folder, new SimpleFileVisitor<>() {
				@Override
				public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
					acceptor.accept(uri(dir));
					return FileVisitResult.CONTINUE;
				}

				@Override
				public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
					// without FOLLOW_LINKS a link is a file here: its target decides
					if (file.getFileName().toString().endsWith(PlanFiles.EXTENSION) && PlanFiles.problem(file, PlanFiles.DEFAULT_MAX_BYTES) == null
							&& (!attributes.isSymbolicLink() || Workspace.isUnder(file, folder))) {
						acceptor.accept(uri(file));
					}
					return FileVisitResult.CONTINUE;
				}

				@Override
				public FileVisitResult visitFileFailed(Path file, IOException e) {
					return FileVisitResult.CONTINUE; // unreadable: left out
				}
			});
		} catch (IOException e) {
			// the folder went away while it was walked: what was found stands
		}
	}

	private URI uri(Path path) {
		return uriExtensions.toEmfUri(path.toAbsolutePath().toUri());
	}
}
