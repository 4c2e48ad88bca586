package org.lantu.plan.cli;

import java.util.List;

import org.lantu.plan.api.PlanDiagnostic;

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

	static String string(String s) {
		return org.lantu.plan.render.TableWriters.str(s);
	}
}
