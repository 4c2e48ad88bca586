package org.lantu.plan.validation;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.eclipse.xtext.validation.Check;
import org.lantu.plan.findings.CheckType;
import org.lantu.plan.findings.Text;
import org.lantu.plan.plan.ChangeProperty;
import org.lantu.plan.plan.ColumnKind;
import org.lantu.plan.plan.CumulativeCell;
import org.lantu.plan.plan.Date;
import org.lantu.plan.plan.GrowthProperty;
import org.lantu.plan.plan.Indicator;
import org.lantu.plan.plan.IndicatorCell;
import org.lantu.plan.plan.PlanPackage;
import org.lantu.plan.plan.PointsProperty;
import org.lantu.plan.plan.Quantity;
import org.lantu.plan.plan.UnitDecl;
import org.lantu.plan.quantity.Units;
import org.lantu.plan.resolve.IndicatorColumns;

import com.google.inject.Inject;

/**
 * unit.unknown: every unit a quantity or an indicator names is built in, declared with {@code unit}, or
 * one of those per another (万元/亩).
 * unit.dimension (for indicators): a value written with its own unit measures what the
 * indicator's unit measures (no 平方公里 in a row of 亿元).
 */
public class UnitChecks extends CheckFamily {


	@Check
	public void unitKnown(Quantity q) {
		if (q.getUnit() == null || q.getValue() == null) {
			return; // no number before it: the syntax error says what to write
		}
		var units = evaluator.units(q);
		if (units.findAllowingQualifier(q.getUnit()).isPresent()) {
			return;
		}
		report(CheckType.UNIT_UNKNOWN, unknown(q.getUnit(), units), q, PlanPackage.Literals.QUANTITY__UNIT, null, q.getUnit());
	}

	/**
	 * unit.unknown for an indicator's own unit: its bare numbers are then compared with one another only, never
	 * with a value the text states in a unit.
	 */
	@Check
	public void indicatorUnitKnown(Indicator indicator) {
		if (indicator.getUnit() == null) {
			return;
		}
		var units = evaluator.units(indicator);
		if (units.find(indicator.getUnit()).isPresent()) {
			return;
		}
		report(CheckType.UNIT_UNKNOWN, unknown(indicator.getUnit(), units), indicator, PlanPackage.Literals.INDICATOR__UNIT, null, indicator.getUnit());
	}

	/**
	 * What to say of a unit nobody declared: the part of 人/万车 that is unknown, the known units like it, and
	 * how to declare it.
	 */
	private static Text unknown(String name, Units units) {
		if (Units.isPerZero(name)) {
			return Text.of("unit.unknown.per-zero", name);
		}
		int slash = name.indexOf('/');
		if (slash > 0 && slash < name.length() - 1) {
			for (String part : List.of(name.substring(0, slash), name.substring(slash + 1))) {
				if (units.find(part).isEmpty()) {
					return Text.of("unit.unknown.per", name, unknown(part, units));
				}
			}
		}
		var similar = units.similar(name);
		return similar.isEmpty() ? Text.of("unit.unknown.declare", name) : Text.of("unit.unknown.similar", name, String.join(", ", similar));
	}

	@Check
	public void valuesFitTheIndicatorsUnit(Indicator indicator) {
		if (indicator.getUnit() == null) {
			return;
		}
		var units = evaluator.units(indicator);
		var declared = units.find(indicator.getUnit());
		if (declared.isEmpty()) {
			return;
		}
		for (var it = indicator.eAllContents(); it.hasNext();) {
			if (it.next() instanceof Quantity q && q.getUnit() != null) {
				var own = units.findAllowingQualifier(q.getUnit());
				boolean bracketed = q.eContainer() instanceof CumulativeCell;
				boolean rate = q.eContainer() instanceof GrowthProperty || q.eContainer() instanceof PointsProperty
						|| q.eContainer() instanceof ChangeProperty;
				if (own.isPresent() && !bracketed && !rate && !own.get().sameDimension(declared.get()) && !isGrowthColumn(q)) {
					report(CheckType.UNIT_DIMENSION, Text.of("unit.dimension.indicator", indicator.getName(), indicator.getUnit(), dimension(declared.get()),
							q.getUnit(), dimension(own.get())), q, PlanPackage.Literals.QUANTITY__UNIT, null, indicator.getUnit());
				}
			}
		}
	}

	/** A value in an indicator table's growth or change column (a rate, in % whatever the unit). */
	private static boolean isGrowthColumn(Quantity q) {
		if (!(q.eContainer() instanceof IndicatorCell cell) || !(cell.eContainer() instanceof Indicator i)) {
			return false;
		}
		var column = IndicatorColumns.place(i).cells().get(cell);
		return column != null && (column.getKind() == ColumnKind.GROWTH || column.getKind() == ColumnKind.CHANGE);
	}

	/** value: a range runs from low to high (3—5, not 5—3). */
	@Check
	public void rangeRunsUpward(Quantity q) {
		if (q.getValue() != null && q.getUpper() != null && q.getUpper().compareTo(q.getValue()) < 0) {
			report(CheckType.VALUE, Text.of("value.range-backwards", q.getUpper().toPlainString() + "—" + q.getValue().toPlainString()), q,
					PlanPackage.Literals.QUANTITY__UPPER, null, q.getUpper().toPlainString() + "—" + q.getValue().toPlainString());
		}
	}

	/** value: a date is a day of the calendar (not 2022年13月45日, not 2022-02-30). */
	@Check
	public void dateIsADay(Date d) {
		if (d.getYear() == 0) {
			return; // a year that could not be read is reported where it is written
		}
		try {
			LocalDate.of(d.getYear(), d.getMonth(), d.getDay());
		} catch (DateTimeException e) {
			String written = d.getYear() + "年" + d.getMonth() + "月" + d.getDay() + "日";
			report(CheckType.VALUE, d.getMonth() < 1 || d.getMonth() > 12 ? Text.of("value.date.month", written, d.getMonth())
					: Text.of("value.date.day", written, d.getYear() + "年" + d.getMonth() + "月", YearMonth.of(d.getYear(), d.getMonth()).lengthOfMonth()),
					d, null, null);
		}
	}

	/** unit.factor: a declared unit is a positive multiple of its base. */
	@Check
	public void unitFactorIsPositive(UnitDecl d) {
		if (d.getFactor() != null && d.getFactor().signum() <= 0) {
			report(CheckType.UNIT_FACTOR, Text.of("unit.factor.positive", d.getName(), d.getFactor().toPlainString(), d.getBase()), d,
					PlanPackage.Literals.UNIT_DECL__FACTOR, null);
		}
	}

	@Check
	public void unitDeclaration(UnitDecl d) {
		if (d.getBase() != null && evaluator.units(d).find(d.getBase()).isEmpty()) {
			report(CheckType.UNIT_UNKNOWN, Text.of("unit.unknown.base", d.getName(), d.getBase()), d,
					PlanPackage.Literals.UNIT_DECL__BASE, null, d.getBase());
		}
	}
}
