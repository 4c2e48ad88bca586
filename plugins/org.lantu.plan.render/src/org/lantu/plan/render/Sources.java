package org.lantu.plan.render;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.lantu.plan.api.PlanDiagnostic;
import org.lantu.plan.parser.Spans;

/**
 * Where each element was written ({@code file:line}, for data attributes) and which findings sit
 * on it (a finding marks the element that starts where the finding starts).
 */
public final class Sources {

	private final String file;
	private final Map<String, List<PlanDiagnostic>> byPosition = new LinkedHashMap<>();

	public Sources(String file, List<PlanDiagnostic> diagnostics) {
		this.file = file;
		for (PlanDiagnostic d : diagnostics) {
			byPosition.computeIfAbsent(d.line() + ":" + d.column(), k -> new ArrayList<>()).add(d);
		}
	}

	/** The text {@code plan} was read from, as it was checked; null for a plan not read from text. */
	public static String text(EObject plan) {
		return plan == null ? null : Spans.text(plan.eResource());
	}

	public int line(EObject o) {
		return Spans.line(o);
	}

	/**
	 * How a plan file is named in what is published: relative to the current folder when it lies
	 * inside it (examples/a.plan), else as given; with / between folders on every system.
	 */
	static String shown(String file) {
		try {
			Path abs = Path.of(file).toAbsolutePath().normalize();
			Path here = Path.of("").toAbsolutePath();
			return (abs.startsWith(here) ? here.relativize(abs).toString() : file).replace('\\', '/');
		} catch (InvalidPathException e) {
			return file;
		}
	}

	/** {@code file:line} of an element. */
	public String of(EObject o) {
		return file + ":" + line(o);
	}

	/** The findings that start where this element starts. */
	public List<PlanDiagnostic> at(EObject o) {
		Spans.Span span = Spans.of(o);
		if (span == null) {
			return List.of();
		}
		return byPosition.getOrDefault(span.line() + ":" + Spans.column(o, span), List.of());
	}
}
