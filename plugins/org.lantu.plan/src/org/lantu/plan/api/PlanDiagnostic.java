package org.lantu.plan.api;

import java.util.List;

/**
 * One finding about a plan, in the form every front end shows: where (1-based line and column,
 * end exclusive), how bad, which check, what, and which plan element in the author's words.
 * {@code data} carries the computed values a quick fix may apply.
 */
public record PlanDiagnostic(String file, int line, int column, int endLine, int endColumn, Severity severity, String check,
		String message, String element, List<String> data) implements Comparable<PlanDiagnostic> {

	public enum Severity {
		ERROR, WARNING, INFO;

		public String label() {
			return name().toLowerCase();
		}
	}

	public static PlanDiagnostic ofFile(String file, int line, int column, String check, String message) {
		return new PlanDiagnostic(file, line, column, line, column + 1, Severity.ERROR, check, message, null, List.of());
	}

	/**
	 * {@code path:line:col: severity: [check] message}, on one line: control characters in the
	 * file name and the message (which quotes the author's text) are escaped.
	 */
	public String format() {
		return PlainText.visible(file) + ":" + line + ":" + column + ": " + severity.label() + ": [" + check + "] " + PlainText.visible(message);
	}

	@Override
	public int compareTo(PlanDiagnostic o) {
		int c = file.compareTo(o.file);
		if (c == 0) {
			c = Integer.compare(line, o.line);
		}
		if (c == 0) {
			c = Integer.compare(column, o.column);
		}
		return c == 0 ? message.compareTo(o.message) : c;
	}
}
