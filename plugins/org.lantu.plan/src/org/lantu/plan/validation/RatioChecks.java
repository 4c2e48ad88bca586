package org.lantu.plan.validation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.validation.Check;
import org.lantu.plan.evaluate.Evaluator;
import org.lantu.plan.evaluate.Facts;
import org.lantu.plan.evaluate.Facts.Key;
import org.lantu.plan.evaluate.Facts.Kind;
import org.lantu.plan.evaluate.RatioValue;
import org.lantu.plan.evaluate.Value;
import org.lantu.plan.findings.CheckType;
import org.lantu.plan.findings.Text;
import org.lantu.plan.plan.BaseProperty;
import org.lantu.plan.plan.Claim;
import org.lantu.plan.plan.ColumnKind;
import org.lantu.plan.plan.Indicator;
import org.lantu.plan.plan.PlanPackage;
import org.lantu.plan.plan.Quantity;
import org.lantu.plan.plan.QuantityItem;
import org.lantu.plan.plan.Ratio;
import org.lantu.plan.plan.Referable;
import org.lantu.plan.plan.ValueCell;
import org.lantu.plan.plan.YearValue;
import org.lantu.plan.quantity.Decimals;
import org.lantu.plan.quantity.Interval;
import org.lantu.plan.quantity.Unit;
import org.lantu.plan.resolve.IndicatorColumns;

/**
 * Ratios (7.9:39.6:52.5, 2.45:1):
 * ratio.total: the terms of a ratio of percentages of one whole (三次产业结构（%）) make 100;
 * ratio.mismatch: a ratio declared as its terms' proportions ({@code 比例 三次产业结构 = 第一产业增加值 :
 * 第二产业增加值 : 第三产业增加值}) agrees with their values for every year it states;
 * ratio.misplaced: a ratio stands only where a ratio means something (an indicator's value, a number in the text).
 */
public class RatioChecks extends CheckFamily {

	@Check
	public void percentagesOfAWholeMakeHundred(Indicator indicator) {
		Unit unit = evaluator.facts(indicator).unit();
		if (unit != null && !RatioValue.ofAWhole(unit)) {
			return; // its ratios, if any, are not of percentages (an indicator without a unit may write them with %)
		}
		for (Map.Entry<Key, RatioValue> e : evaluator.ratios(indicator).entrySet()) {
			RatioValue ratio = e.getValue();
			if (!isValue(e.getKey()) || !ratio.ofAWhole()) {
				continue;
			}
			Interval total = ratio.total();
			covered(indicator, ratio.terms().toArray(Value[]::new));
			if (!total.contains(Decimals.HUNDRED)) {
				// the terms added as written: 6.7 + 38.5 + 53.8 is 99.0
				BigDecimal sum = ratio.terms().stream().map(Value::number).reduce(BigDecimal.ZERO, BigDecimal::add);
				Facts facts = evaluator.facts(indicator);
				report(CheckType.RATIO_TOTAL, Text.of("ratio.total.says", facts.text(e.getKey()), ratio.written(), sum.toPlainString()), ratio.source(), null, indicator);
			}
		}
	}

