package org.lantu.plan.evaluate;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.lantu.plan.evaluate.Facts.Key;
import org.lantu.plan.evaluate.Facts.Kind;
import org.lantu.plan.findings.Text;
import org.lantu.plan.plan.Aspect;
import org.lantu.plan.plan.PlanPackage;
import org.lantu.plan.plan.Target;
import org.lantu.plan.quantity.Interval;

/**
 * What a claim or value reference {@code (subject@year aspect)} points at: a value the plan
 * states, or one computed from it (growth from base and target, a change), or why there is none.
 *
 * @param facts    the subject's facts
 * @param key      which value
 * @param stated   the stated value, or null
 * @param computed the computed value in base units (percent for growth), or null
 * @param nominal  the computed value from the figures as written, or null
 * @param basis    how the computed value was obtained ("301亿元 (2020) → 1200亿元 (2025) over 5 years")
 * @param problem  why nothing could be found, or null
 */
public record Resolved(Facts facts, Key key, Value stated, Interval computed, BigDecimal nominal, Text basis, Text problem) {

	public static Resolved of(Evaluator evaluator, Target target) {
		Facts f = evaluator.facts(target.getSubject());
		int year = target.getYear();
		Aspect aspect = Evaluator.isWritten(target, PlanPackage.Literals.TARGET__ASPECT) ? target.getAspect() : null;
		if (aspect == Aspect.GROWTH || aspect == Aspect.CHANGE) {
			Kind kind = aspect == Aspect.GROWTH ? Kind.GROWTH : Kind.CHANGE;
			// the stated rate is of the whole span; a claim on the rate to an earlier year is computed from the figures
			Optional<Growth> span = Growth.of(f);
			boolean whole = year == 0 || span.map(sp -> sp.endYear() == year).orElse(true);
			Value stated = whole ? f.get(kind) : null;
			if (stated != null) {
				return new Resolved(f, new Key(kind, 0), stated, null, null, null, null);
			}
			Optional<Growth> g = whole ? span : Growth.until(f, year);
			if (g.isEmpty()) {
				return problem(f, kind, Text.of("resolve.no-rate-nor-span", kind.text(), f.name()));
			}
			Interval computed = kind == Kind.GROWTH ? g.get().cagrPercent() : g.get().difference();
			if (computed == null) {
				return problem(f, kind, Text.of("resolve.no-rate-from-base", f.name(), g.get().base().written()));
			}
			BigDecimal nominal = kind == Kind.GROWTH ? g.get().cagrNominal() : g.get().differenceNominal();
			return new Resolved(f, new Key(kind, 0), null, computed, nominal, g.get().describe(), null);
		}
		if (aspect == Aspect.RISE || aspect == Aspect.FALL) {
			return relative(f, aspect == Aspect.RISE ? Kind.RISE : Kind.FALL, year);
		}
		Kind kind = aspect == null ? null : switch (aspect) {
		case AREA -> Kind.AREA;
		case INVESTMENT -> Kind.INVESTMENT;
		case LAND -> Kind.LAND;
		case BASE -> Kind.BASE;
		case ACTUAL -> Kind.ACTUAL;
		default -> null;
		};
		if (kind == Kind.BASE) {
			Optional<Map.Entry<Key, Value>> base = year == 0 ? f.base() : f.entry(new Key(Kind.BASE, year));
			return base.map(e -> new Resolved(f, e.getKey(), e.getValue(), null, null, null, null))
					.orElseGet(() -> problem(f, Kind.BASE, year == 0 ? Text.of("resolve.no-base", f.name()) : Text.of("resolve.no-base-in", f.name(), year)));
		}
		if (kind == Kind.ACTUAL) {
			// what was achieved (预计完成3260亿元 in an annual plan), where the same year also has a target
			Optional<Map.Entry<Key, Value>> actual = year == 0 ? f.latest(Kind.ACTUAL, Integer.MAX_VALUE) : f.entry(new Key(Kind.ACTUAL, year));
			return actual.map(e -> new Resolved(f, e.getKey(), e.getValue(), null, null, null, null))
					.orElseGet(() -> problem(f, Kind.ACTUAL, year == 0 ? Text.of("resolve.no-actual", f.name()) : Text.of("resolve.no-actual-in", f.name(), year)));
		}
		if (kind != null) {
			Value v = f.get(kind);
			return v != null ? new Resolved(f, new Key(kind, 0), v, null, null, null, null)
					: problem(f, kind, Text.of("resolve.no-kind", kind.text(), f.name()));
		}
		if (year != 0) {
			return f.atYear(year).map(e -> new Resolved(f, e.getKey(), e.getValue(), null, null, null, null))
					.orElseGet(() -> problem(f, Kind.TARGET, Text.of("resolve.no-value-in", f.name(), year)));
		}
		List<Map.Entry<Key, Value>> amounts = f.values().entrySet().stream().filter(e -> f.isAmount(e.getKey())).toList();
		if (amounts.size() == 1) {
			return new Resolved(f, amounts.get(0).getKey(), amounts.get(0).getValue(), null, null, null, null);
		}
		return problem(f, Kind.TARGET, amounts.isEmpty() ? Text.of("resolve.no-value", f.name())
				: Text.of("resolve.which-year", f.name(), amounts.size(), f.name() + "@" + firstYear(amounts)));
	}

	/** The relative rise or fall from the base to {@code year} (0: to the last target), computed from the figures. */
	private static Resolved relative(Facts f, Kind kind, int year) {
		Optional<Growth> g = Growth.until(f, year);
		if (g.isEmpty()) {
			return problem(f, kind, Text.of("resolve.no-span", kind.text(), f.name()));
		}
		Interval rise = g.get().risePercent();
		if (rise == null) {
			return problem(f, kind, Text.of("resolve.no-relative-from-base", f.name(), g.get().base().written(), kind.text()));
		}
		BigDecimal nominal = g.get().riseNominal();
		boolean fall = kind == Kind.FALL;
		return new Resolved(f, new Key(kind, 0), null, fall ? rise.negate() : rise, fall && nominal != null ? nominal.negate() : nominal, g.get().describe(), null);
	}

	private static int firstYear(List<Map.Entry<Key, Value>> amounts) {
		return amounts.stream().mapToInt(e -> e.getKey().year()).filter(y -> y != 0).max().orElse(2025);
	}

	private static Resolved problem(Facts f, Kind kind, Text problem) {
		return new Resolved(f, new Key(kind, 0), null, null, null, null, problem);
	}
}
