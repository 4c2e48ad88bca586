package org.lantu.plan.ide.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.formatting.IIndentationInformation;
import org.eclipse.xtext.formatting2.FormatterPreferenceKeys;
import org.eclipse.xtext.formatting2.regionaccess.ITextReplacement;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.formatting.FormattingService;
import org.eclipse.xtext.preferences.MapBasedPreferenceValues;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.TextRegion;

import com.google.inject.Inject;

/**
 * Xtext's formatting, with each replacement placed by a table of line starts made once: Xtext
 * finds each edit's line and column by scanning the document from its start, which grows with the
 * square of the plan's size; this takes a binary search per edit (docs/performance.md).
 * Lines and columns are counted as {@link Document} counts them (lines end at LF; UTF-16 units);
 * the indentation follows the editor's options, as Xtext's does. A plan with syntax errors is not formatted, as
 * {@code lantu format} formats none: the parser's recovery is no ground for moving the author's lines.
 */
public class PlanFormattingService extends FormattingService {

	@Inject
	private IIndentationInformation indentation;

	@Override
	public List<TextEdit> format(XtextResource resource, Document document, int offset, int length, FormattingOptions options) {
		if (resource.getParseResult() == null || resource.getParseResult().hasSyntaxErrors()) {
			return List.of(); // as lantu format: a plan that does not parse is left as written, its syntax errors shown
		}
		String text = document.getContents();
		String indent = indentation.getIndentString();
		if (options != null && options.isInsertSpaces()) {
			indent = " ".repeat(Math.max(0, options.getTabSize()));
		}
		var preferences = new MapBasedPreferenceValues(Map.of(FormatterPreferenceKeys.indentation.getId(), indent));
		List<ITextReplacement> replacements = format2(resource, new TextRegion(offset, length), preferences);
		int[] lineStarts = lineStarts(text);
		List<TextEdit> edits = new ArrayList<>(replacements.size());
		for (ITextReplacement r : replacements) {
			edits.add(new TextEdit(new Range(position(lineStarts, r.getOffset()), position(lineStarts, r.getEndOffset())), r.getReplacementText()));
		}
		return edits;
	}

	static int[] lineStarts(String text) {
		int lines = 1;
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) == '\n') {
				lines++;
			}
		}
		int[] starts = new int[lines];
		int line = 1;
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) == '\n') {
				starts[line++] = i + 1;
			}
		}
		return starts;
	}

	static Position position(int[] lineStarts, int offset) {
		int low = 0;
		int high = lineStarts.length - 1;
		while (low < high) {
			int mid = (low + high + 1) >>> 1;
			if (lineStarts[mid] <= offset) {
				low = mid;
			} else {
				high = mid - 1;
			}
		}
		return new Position(low, offset - lineStarts[low]);
	}
}
