package org.lantu.plan.api;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.diagnostics.AbstractDiagnostic;
import org.eclipse.xtext.formatting2.FormatterPreferenceKeys;
import org.eclipse.xtext.formatting2.FormatterRequest;
import org.eclipse.xtext.formatting2.IFormatter2;
import org.eclipse.xtext.formatting2.regionaccess.TextRegionAccessBuilder;
import org.eclipse.xtext.preferences.MapBasedPreferenceValues;
import org.eclipse.xtext.preferences.TypedPreferenceValues;
import org.eclipse.xtext.resource.XtextResource;
import org.lantu.plan.findings.CheckType;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * Formatting, a service of the engine ({@code lantu format}, the editors' Format): the plan in the
 * standard layout by the language's formatter ({@code formatting/}), two spaces per level, the
 * file's own line ends kept. {@link PlanChecker#format} reads the file and hands it here.
 */
public class StandardLayout {

	@Inject
	private IFormatter2 formatter;

	@Inject
	private Provider<FormatterRequest> formatterRequests;

	@Inject
	private Provider<TextRegionAccessBuilder> regionAccess;

	/**
	 * A loaded plan's text in the standard layout, with the file's own line ends (LF, CRLF or CR),
	 * or null (with the syntax errors reported) when it does not parse: only a plan that parses is
	 * reformatted.
	 */
	public String format(Path file, Resource r, List<PlanDiagnostic> problems) {
		if (!r.getErrors().isEmpty()) {
			Columns columns = Columns.of(r);
			for (var e : r.getErrors()) {
				int column = Math.max(1, e.getColumn());
				if (e instanceof AbstractDiagnostic d) {
					column = columns.column(d.getOffset(), column);
				}
				problems.add(PlanDiagnostic.ofFile(file.toString(), e.getLine(), column, CheckType.SYNTAX.id(), e.getMessage()));
			}
			return null;
		}
		var access = regionAccess.get().forNodeModel((XtextResource) r).create();
		var request = formatterRequests.get();
		request.setTextRegionAccess(access);
		request.setPreferences(TypedPreferenceValues.castOrWrap(
				new MapBasedPreferenceValues(Map.of(FormatterPreferenceKeys.indentation.getId(), "  "))));
		String formatted = access.getRewriter().renderToString(formatter.format(request));
		return withLineEnds(formatted, lineEnd(((XtextResource) r).getParseResult().getRootNode().getText()));
	}

	/** The line end a text uses (its first one): CRLF, a lone CR, or LF (also for a text with none). */
	static String lineEnd(String text) {
		int i = 0;
		while (i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
			i++;
		}
		if (i == text.length() || text.charAt(i) == '\n') {
			return "\n";
		}
		return i + 1 < text.length() && text.charAt(i + 1) == '\n' ? "\r\n" : "\r";
	}

	/** {@code text} with every line end (CRLF, CR or LF) written as {@code lineEnd}. */
	static String withLineEnds(String text, String lineEnd) {
		String lf = text.replace("\r\n", "\n").replace('\r', '\n');
		return lineEnd.equals("\n") ? lf : lf.replace("\n", lineEnd);
	}
}
