package org.lantu.plan.validation;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.util.SimpleAttributeResolver;
import org.eclipse.xtext.validation.Check;
import org.lantu.plan.findings.CheckType;
import org.lantu.plan.findings.Text;
import org.lantu.plan.parser.Spans;
import org.lantu.plan.plan.Indicator;
import org.lantu.plan.plan.Plan;
import org.lantu.plan.plan.PlanPackage;
import org.lantu.plan.plan.Referable;

import com.google.inject.Inject;

/**
 * name.duplicate: within one plan, a name denotes one element. syntax (a misreading the grammar cannot see): an
 * indicator's number glued to its name (指标 5G基站 reads as number 5, name G基站).
 */
public class NamingChecks extends CheckFamily {

	@Inject
	private IQualifiedNameProvider names;

	@Check
	public void uniqueNames(Plan plan) {
		Map<QualifiedName, EObject> seen = new HashMap<>();
		for (EObject o : everything(plan)) {
			String name = o instanceof Referable ? SimpleAttributeResolver.NAME_RESOLVER.apply(o) : null;
			if (name == null) {
				continue;
			}
			QualifiedName qn = names.getFullyQualifiedName(o);
			if (qn == null) {
				continue;
			}
			EObject first = seen.putIfAbsent(qn, o);
			if (first != null) {
				int line = Spans.line(first);
				report(CheckType.NAME_DUPLICATE, Text.of("name.duplicate.again", name, line, Text.of("element." + first.eClass().getName().toLowerCase())), o,
						o.eClass().getEStructuralFeature("name"), null, name);
			}
		}
	}

	/**
	 * 指标 5G基站（个）: the grammar reads number 5 and name G基站, since names start with a letter; a name that starts
	 * with digits is quoted (指标 "5G基站"). Said where no space stands between the number and the name.
	 */
	@Check
	public void numberGluedToName(Indicator indicator) {
		if (indicator.getNumber() == null) {
			return; // most rows: no node to look up
		}
		var number = Spans.of(indicator, PlanPackage.Literals.INDICATOR__NUMBER);
		var name = Spans.of(indicator, PlanPackage.Literals.INDICATOR__NAME);
		if (number.size() != 1 || name.isEmpty() || number.get(0).end() != name.get(0).offset()) {
			return;
		}
		String digits = Spans.text(indicator, number.get(0)).strip();
		String written = digits + indicator.getName();
		report(CheckType.SYNTAX, Text.of("syntax.number-glued", digits, indicator.getName(), written), indicator,
				PlanPackage.Literals.INDICATOR__NUMBER, null);
	}
}
