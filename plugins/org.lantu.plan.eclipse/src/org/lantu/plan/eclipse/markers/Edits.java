package org.lantu.plan.eclipse.markers;

import java.util.Comparator;
import java.util.List;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.filebuffers.ITextFileBufferManager;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.lsp4j.TextEdit;
import org.lantu.plan.eclipse.server.Positions;

/**
 * Applies the server's text edits (a quick fix, formatting) to a plan through the file buffer that
 * an open editor shares: in an open editor the change is an ordinary, undoable, unsaved edit; a
 * file that no editor shows is saved at once.
 */
public final class Edits {

	private Edits() {
	}

	public static void apply(IFile file, List<? extends TextEdit> edits, boolean save) throws CoreException {
		ITextFileBufferManager manager = FileBuffers.getTextFileBufferManager();
		IPath path = file.getFullPath();
		manager.connect(path, LocationKind.IFILE, null);
		try {
			ITextFileBuffer buffer = manager.getTextFileBuffer(path, LocationKind.IFILE);
			apply(buffer.getDocument(), edits);
			if (save) {
				buffer.commit(null, false);
			}
		} finally {
			manager.disconnect(path, LocationKind.IFILE, null);
		}
	}

	/**
	 * Applies the edits as one replacement of the span from the first to the last of them, so that
	 * one Undo takes the whole change back (formatting sends one edit per line it moves).
	 */
	public static void apply(IDocument document, List<? extends TextEdit> edits) {
		if (edits.isEmpty()) {
			return;
		}
		String text = document.get();
		record Replace(int start, int end, String text) {
		}
		List<Replace> replaces = edits.stream()
				.map(e -> new Replace(Positions.offset(text, e.getRange().getStart()), Positions.offset(text, e.getRange().getEnd()), e.getNewText()))
				.sorted(Comparator.comparingInt(Replace::start)).toList();
		int from = replaces.get(0).start();
		int to = replaces.stream().mapToInt(r -> Math.max(r.start(), r.end())).max().orElse(from);
		StringBuilder span = new StringBuilder(to - from + 64);
		int at = from;
		for (Replace r : replaces) {
			if (r.start() < at) {
				throw new IllegalStateException("The edits overlap at offset " + r.start());
			}
			span.append(text, at, r.start()).append(r.text());
			at = Math.max(r.start(), r.end());
		}
		span.append(text, at, to);
		try {
			document.replace(from, to - from, span.toString());
		} catch (BadLocationException e) {
			throw new IllegalStateException("The edit does not fit the document any more: " + e.getMessage(), e);
		}
	}
}
