package org.lantu.plan.validation;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.IntStream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.validation.Check;
import org.lantu.plan.evaluate.Comparison;
import org.lantu.plan.evaluate.Evaluator;
import org.lantu.plan.evaluate.Facts.Key;
import org.lantu.plan.evaluate.Facts.Kind;
import org.lantu.plan.evaluate.Facts;
import org.lantu.plan.evaluate.Growth;
import org.lantu.plan.evaluate.RatioValue;
import org.lantu.plan.evaluate.Resolved;
import org.lantu.plan.evaluate.Value;
import org.lantu.plan.findings.CheckType;
import org.lantu.plan.findings.Text;
import org.lantu.plan.naming.DisplayNames;
import org.lantu.plan.parser.Spans;
import org.lantu.plan.plan.Aspect;
import org.lantu.plan.plan.Claim;
import org.lantu.plan.plan.Element;
import org.lantu.plan.plan.Group;
import org.lantu.plan.plan.Indicator;
import org.lantu.plan.plan.PlanPackage;
import org.lantu.plan.plan.PlanScope;
import org.lantu.plan.plan.Project;
import org.lantu.plan.plan.Target;
import org.lantu.plan.plan.Zone;
import org.lantu.plan.quantity.ChineseNumerals;
import org.lantu.plan.quantity.Decimals;
import org.lantu.plan.quantity.Interval;
import org.lantu.plan.quantity.Magnitudes;
import org.lantu.plan.quantity.Unit;

import com.google.inject.Inject;

/**
 * claim.mismatch, claim.differs, claim.no-value: a number written in the text and tied to a
 * value with {@code [text](subject@year)} agrees with the value the plan (or an imported plan)
 * states or implies. It agrees when the two figures meet within their precision and tolerance;
 * it differs (a warning) when the figures differ but the statements can both hold (突破1000亿元
 * against a target of 1200亿元); it contradicts (an error) when they cannot.
 * count.mismatch: a count word (八大, 三, 5大) bound to a list matches the list's length (or a
 * project's stages, a zone's parts).
 */
public class ClaimChecks extends CheckFamily {


	@Check
	public void claimAgreesWithValue(Claim claim) {
		Target target = claim.getTarget();
		if (target == null || target.getSubject() == null || target.getSubject().eIsProxy()) {
			return;
		}
		if (claim.getCount() != null && !target.isCount() && countOf(target.getSubject()) == null) {
			Resolved r = Resolved.of(evaluator, target);
			Optional<Magnitudes.Amount> amount = Magnitudes.of(claim.getCount().getWord());
			if (amount.isPresent() && r.problem() != null) {
				// an amount in words tied to a value the plan does not state: as for a number
				report(CheckType.CLAIM_NO_VALUE, Text.of("claim.no-value.says", claim.getCount().getWord(), r.problem()), claim,
						PlanPackage.Literals.CLAIM__TARGET, r.facts().element());
				return;
			}
			if (amount.isPresent() && r.stated() != null && checkAmount(claim, r, amount.get())) {
				return;
			}
			// a word that is not a number ([abc], [八大] on an indicator) tied to a value: nothing can be compared, and the author must know it
			report(CheckType.CLAIM_UNREADABLE, Text.of("claim.unreadable.says", claim.getCount().getWord(), r.facts().text(r.key())), claim,
					PlanPackage.Literals.CLAIM__COUNT, r.facts().element());
			return;
		}
		if (target.isCount() || claim.getCount() != null) {
			checkCount(claim, target);
			return;
		}
		if (!claim.getValue().getTerms().isEmpty()) {
			checkRatio(claim, target);
			return;
		}
		Resolved r = Resolved.of(evaluator, target);
		EObject subject = r.facts().element();
		if (r.problem() != null) {
			Text message = Text.of("claim.no-value.says", Evaluator.written(claim.getValue()), r.problem());
			report(CheckType.CLAIM_NO_VALUE, message, claim, PlanPackage.Literals.CLAIM__TARGET, subject);
			uncovered(claim, message, evaluator.value(claim.getValue(), null));
			return;
		}
		String contextUnit = r.stated() != null && r.stated().unit() != null ? r.stated().unit().name()
				: r.key().kind().isComputedPercentage() ? "%" : r.facts().unit() == null ? null : r.facts().unit().name();
		Value said = evaluator.value(claim.getValue(), contextUnit);
		Text what = r.facts().text(r.key());
		if (said == null) {
			return; // its unit is unknown: unit.unknown says so where it is written
		}
		if (r.computed() != null) {
			covered(claim, said);
			Growth.until(r.facts(), claim.getTarget().getYear()).ifPresent(g -> covered(claim, g.base(), g.end()));
			Value rate = said.asComputedPercentage();
			if (!rate.figure().meets(r.computed()) && !rate.allowed(false).meets(r.computed())) {
				int decimals = Math.max(2, said.decimals());
				boolean growth = r.key().kind().isComputedPercentage();
				String nominal = r.nominal() == null ? null
						: growth ? Decimals.plain(r.nominal(), decimals) + "%" : said.show(r.nominal());
				String range = growth ? r.computed().format(v -> Decimals.plain(v, decimals)) + "%" : said.show(r.computed());
				Object computed = nominal == null ? range : nominal.equals(range) ? nominal : Text.of("claim.rounding", nominal, range);
				report(CheckType.CLAIM_MISMATCH, Text.of("claim.mismatch.computed", what, said.written(), r.basis(), computed), claim.getValue(), null, subject,
						nominal == null ? range : nominal);
			}
			return;
		}
		Value stated = r.stated();
		said = Comparison.inUnitOf(said, stated.unit());
		if (!Comparison.compatible(said, stated)) {
			Text message = Text.of("unit.dimension.claim", what, said.written(), dimension(said), stated.written(), dimension(stated));
			report(CheckType.UNIT_DIMENSION, message, claim.getValue(), null, subject);
			uncovered(claim, message, said, stated);
			return;
		}
		covered(claim, said, stated);
		Value value = Comparison.inUnitOf(stated, said.unit());
		if (said.figure().meets(value.figure())) {
			return;
		}
		boolean strict = evaluator.settings(claim).strict();
		Text where = where(claim, value);
		String fix = value.written();
		if (said.allowed(strict).meets(value.allowed(strict))) {
			report(CheckType.CLAIM_DIFFERS, Text.of("claim.differs.says", what, said.written(), where, value.written()), claim.getValue(), null, subject, fix);
		} else {
			report(CheckType.CLAIM_MISMATCH, Text.of("claim.mismatch.says", what, Comparison.describe(said, strict), where, Comparison.describe(value, strict)),
					claim.getValue(), null, subject, fix);
		}
	}

