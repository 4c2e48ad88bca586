package org.lantu.plan.api;

import java.util.List;

/** The outcome of checking a set of plan files. */
public record CheckReport(List<String> files, List<PlanDiagnostic> diagnostics) {

	public long count(PlanDiagnostic.Severity severity) {
		return diagnostics.stream().filter(d -> d.severity() == severity).count();
	}

	public boolean hasErrors() {
		return count(PlanDiagnostic.Severity.ERROR) > 0;
	}
}
