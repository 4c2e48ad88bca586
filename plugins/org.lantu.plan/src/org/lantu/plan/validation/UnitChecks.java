package org.lantu.plan.validation;

import org.eclipse.xtext.validation.Check;
import org.lantu.plan.plan.PlanPackage;
import org.lantu.plan.plan.Quantity;
import org.lantu.plan.plan.UnitDecl;
import org.lantu.plan.resolve.PlanUnits;

import com.google.inject.Inject;

/** unit.unknown: every unit a quantity names is built in or declared with {@code unit}. */
public class UnitChecks extends CheckFamily {

	@Inject
	private PlanUnits planUnits;

	@Check
	public void unitKnown(Quantity q) {
		if (q.getUnit() == null) {
			return;
		}
		var units = planUnits.of(q);
		if (units.find(q.getUnit()).isPresent() || units.findWithGluedSuffix(q.getUnit()).isPresent()) {
			return;
		}
		var similar = units.similar(q.getUnit());
		error("unknown unit '" + q.getUnit() + "'" + (similar.isEmpty() ? "" : " (known units like it: " + String.join(", ", similar) + ")")
				+ "; declare it with: unit " + q.getUnit() + " = <factor> <known unit>", q, PlanPackage.Literals.QUANTITY__UNIT,
				CheckIds.UNIT_UNKNOWN, q.getUnit());
	}

	@Check
	public void unitDeclaration(UnitDecl d) {
		if (d.getBase() != null && planUnits.of(d).find(d.getBase()).isEmpty()) {
			error("unit '" + d.getName() + "' is defined in terms of '" + d.getBase() + "', which is not a known unit", d,
					PlanPackage.Literals.UNIT_DECL__BASE, CheckIds.UNIT_UNKNOWN, d.getBase());
		}
	}
}
