package org.lantu.plan.cli;

import java.util.List;

import org.lantu.plan.api.PlanCoverage;
import org.lantu.plan.api.PlanDiagnostic;
import org.lantu.plan.render.TableWriters;

/** Minimal JSON writing for the command line's machine-readable output. */
final class Json {
	private Json() {
	}

	static String diagnostics(List<PlanDiagnostic> list) {
		StringBuilder b = new StringBuilder("[");
		for (int i = 0; i < list.size(); i++) {
			PlanDiagnostic d = list.get(i);
			b.append(i == 0 ? "\n  {" : ",\n  {");
			b.append("\"file\": ").append(string(d.file()));
			b.append(", \"line\": ").append(d.line());
			b.append(", \"column\": ").append(d.column());
			b.append(", \"endLine\": ").append(d.endLine());
			b.append(", \"endColumn\": ").append(d.endColumn());
			b.append(", \"severity\": ").append(string(d.severity().label()));
			b.append(", \"check\": ").append(string(d.check()));
			b.append(", \"message\": ").append(string(d.message()));
			b.append(", \"element\": ").append(d.element() == null ? "null" : string(d.element()));
			b.append(", \"data\": [");
			for (int j = 0; j < d.data().size(); j++) {
				b.append(j == 0 ? "" : ", ").append(string(d.data().get(j)));
			}
			b.append("]}");
		}
		return b.append(list.isEmpty() ? "]" : "\n]").toString();
	}

	/** {"diagnostics": [...], "coverage": [{file, numbers, checked, once, unchecked, percent, items: [{line, column, text, element, status, reason}]}]} */
	static String withCoverage(List<PlanDiagnostic> diagnostics, List<PlanCoverage> coverage) {
		StringBuilder b = new StringBuilder("{\"diagnostics\": ").append(diagnostics(diagnostics).replace("\n", "\n  ")).append(",\n  \"coverage\": [");
		for (int i = 0; i < coverage.size(); i++) {
			PlanCoverage c = coverage.get(i);
			b.append(i == 0 ? "\n    {" : ",\n    {");
			b.append("\"file\": ").append(string(c.file()));
			b.append(", \"numbers\": ").append(c.numbers().size());
			b.append(", \"checked\": ").append(c.count(PlanCoverage.Status.CHECKED));
			b.append(", \"once\": ").append(c.count(PlanCoverage.Status.ONCE));
			b.append(", \"unchecked\": ").append(c.count(PlanCoverage.Status.UNCHECKED));
			b.append(", \"percent\": ").append(c.percent());
			b.append(", \"items\": [");
			for (int j = 0; j < c.numbers().size(); j++) {
				PlanCoverage.Number n = c.numbers().get(j);
				b.append(j == 0 ? "\n      {" : ",\n      {");
				b.append("\"line\": ").append(n.line()).append(", \"column\": ").append(n.column());
				b.append(", \"text\": ").append(string(n.written()));
				b.append(", \"element\": ").append(n.element() == null ? "null" : string(n.element()));
				b.append(", \"status\": ").append(string(n.status().label()));
				b.append(", \"reason\": ").append(n.reason() == null ? "null" : string(n.reason())).append('}');
			}
			b.append(c.numbers().isEmpty() ? "]}" : "\n    ]}");
		}
		return b.append(coverage.isEmpty() ? "]\n}" : "\n  ]\n}").toString();
	}

	static String string(String s) {
		return TableWriters.str(s);
	}
}
