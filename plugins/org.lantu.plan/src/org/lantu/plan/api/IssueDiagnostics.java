package org.lantu.plan.api;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.diagnostics.Diagnostic;
import org.eclipse.xtext.validation.Issue;
import org.lantu.plan.findings.CheckType;
import org.lantu.plan.findings.Speaking;
import org.lantu.plan.findings.Text;
import org.lantu.plan.naming.DisplayNames;

/**
 * Xtext's issues as Lantu's diagnostics: the check id (Xtext's own codes become
 * {@code reference.unresolved} or {@code syntax}), the severity, columns counted in characters
 * rather than UTF-16 units, and the element named as its author wrote it.
 */
public class IssueDiagnostics {

	/** The issues of one resource, its text's columns worked out once for all of them. */
	public List<PlanDiagnostic> toDiagnostics(String file, Resource resource, List<Issue> issues) {
		Columns columns = issues.isEmpty() ? null : Columns.of(resource);
		List<PlanDiagnostic> out = new ArrayList<>(issues.size());
		for (Issue issue : issues) {
			out.add(toDiagnostic(file, resource, issue, columns));
		}
		return out;
	}

	private PlanDiagnostic toDiagnostic(String file, Resource resource, Issue issue, Columns columns) {
		String check = checkId(issue);
		String message = issue.getMessage();
		if (check.equals(CheckType.INTERNAL.id()) && !CheckType.INTERNAL.id().equals(issue.getCode())) {
			// EMF's "Error executing EValidator": a validator failed outside a check (those say where themselves)
			message = Text.of("internal.validator", message).in(Speaking.of(resource.getResourceSet()));
		}
		int line = issue.getLineNumber() == null ? 1 : issue.getLineNumber();
		int column = issue.getColumn() == null ? 1 : issue.getColumn();
		int endLine = issue.getLineNumberEnd() == null ? line : issue.getLineNumberEnd();
		int endColumn = issue.getColumnEnd() == null ? column + 1 : issue.getColumnEnd();
		if (columns != null && issue.getOffset() != null && issue.getLength() != null) {
			// Xtext counts UTF-16 units; an author counts characters (an emoji or 𠀀 is one)
			column = columns.column(issue.getOffset(), column);
			endColumn = columns.column(issue.getOffset() + issue.getLength(), endColumn);
		}
		String element = null;
		if (issue.getUriToProblem() != null && issue.getUriToProblem().fragment() != null) {
			EObject o = resource.getEObject(issue.getUriToProblem().fragment());
			element = DisplayNames.nearestNameOf(o);
		}
		List<String> data = issue.getData() == null ? List.of() : List.of(issue.getData());
		return new PlanDiagnostic(file, line, column, endLine, endColumn, severity(issue), check, message, element, data);
	}

	/**
	 * Lantu's own check ids (syntax and value come from PlanSyntaxErrorMessages) pass through;
	 * Xtext's linking code becomes reference.unresolved, any other Xtext code syntax, and any other
	 * code (EMF's for a validator that failed) internal.
	 */
	static String checkId(Issue issue) {
		String code = issue.getCode();
		if (Diagnostic.LINKING_DIAGNOSTIC.equals(code)) {
			return CheckType.REFERENCE_UNRESOLVED.id();
		}
		if (code == null || code.startsWith("org.eclipse.xtext")) {
			return CheckType.SYNTAX.id();
		}
		return CheckType.byId(code).isPresent() ? code : CheckType.INTERNAL.id();
	}

	private static PlanDiagnostic.Severity severity(Issue issue) {
		return switch (issue.getSeverity()) {
		case ERROR -> PlanDiagnostic.Severity.ERROR;
		case WARNING -> PlanDiagnostic.Severity.WARNING;
		default -> PlanDiagnostic.Severity.INFO;
		};
	}
}