	/** A ratio in the text ([7.9:39.6:52.5](三次产业结构@2025)) against the ratio its indicator states for that year, term by term. */
	private void checkRatio(Claim claim, Target target) {
		EObject subject = target.getSubject();
		Indicator indicator = subject instanceof Indicator i ? i : null;
		RatioValue said = evaluator.ratio(claim.getValue(), indicator == null ? null : indicator.getUnit());
		if (said == null) {
			return; // its unit is unknown: unit.unknown says so where it is written
		}
		Facts facts = evaluator.facts(subject);
		Optional<Map.Entry<Key, RatioValue>> found = indicator == null ? Optional.empty() : ratioAt(evaluator.ratios(indicator), target);
		if (found.isEmpty()) {
			Text problem = target.getYear() == 0 ? Text.of("resolve.no-ratio", facts.name()) : Text.of("resolve.no-ratio-in", facts.name(), target.getYear());
			report(CheckType.CLAIM_NO_VALUE, Text.of("claim.no-value.says", said.written(), problem), claim, PlanPackage.Literals.CLAIM__TARGET, subject);
			return;
		}
		RatioValue stated = found.get().getValue();
		covered(claim, said.terms().toArray(Value[]::new));
		covered(claim, stated.terms().toArray(Value[]::new));
		int n = said.terms().size();
		boolean agrees = n == stated.terms().size() && IntStream.range(0, n).allMatch(i -> said.terms().get(i).figure().meets(stated.terms().get(i).figure()));
		if (!agrees) {
			Text where = where(claim, stated.terms().get(0));
			report(CheckType.CLAIM_MISMATCH, Text.of("claim.mismatch.says", facts.text(found.get().getKey()), said.written(), where, stated.written()),
					claim.getValue(), null, subject, stated.written());
		}
	}

	/** The ratio a target names: of its year (a target, else an actual, else a base), its aspect's (基期值, 实际), or the last target's. */
	private static Optional<Map.Entry<Key, RatioValue>> ratioAt(Map<Key, RatioValue> ratios, Target target) {
		int year = target.getYear();
		Aspect aspect = Evaluator.isWritten(target, PlanPackage.Literals.TARGET__ASPECT) ? target.getAspect() : null;
		List<Kind> kinds = aspect == Aspect.BASE ? List.of(Kind.BASE) : aspect == Aspect.ACTUAL ? List.of(Kind.ACTUAL) : List.of(Kind.TARGET, Kind.ACTUAL, Kind.BASE);
		for (Kind kind : kinds) {
			Optional<Map.Entry<Key, RatioValue>> e = ratios.entrySet().stream().filter(r -> r.getKey().kind() == kind && (year == 0 || r.getKey().year() == year))
					.max(Comparator.comparingInt(r -> r.getKey().year()));
			if (e.isPresent()) {
				return e;
			}
		}
		return Optional.empty();
	}

