package org.lantu.plan.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.lantu.plan.findings.Lang;
import org.lantu.plan.findings.Messages;
import org.lantu.plan.findings.Text;
import org.lantu.plan.naming.DisplayNames;
import org.lantu.plan.plan.Claim;
import org.lantu.plan.plan.Plan;
import org.lantu.plan.plan.PlanPackage;
import org.lantu.plan.plan.Quantity;
import org.lantu.plan.resolve.PlanContents;
import org.lantu.plan.validation.Coverage;

/**
 * How many of a plan's written numbers the checks compared with another: each number is
 * cross-checked (it took part in at least one relation that was evaluated: a 合计, a 占比, a growth
 * rate, a claim in the text, a zone's parts, a project's stages), stated once (no relation names
 * it), or not checked (a relation names it but could not be evaluated, with the reason). The plan's
 * own tolerance is not a number of the plan.
 */
public record PlanCoverage(String file, List<Number> numbers) {

	public enum Status {
		CHECKED, ONCE, UNCHECKED;

		public String label() {
			return name().toLowerCase(Locale.ROOT);
		}
	}

	/** One written number: where, as written, the element it belongs to, and what became of it. */
	public record Number(int line, int column, String written, String element, Status status, String reason) {
	}

	public PlanCoverage {
		numbers = List.copyOf(numbers);
	}

	public long count(Status status) {
		return numbers.stream().filter(n -> n.status() == status).count();
	}

	/** The share of numbers cross-checked, in whole percent (rounded down; 0 for a plan without numbers). */
	public int percent() {
		return numbers.isEmpty() ? 0 : (int) (count(Status.CHECKED) * 100 / numbers.size());
	}

	/** "82% of the numbers cross-checked (41 of 50), 7 stated once, 2 not checked" / "已核验 82% 的数字（41/50），仅写一次 7 个，未核验 2 个". */
	public String summary(Lang lang) {
		return Messages.say(lang, "coverage.summary", percent(), count(Status.CHECKED), numbers.size(), count(Status.ONCE), count(Status.UNCHECKED));
	}

	/** The coverage of a plan file as its last check recorded it (nothing recorded: every number stated once). */
	static PlanCoverage of(String file, Resource resource, PlanContents contents, Lang lang) {
		Coverage coverage = Coverage.of(resource);
		Columns columns = Columns.of(resource);
		List<Number> numbers = new ArrayList<>();
		for (EObject o : contents.of(resource)) {
			if (!(o instanceof Quantity q) || q.getValue() == null || q.eContainingFeature() == PlanPackage.Literals.PLAN__TOLERANCE) {
				continue;
			}
			ICompositeNode node = NodeModelUtils.findActualNodeFor(q);
			int line = node == null ? 1 : node.getStartLine();
			int column = node == null || columns == null ? 1 : columns.column(node.getOffset(), 1);
			String written = node == null ? "" : NodeModelUtils.getTokenText(node);
			Status status = Status.ONCE;
			String reason = null;
			if (coverage != null && coverage.isChecked(q)) {
				status = Status.CHECKED;
			} else if (coverage != null && coverage.reason(q) != null) {
				status = Status.UNCHECKED;
				Text why = coverage.reason(q);
				reason = why.in(lang);
			}
			numbers.add(new Number(line, column, written, elementOf(q), status, reason));
		}
		return new PlanCoverage(file, numbers);
	}

	/** The element a number belongs to: a claim's subject, else the nearest named element. */
	private static String elementOf(Quantity q) {
		Claim claim = EcoreUtil2.getContainerOfType(q, Claim.class);
		if (claim != null && claim.getTarget() != null && claim.getTarget().getSubject() != null && !claim.getTarget().getSubject().eIsProxy()) {
			return DisplayNames.nearestNameOf(claim.getTarget().getSubject());
		}
		EObject holder = q.eContainer();
		return holder instanceof Plan ? null : DisplayNames.nearestNameOf(holder);
	}
}
