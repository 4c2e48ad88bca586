package org.lantu.plan.validation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.validation.Check;
import org.lantu.plan.findings.CheckType;
import org.lantu.plan.findings.Text;
import org.lantu.plan.parser.Spans;
import org.lantu.plan.plan.Annex;
import org.lantu.plan.plan.Box;
import org.lantu.plan.plan.Chapter;
import org.lantu.plan.plan.Figure;
import org.lantu.plan.plan.Plan;
import org.lantu.plan.plan.Section;
import org.lantu.plan.plan.Table;
import org.lantu.plan.plan.Task;

/**
 * numbering.duplicate, numbering.gap, numbering.order: the numbers an author gives boxes (专栏),
 * tables (表), figures (图), annexes (附), chapters, tasks and the sections of each chapter run
 * without repeats, gaps or disorder, in document order. Where a sequence starts is not checked
 * (a document may continue another's numbering).
 */
public class NumberingChecks extends CheckFamily {

	@Check
	public void numberedElementsRunInOrder(Plan plan) {
		Map<Sequence, List<EObject>> sequences = new LinkedHashMap<>();
		for (EObject o : everything(plan)) {
			Text kind = o instanceof Box ? Text.of("numbering.kind.box")
					: o instanceof Table ? Text.of("numbering.kind.table")
					: o instanceof Figure ? Text.of("numbering.kind.figure")
					: o instanceof Annex ? Text.of("numbering.kind.annex")
					: o instanceof Chapter ? Text.of("numbering.kind.chapter")
					: o instanceof Task ? Text.of("numbering.kind.task")
					: o instanceof Section ? Text.of("numbering.kind.section", describe(o.eContainer())) : null;
			if (kind != null && number(o) != null) {
				// sections are numbered within their container; everything else through the plan
				EObject scope = o instanceof Section ? o.eContainer() : plan;
				sequences.computeIfAbsent(new Sequence(kind, scope), k -> new ArrayList<>()).add(o);
			}
		}
		sequences.forEach((sequence, elements) -> checkSequence(sequence.kind(), elements));
	}

	/** One numbered sequence: its kind (as named in messages) and the element it runs within. */
	private record Sequence(Text kind, EObject scope) {
	}

	private void checkSequence(Text kind, List<EObject> elements) {
		Map<Long, EObject> seen = new LinkedHashMap<>();
		Long previous = null;
		for (EObject o : elements) {
			Long n = number(o);
			EStructuralFeature feature = o.eClass().getEStructuralFeature("number");
			EObject first = seen.putIfAbsent(n, o);
			if (first != null) {
				report(CheckType.NUMBERING_DUPLICATE, Text.of("numbering.duplicate.twice", kind, n, line(first)), o, feature, null,
						String.valueOf(previous == null ? n : previous + 1));
			} else if (previous != null && n < previous) {
				report(CheckType.NUMBERING_ORDER, Text.of("numbering.order.after", kind, n, previous, previous + 1), o, feature,
						null, String.valueOf(previous + 1));
			} else if (previous != null && n > previous + 1) {
				String missing = n == previous + 2 ? String.valueOf(previous + 1) : (previous + 1) + "–" + (n - 1);
				report(CheckType.NUMBERING_GAP, Text.of("numbering.gap.missing", kind, n, previous, missing), o, feature, null,
						String.valueOf(previous + 1));
			}
			previous = previous == null ? n : Math.max(previous, n);
		}
	}

	static Long number(EObject o) {
		EStructuralFeature f = o.eClass().getEStructuralFeature("number");
		if (f == null || !(o.eGet(f) instanceof String s)) {
			return null;
		}
		try {
			return Long.parseLong(s);
		} catch (NumberFormatException e) {
			return null;
		}
	}

	private static Text describe(EObject container) {
		if (container instanceof Chapter c) {
			return c.getNumber() == null ? Text.of("numbering.in.chapter-titled", c.getTitle()) : Text.of("numbering.in.chapter", c.getNumber());
		}
		if (container instanceof Section s) {
			return Text.of("numbering.in.section", s.getTitle());
		}
		return Text.of("numbering.in.plan");
	}

	private static int line(EObject o) {
		return Spans.line(o);
	}
}
