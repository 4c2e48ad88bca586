package org.lantu.plan.api;

import java.util.List;

import org.lantu.plan.findings.Lang;
import org.lantu.plan.findings.Messages;

/** The outcome of checking a set of plan files: the findings, and per plan read how many of its numbers were compared. */
public record CheckReport(List<String> files, List<PlanDiagnostic> diagnostics, List<PlanCoverage> coverage) {

	public CheckReport(List<String> files, List<PlanDiagnostic> diagnostics) {
		this(files, diagnostics, List.of());
	}

	public long count(PlanDiagnostic.Severity severity) {
		return diagnostics.stream().filter(d -> d.severity() == severity).count();
	}

	public boolean hasErrors() {
		return count(PlanDiagnostic.Severity.ERROR) > 0;
	}

	/** "4 plans checked: 1 error, 2 warnings" / "已检查 4 份规划：1 个错误，2 个警告" */
	public String summary(Lang lang) {
		long e = count(PlanDiagnostic.Severity.ERROR);
		long w = count(PlanDiagnostic.Severity.WARNING);
		long i = count(PlanDiagnostic.Severity.INFO);
		int n = files.size();
		return Messages.say(lang, "cli.summary", Messages.say(lang, n == 1 ? "cli.plans.one" : "cli.plans.many", n),
				Messages.say(lang, e == 1 ? "cli.errors.one" : "cli.errors.many", e), Messages.say(lang, w == 1 ? "cli.warnings.one" : "cli.warnings.many", w),
				i > 0 ? Messages.say(lang, "cli.info", i) : "");
	}
}
