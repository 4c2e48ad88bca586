package org.lantu.plan.validation;

import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.validation.Check;
import org.lantu.plan.evaluate.Evaluator;
import org.lantu.plan.evaluate.Facts.Key;
import org.lantu.plan.evaluate.Facts.Kind;
import org.lantu.plan.evaluate.Facts;
import org.lantu.plan.evaluate.Value;
import org.lantu.plan.findings.CheckType;
import org.lantu.plan.findings.Text;
import org.lantu.plan.naming.DisplayNames;
import org.lantu.plan.parser.Spans;
import org.lantu.plan.plan.ActualProperty;
import org.lantu.plan.plan.BaseProperty;
import org.lantu.plan.plan.Indicator;
import org.lantu.plan.plan.Phase;
import org.lantu.plan.plan.Plan;
import org.lantu.plan.plan.PlanPackage;
import org.lantu.plan.plan.Quantity;
import org.lantu.plan.plan.TargetProperty;
import org.lantu.plan.plan.Task;
import org.lantu.plan.plan.YearRange;

/**
 * time.period: the plan period runs forwards and its outlook years lie after it. time.phases:
 * phases (近期/中期/远期) run forwards, follow each other without gaps or overlaps and lie within
 * the period and its outlook. time.year: targets fall within the period and outlook, base years
 * before the period starts. time.actual: no actual value for a year after the plan's as-of year
 * (else its date, else the current year).
 */
public class TimeChecks extends CheckFamily {

	@Check
	public void periodAndOutlook(Plan plan) {
		if (plan.getPeriod() == null) {
			return;
		}
		YearRange period = period(plan);
		if (period == null) {
			return; // a year that could not be read is reported as [value]
		}
		int from = period.getFrom();
		int to = period.getTo();
		if (from != 0 && from > to) {
			report(CheckType.TIME_PERIOD, Text.of("time.period.backwards", from + "—" + to), plan, PlanPackage.Literals.PLAN__PERIOD, null, to + "—" + from);
		}
		for (int i = 0; i < plan.getOutlook().size(); i++) {
			int year = plan.getOutlook().get(i);
			if (year <= to) {
				reportMinor(CheckType.TIME_PERIOD, Text.of("time.period.outlook", year, span(period)), plan, PlanPackage.Literals.PLAN__OUTLOOK, null);
			}
		}
	}

	@Check
	public void phasesRunInSequence(Plan plan) {
		List<Phase> phases = new ArrayList<>(everything(plan, Phase.class).stream()
				.filter(p -> p.getRange() != null && p.getRange().getFrom() != 0 && p.getRange().getTo() != 0).toList());
		for (Phase p : phases) {
			int from = p.getRange().getFrom();
			int to = p.getRange().getTo();
			if (from > to) {
				report(CheckType.TIME_PHASES, Text.of("time.phases.backwards", p.getName(), from + "—" + to), p, PlanPackage.Literals.PHASE__RANGE, p);
			} else if (period(plan) != null && (from < period(plan).getFrom() || to > horizon(plan))) {
				report(CheckType.TIME_PHASES, Text.of("time.phases.outside", p.getName(), from + "—" + to, periodText(plan)), p, PlanPackage.Literals.PHASE__RANGE,
						p);
			}
		}
		phases.sort(Comparator.comparingInt(p -> p.getRange().getFrom()));
		for (int i = 1; i < phases.size(); i++) {
			Phase before = phases.get(i - 1);
			Phase p = phases.get(i);
			int expected = before.getRange().getTo() + 1;
			int from = p.getRange().getFrom();
			if (from > expected) {
				reportMinor(CheckType.TIME_PHASES, Text.of(from - expected == 1 ? "time.phases.gap" : "time.phases.gap-years", p.getName(), from, before.getName(),
						before.getRange().getTo(), from - expected == 1 ? String.valueOf(expected) : expected + "—" + (from - 1)), p, PlanPackage.Literals.PHASE__RANGE, p,
						String.valueOf(expected));
			} else if (from < expected) {
				reportMinor(CheckType.TIME_PHASES, Text.of("time.phases.overlap", p.getName(), from + "—" + p.getRange().getTo(), before.getName(),
						before.getRange().getFrom() + "—" + before.getRange().getTo()), p, PlanPackage.Literals.PHASE__RANGE, p, String.valueOf(expected));
			}
		}
	}

