package org.lantu.plan.validation;

import java.util.Map;
import java.util.Optional;

import org.eclipse.xtext.validation.Check;
import org.lantu.plan.evaluate.Comparison;
import org.lantu.plan.evaluate.Facts;
import org.lantu.plan.evaluate.Facts.Key;
import org.lantu.plan.evaluate.Value;
import org.lantu.plan.findings.CheckType;
import org.lantu.plan.findings.Text;
import org.lantu.plan.naming.DisplayNames;
import org.lantu.plan.plan.PlanPackage;
import org.lantu.plan.plan.Share;
import org.lantu.plan.quantity.Decimals;
import org.lantu.plan.quantity.Interval;

/** share.mismatch: a share (占比, 比重) equals part / whole × 100 % for every year it states. */
public class ShareChecks extends CheckFamily {

	@Check
	public void shareIsPartOverWhole(Share share) {
		if (share.getShare() == null || share.getShare().eIsProxy() || share.getPart() == null || share.getPart().eIsProxy() || share.getWhole() == null
				|| share.getWhole().eIsProxy()) {
			return;
		}
		Facts shareFacts = evaluator.facts(share.getShare());
		Facts part = evaluator.facts(share.getPart());
		Facts whole = evaluator.facts(share.getWhole());
		for (Map.Entry<Key, Value> e : shareFacts.values().entrySet()) {
			Key key = e.getKey();
			if (!shareFacts.isAmount(key)) {
				continue;
			}
			Optional<Map.Entry<Key, Value>> p = part.matching(key);
			Optional<Map.Entry<Key, Value>> w = whole.matching(key);
			Value stated = e.getValue();
			if (p.isEmpty() || w.isEmpty()) {
				notCovered(Text.of("coverage.unchecked.share.missing", shareFacts.text(key), (p.isEmpty() ? part : whole).name(), key.year()), share,
						PlanPackage.Literals.SHARE__SHARE, shareFacts.element(), stated);
				continue;
			}
			Value pv = Comparison.inUnitOf(p.get().getValue(), w.get().getValue().unit());
			Value wv = Comparison.inUnitOf(w.get().getValue(), pv.unit());
			var at = !stated.derived() && SumChecks.sameResource(stated.source(), share) ? stated.source() : share;
			var feature = at == share ? PlanPackage.Literals.SHARE__SHARE : null;
			if (!Comparison.compatible(pv, wv)) {
				Text message = Text.of("unit.dimension.share", shareFacts.name(), pv.written(), wv.written());
				report(CheckType.UNIT_DIMENSION, message, at, feature, shareFacts.element());
				uncovered(share, message, stated, pv, wv);
				continue;
			}
			Interval lenient = pv.allowed(false).dividedBy(wv.allowed(false));
			Interval strict = pv.allowed(true).dividedBy(wv.allowed(true));
			if (lenient == null || strict == null) {
				notCovered(Text.of("coverage.unchecked.share.zero", shareFacts.text(key), whole.name(), wv.written()), share, PlanPackage.Literals.SHARE__SHARE,
						shareFacts.element(), stated, pv, wv);
				continue;
			}
			covered(share, stated, pv, wv);
			lenient = lenient.times(Decimals.HUNDRED);
			strict = strict.times(Decimals.HUNDRED);
			Value rounded = stated.asComputedPercentage();
			Comparison c = Comparison.of(lenient, rounded.allowed(false), strict, rounded.allowed(true));
			if (c == Comparison.HOLDS) {
				continue;
			}
			int decimals = Math.max(2, stated.decimals());
			String computed = lenient.format(v -> Decimals.plain(v, decimals)) + "%";
			String arithmetic = DisplayNames.nameOf(share.getPart()) + " " + pv.written() + " / " + DisplayNames.nameOf(share.getWhole()) + " " + wv.written() + " = "
					+ computed;
			Text message = Text.of(c == Comparison.ONLY_LENIENT ? "share.mismatch.lenient" : "share.mismatch.computed", shareFacts.text(key), arithmetic,
					Comparison.describe(stated, c == Comparison.ONLY_LENIENT));
			String fix = Comparison.fix(lenient, null, stated.decimals());
			report(CheckType.SHARE_MISMATCH, c != Comparison.FAILS, message, at, feature, shareFacts.element(),
					fix == null ? new String[0] : new String[] { fix });
		}
	}
}