	/**
	 * An amount in words ([千亿], [百亿级], [五百亿元]) against the value it is tied to: a floor holds when
	 * the value can reach it, an exact amount as a written number would. False when the word names a
	 * unit this plan does not know (the claim is then unreadable).
	 */
	private boolean checkAmount(Claim claim, Resolved r, Magnitudes.Amount amount) {
		Value stated = r.stated();
		String word = claim.getCount().getWord();
		BigDecimal factor = BigDecimal.ONE;
		if (!amount.unit().isEmpty()) {
			Optional<Unit> unit = evaluator.units(claim).find(amount.unit());
			if (unit.isEmpty()) {
				return false;
			}
			if (stated.unit() == null || !unit.get().sameDimension(stated.unit())) {
				Text message = Text.of("unit.dimension.claim", r.facts().text(r.key()), word, dimension(unit.get()), stated.written(), dimension(stated));
				report(CheckType.UNIT_DIMENSION, message, claim, PlanPackage.Literals.CLAIM__COUNT, r.facts().element());
				return true;
			}
			factor = unit.get().factor();
		}
		BigDecimal base = amount.amount().multiply(factor);
		String shown = stated.show(base);
		Text what = r.facts().text(r.key());
		covered(claim, stated);
		if (amount.floor()) {
			if (!stated.allowed(false).meets(Interval.atLeast(base, false))) {
				report(CheckType.CLAIM_MISMATCH, Text.of("claim.mismatch.floor", what, word, shown, where(claim, stated), stated.written()), claim,
						PlanPackage.Literals.CLAIM__COUNT, r.facts().element());
			}
		} else if (!stated.figure().contains(base)) {
			boolean differs = stated.allowed(false).contains(base);
			report(differs ? CheckType.CLAIM_DIFFERS : CheckType.CLAIM_MISMATCH,
					Text.of(differs ? "claim.differs.says" : "claim.mismatch.says", what, word + " (" + shown + ")", where(claim, stated), stated.written()), claim,
					PlanPackage.Literals.CLAIM__COUNT, r.facts().element(), stated.written());
		}
		return true;
	}

	/** "outline.plan:111 states", "line 40 states". */
	private static Text where(Claim claim, Value value) {
		int at = Spans.line(value.source());
		String line = at == 0 ? "" : String.valueOf(at);
		if (value.source().eResource() != claim.eResource() && value.source().eResource() != null) {
			return Text.of("claim.where.file", URI.decode(value.source().eResource().getURI().lastSegment()), line);
		}
		return Text.of("claim.where.line", line);
	}

	private void checkCount(Claim claim, Target target) {
		EObject subject = target.getSubject();
		Integer actual = countOf(subject);
		if (actual == null) {
			return;
		}
		OptionalLong said;
		String written;
		if (claim.getCount() != null) {
			written = claim.getCount().getWord();
			said = ChineseNumerals.leading(written);
		} else {
			Value v = evaluator.value(claim.getValue(), null);
			written = Evaluator.written(claim.getValue());
			said = v != null && Decimals.isInteger(v.number()) && v.upper() == null ? OptionalLong.of(v.number().longValueExact()) : OptionalLong.empty();
			if (v != null && v.upper() != null) {
				Interval range = v.figure();
				if (range.contains(BigDecimal.valueOf(actual))) {
					return;
				}
			}
		}
		if (said.isEmpty() || said.getAsLong() == actual) {
			return;
		}
		String style = written.chars().anyMatch(c -> c >= '0' && c <= '9') ? String.valueOf(actual) : ChineseNumerals.format(actual);
		report(CheckType.COUNT_MISMATCH, Text.of(actual == 1 ? "count.mismatch.one" : "count.mismatch.many", written, said.getAsLong(), DisplayNames.nameOf(subject),
				actual), claim, claim.getCount() != null ? PlanPackage.Literals.CLAIM__COUNT : PlanPackage.Literals.CLAIM__VALUE,
				subject, style);
	}

	/** The length of a list, the stages of a project, the parts of a zone, or the zones nested in it. */
	static Integer countOf(EObject subject) {
		if (subject instanceof Group g) {
			return g.getMembers().size();
		}
		if (subject instanceof Project p) {
			return p.getStages().isEmpty() ? null : p.getStages().size();
		}
		if (subject instanceof PlanScope scope) {
			return scope.getParts().isEmpty() ? null : scope.getParts().size();
		}
		if (subject instanceof Zone z) {
			if (!z.getParts().isEmpty()) {
				return z.getParts().size();
			}
			int n = 0;
			for (Element e : z.getElements()) {
				if (e instanceof Zone) {
					n++;
				}
			}
			return n == 0 ? null : n;
		}
		return null;
	}

}