	@Check
	public void yearsWithinPeriod(Indicator indicator) {
		Plan plan = EcoreUtil2.getContainerOfType(indicator, Plan.class);
		if (plan == null) {
			return;
		}
		Facts f = evaluator.facts(indicator);
		for (Map.Entry<Key, Value> e : f.values().entrySet()) {
			Key key = e.getKey();
			int year = key.year();
			if (year == 0 || e.getValue().derived()) {
				continue;
			}
			if (key.kind() == Kind.TARGET && period(plan) != null && (year < period(plan).getFrom() || year > horizon(plan))) {
				report(CheckType.TIME_YEAR, Text.of("time.year.target-outside", f.name(), year, periodText(plan)), e.getValue().source(), null, indicator);
			} else if (key.kind() == Kind.BASE && period(plan) != null && period(plan).getFrom() != 0 && year > period(plan).getFrom()
					&& f.values().keySet().stream().anyMatch(k -> k.kind() == Kind.TARGET)) {
				report(CheckType.TIME_YEAR, Text.of("time.year.base-after-start", f.name(), year, period(plan).getFrom() + "—" + period(plan).getTo()),
						e.getValue().source(), null, indicator);
			} else if (key.kind() == Kind.ACTUAL && year > now(plan)) {
				report(CheckType.TIME_ACTUAL, Text.of("time.actual.future", f.name(), year, nowText(plan)), e.getValue().source(), null, indicator);
			}
		}
	}

	/** time.year: a task is due within the plan period and its outlook (完成时限 2026 in a plan to 2025 is a slip). */
	@Check
	public void deadlineWithinPeriod(Task task) {
		Plan plan = EcoreUtil2.getContainerOfType(task, Plan.class);
		int year = task.getDeadline();
		if (plan == null || year == 0 || period(plan) == null || year >= period(plan).getFrom() && year <= horizon(plan)) {
			return;
		}
		report(CheckType.TIME_YEAR, Text.of("time.year.deadline-outside", DisplayNames.nameOf(task), year, periodText(plan)), task,
				PlanPackage.Literals.TASK__DEADLINE, null);
	}

	/** time.duplicate: a year stated twice for the same kind of value (only the first is read). */
	@Check
	public void oneValuePerYear(Indicator indicator) {
		Facts f = evaluator.facts(indicator);
		for (var p : indicator.getProperties()) {
			if (p instanceof BaseProperty b) {
				once(f, new Key(Kind.BASE, b.getYear()), b.getValue(), indicator);
			} else if (p instanceof TargetProperty t) {
				t.getValues().forEach(yv -> once(f, new Key(Kind.TARGET, yv.getYear()), yv.getValue(), indicator));
			} else if (p instanceof ActualProperty a) {
				a.getValues().forEach(yv -> once(f, new Key(Kind.ACTUAL, yv.getYear()), yv.getValue(), indicator));
			}
		}
	}

	private void once(Facts f, Key key, Quantity q, Indicator indicator) {
		Value kept = key.year() == 0 || q == null ? null : f.get(key);
		if (kept != null && kept.source() != q) {
			int line = Spans.line(kept.source());
			report(CheckType.TIME_DUPLICATE, Text.of("time.duplicate.year", f.name(), key.text(), kept.written(), line == 0 ? "?" : line,
					Evaluator.written(q)), q, null, indicator);
		}
	}

	/**
	 * The plan period, or null when it is missing or one of its years could not be read; a period
	 * that states only its end ({@code 规划期限 到2027}) has the start year 0.
	 */
	static YearRange period(Plan plan) {
		var p = plan.getPeriod();
		boolean unreadableStart = p != null && p.getFrom() == 0 && Evaluator.isWritten(p, PlanPackage.Literals.YEAR_RANGE__FROM);
		return p == null || p.getTo() == 0 || unreadableStart ? null : p;
	}

	/** "2021—2025", or for a period stating only its end "到2027" / "until 2027". */
	static Object span(YearRange period) {
		return period.getFrom() == 0 ? Text.of("time.period.until", period.getTo()) : period.getFrom() + "—" + period.getTo();
	}

	/** The last year the plan looks at: the end of its period or its furthest outlook year. */
	static int horizon(Plan plan) {
		int h = period(plan) == null ? Integer.MAX_VALUE : period(plan).getTo();
		for (int y : plan.getOutlook()) {
			h = Math.max(h, y);
		}
		return h;
	}

	/** "the plan period 2021—2025 and its outlook to 2035" / "规划期 2021—2025 年及展望至 2035 年" */
	private static Text periodText(Plan plan) {
		Object period = span(period(plan));
		return plan.getOutlook().isEmpty() ? Text.of("time.period.named", period) : Text.of("time.period.named-outlook", period, horizon(plan));
	}

	private static int now(Plan plan) {
		if (plan.getAsOf() != 0) {
			return plan.getAsOf();
		}
		if (plan.getDate() != null) {
			return plan.getDate().getYear();
		}
		return Year.now().getValue();
	}

	private static Text nowText(Plan plan) {
		if (plan.getAsOf() != 0) {
			return Text.of("time.now.as-of", plan.getAsOf());
		}
		if (plan.getDate() != null) {
			return Text.of("time.now.date", plan.getDate().getYear());
		}
		return Text.of("time.now.current");
	}
}
