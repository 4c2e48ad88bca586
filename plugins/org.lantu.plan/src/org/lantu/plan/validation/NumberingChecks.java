package org.lantu.plan.validation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.validation.Check;
import org.lantu.plan.findings.CheckType;
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
			String kind = o instanceof Box ? "专栏 (box)"
					: o instanceof Table ? "表 (table)"
					: o instanceof Figure ? "图 (figure)"
					: o instanceof Annex ? "附 (annex)"
					: o instanceof Chapter ? "章 (chapter)"
					: o instanceof Task ? "任务 (task)"
					: o instanceof Section ? "节 (section) of " + describe(o.eContainer()) : null;
			if (kind != null && number(o) != null) {
				// sections are numbered within their container; everything else through the plan
				EObject scope = o instanceof Section ? o.eContainer() : plan;
				sequences.computeIfAbsent(new Sequence(kind, scope), k -> new ArrayList<>()).add(o);
			}
		}
		sequences.forEach((sequence, elements) -> checkSequence(sequence.kind(), elements));
	}

	/** One numbered sequence: its kind (as named in messages) and the element it runs within. */
	private record Sequence(String kind, EObject scope) {
	}

	private void checkSequence(String kind, List<EObject> elements) {
		Map<Long, EObject> seen = new LinkedHashMap<>();
		Long previous = null;
		for (EObject o : elements) {
			Long n = number(o);
			EStructuralFeature feature = o.eClass().getEStructuralFeature("number");
			EObject first = seen.putIfAbsent(n, o);
			if (first != null) {
				report(CheckType.NUMBERING_DUPLICATE, kind + " " + n + " is numbered twice (also on line " + line(first) + ")", o, feature, null,
						String.valueOf(previous == null ? n : previous + 1));
			} else if (previous != null && n < previous) {
				report(CheckType.NUMBERING_ORDER, kind + " " + n + " comes after " + kind + " " + previous + "; expected " + (previous + 1), o, feature,
						null, String.valueOf(previous + 1));
			} else if (previous != null && n > previous + 1) {
				String missing = n == previous + 2 ? String.valueOf(previous + 1) : (previous + 1) + "–" + (n - 1);
				report(CheckType.NUMBERING_GAP, kind + " " + n + " follows " + kind + " " + previous + "; " + missing + " is missing", o, feature, null,
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

	private static String describe(EObject container) {
		if (container instanceof Chapter c) {
			return "chapter " + (c.getNumber() == null ? "\"" + c.getTitle() + "\"" : c.getNumber());
		}
		if (container instanceof Section s) {
			return "section \"" + s.getTitle() + "\"";
		}
		return "the plan";
	}

	private static int line(EObject o) {
		var node = NodeModelUtils.getNode(o);
		return node == null ? 0 : node.getStartLine();
	}
}