	@Check
	public void ratioIsItsTermsProportions(Ratio declared) {
		Referable of = declared.getRatio();
		if (!(of instanceof Indicator indicator) || declared.getTerms().stream().anyMatch(t -> t == null || t.eIsProxy())) {
			return; // reference.unresolved and reference.kind say why
		}
		Facts facts = evaluator.facts(indicator);
		List<Facts> terms = declared.getTerms().stream().map(evaluator::facts).toList();
		for (Map.Entry<Key, RatioValue> e : evaluator.ratios(indicator).entrySet()) {
			Key key = e.getKey();
			RatioValue stated = e.getValue();
			if (!isValue(key)) {
				continue;
			}
			EObject at = SumChecks.sameResource(stated.source(), declared) ? stated.source() : declared;
			var feature = at == declared ? PlanPackage.Literals.RATIO__RATIO : null;
			if (stated.terms().size() != terms.size()) {
				report(CheckType.RATIO_MISMATCH, Text.of("ratio.mismatch.terms", facts.text(key), stated.written(), stated.terms().size(), terms.size()), at, feature, indicator);
				continue;
			}
			List<Value> amounts = new ArrayList<>();
			for (Facts term : terms) {
				Optional<Map.Entry<Key, Value>> v = term.matching(key);
				if (v.isEmpty() && term.values().size() == 1 && term.values().keySet().iterator().next().year() == 0) {
					v = Optional.of(term.values().entrySet().iterator().next()); // a zone's one area, a project's one investment
				}
				if (v.isEmpty()) {
					notCovered(Text.of("coverage.unchecked.ratio.missing", facts.text(key), term.name(), key.year()), declared, PlanPackage.Literals.RATIO__RATIO,
							indicator, stated.terms().toArray(Value[]::new));
					break;
				}
				amounts.add(v.get().getValue());
			}
			if (amounts.size() < terms.size()) {
				continue;
			}
			Value first = amounts.get(0);
			Optional<Value> other = amounts.stream().filter(a -> a.unit() != null && first.unit() != null && !a.unit().sameDimension(first.unit())).findFirst();
			if (other.isPresent()) {
				Text message = Text.of("unit.dimension.ratio", facts.name(), first.written(), other.get().written());
				report(CheckType.UNIT_DIMENSION, message, declared, PlanPackage.Literals.RATIO__TERMS, indicator);
				uncovered(declared, message, amounts.toArray(Value[]::new));
				continue;
			}
			boolean positive = stated.terms().stream().allMatch(t -> t.number().signum() > 0);
			Interval scale = positive ? stated.scaleFor(amounts.stream().map(a -> a.allowed(false)).toList()) : null;
			if (scale == null) {
				notCovered(Text.of("coverage.unchecked.ratio.zero", facts.text(key), stated.written()), declared, PlanPackage.Literals.RATIO__RATIO, indicator,
						amounts.toArray(Value[]::new));
				continue;
			}
			covered(declared, stated.terms().toArray(Value[]::new));
			covered(declared, amounts.toArray(Value[]::new));
			if (!scale.isEmpty()) {
				continue;
			}
			String computed = proportions(stated, amounts);
			List<String> basis = new ArrayList<>();
			for (int i = 0; i < terms.size(); i++) {
				basis.add(terms.get(i).name() + " " + amounts.get(i).written());
			}
			report(CheckType.RATIO_MISMATCH, Text.of("ratio.mismatch.computed", facts.text(key), stated.written(), String.join(" : ", basis), computed), at, feature, indicator,
					computed);
		}
	}

	@Check
	public void ratioStandsForAValue(Quantity q) {
		if (q.getTerms().isEmpty()) {
			return;
		}
		EObject container = q.eContainer();
		boolean value = container instanceof Claim || container instanceof QuantityItem || container instanceof BaseProperty || container instanceof YearValue;
		if (container instanceof ValueCell cell && cell.eContainer() instanceof Indicator indicator) {
			var column = IndicatorColumns.place(indicator).cells().get(cell);
			value = column == null || column.getKind() == ColumnKind.BASE || column.getKind() == ColumnKind.TARGET || column.getKind() == ColumnKind.ACTUAL;
		}
		if (!value) {
			report(CheckType.RATIO_MISPLACED, Text.of("ratio.misplaced.says", Evaluator.written(q)), q, null, q);
		}
	}

	private static boolean isValue(Key key) {
		return key.kind() == Kind.BASE || key.kind() == Kind.TARGET || key.kind() == Kind.ACTUAL;
	}

	/**
	 * The amounts' proportions written as the stated ratio is: 2.46:1 when its last term is an exact 1, else
	 * scaled to the same total (7.9:39.5:52.6), to as many decimals as its terms have.
	 */
	private static String proportions(RatioValue stated, List<Value> amounts) {
		List<Value> terms = stated.terms();
		Value last = terms.get(terms.size() - 1);
		BigDecimal scale;
		if (last.tolerance() != null && last.tolerance().signum() == 0) {
			scale = Decimals.divideDown(last.nominal(), amounts.get(amounts.size() - 1).nominal());
		} else {
			BigDecimal total = terms.stream().map(Value::nominal).reduce(BigDecimal.ZERO, BigDecimal::add);
			BigDecimal whole = amounts.stream().map(Value::nominal).reduce(BigDecimal.ZERO, BigDecimal::add);
			scale = Decimals.divideDown(total, whole);
		}
		int decimals = Math.max(1, terms.stream().mapToInt(Value::decimals).max().orElse(0));
		List<String> shown = new ArrayList<>();
		for (int i = 0; i < terms.size(); i++) {
			BigDecimal term = amounts.get(i).nominal().multiply(scale).divide(terms.get(i).unit() == null ? BigDecimal.ONE : terms.get(i).unit().factor(),
					decimals, RoundingMode.HALF_UP);
			shown.add(Decimals.plain(term, decimals));
		}
		return String.join(":", shown);
	}
}
