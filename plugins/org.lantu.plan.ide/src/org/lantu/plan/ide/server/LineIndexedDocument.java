package org.lantu.plan.ide.server;

import java.util.Arrays;

import org.eclipse.lsp4j.Position;
import org.eclipse.xtext.ide.server.Document;

/**
 * A document that knows where its lines start, so that a position is found by a binary search,
 * not by counting lines from the start of the text as Xtext's {@link Document#getPosition} does;
 * positions as Xtext counts them (lines end at LF). Completion and the outline ask for many.
 */
public final class LineIndexedDocument extends Document {

	private final int[] lineStarts;

	public LineIndexedDocument(Document document) {
		super(document.getVersion(), document.getContents(), document.isPrintSourceOnError());
		String text = document.getContents();
		int[] starts = new int[64];
		int lines = 1;
		for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
			if (lines == starts.length) {
				starts = Arrays.copyOf(starts, lines * 2);
			}
			starts[lines++] = i + 1;
		}
		lineStarts = Arrays.copyOf(starts, lines);
	}

	@Override
	public Position getPosition(int offset) {
		if (offset < 0 || offset > getContents().length()) {
			return super.getPosition(offset); // Xtext's message for an offset outside the text
		}
		int found = Arrays.binarySearch(lineStarts, offset);
		int line = found >= 0 ? found : -found - 2;
		return new Position(line, offset - lineStarts[line]);
	}
}
