package org.lantu.plan.validation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.validation.Check;
import org.lantu.plan.evaluate.Comparison;
import org.lantu.plan.evaluate.Facts.Kind;
import org.lantu.plan.evaluate.Value;
import org.lantu.plan.findings.CheckType;
import org.lantu.plan.findings.Text;
import org.lantu.plan.plan.Plan;
import org.lantu.plan.plan.PlanPackage;
import org.lantu.plan.plan.Project;
import org.lantu.plan.plan.Quantity;
import org.lantu.plan.plan.Stage;
import org.lantu.plan.plan.YearRange;
import org.lantu.plan.quantity.Interval;

/**
 * project.stages: the investment (and land) of a project's stages (一期, 二期) add up to the
 * project's, or stay within it when not every stage states one. project.years: stages are built
 * within the project's years, and the project within the plan's period and outlook.
 */
public class ProjectChecks extends CheckFamily {

	@Check
	public void stagesAddUp(Project project) {
		compare(project, Kind.INVESTMENT.text(), project.getInvestment(), project.getStages().stream().map(Stage::getInvestment).toList());
		compare(project, Kind.LAND.text(), project.getLand(), project.getStages().stream().map(Stage::getLand).toList());
	}

	private void compare(Project project, Text what, Quantity totalQ, List<Quantity> stageQs) {
		Value total = evaluator.value(totalQ, null);
		if (total == null) {
			return;
		}
		Interval lenient = Interval.point(BigDecimal.ZERO);
		Interval strict = Interval.point(BigDecimal.ZERO);
		List<String> terms = new ArrayList<>();
		int known = 0;
		List<Value> stages = new ArrayList<>();
		for (int i = 0; i < stageQs.size(); i++) {
			Value v = evaluator.value(stageQs.get(i), null);
			if (v == null) {
				continue;
			}
			if (!Comparison.compatible(v, total)) {
				Text message = Text.of("unit.dimension.stage", project.getName(), what, project.getStages().get(i).getName(), v.written(), total.written());
				report(CheckType.UNIT_DIMENSION, message, stageQs.get(i), null, project);
				uncovered(project, message, total, v);
				return;
			}
			stages.add(v);
			known++;
			lenient = lenient.plus(v.allowed(false));
			strict = strict.plus(v.allowed(true));
			terms.add(project.getStages().get(i).getName() + " " + v.written());
		}
		if (known == 0) {
			return;
		}
		covered(project, total);
		stages.forEach(v -> covered(project, v));
		if (known == stageQs.size()) {
			Comparison c = Comparison.of(lenient, total.allowed(false), strict, total.allowed(true));
			if (c != Comparison.HOLDS) {
				String arithmetic = arithmetic(terms, total, lenient);
				String fix = Comparison.fix(lenient, total.unit(), total.decimals());
				report(CheckType.PROJECT_STAGES, c != Comparison.FAILS, Text.of(c == Comparison.ONLY_LENIENT ? "project.stages.lenient" : "project.stages.sum",
						project.getName(), what, arithmetic, Comparison.describe(total, c == Comparison.ONLY_LENIENT)), totalQ, null, project,
						fix == null ? new String[0] : new String[] { fix });
			}
		} else if (!lenient.canBeAtMost(total.allowed(false))) {
			report(CheckType.PROJECT_STAGES, Text.of("project.stages.exceed", project.getName(), what, arithmetic(terms, total, lenient),
					Comparison.describe(total, false)), totalQ, null, project);
		}
	}

	/** 一期 1 + 二期 2 = 3, worked out only for a finding. */
	private static String arithmetic(List<String> terms, Value total, Interval sum) {
		return String.join(" + ", terms) + " = " + total.show(sum);
	}

	@Check
	public void stagesWithinProjectYears(Project project) {
		YearRange years = project.getYears();
		for (Stage stage : project.getStages()) {
			YearRange s = stage.getYears();
			if (s != null && years != null && (s.getFrom() < years.getFrom() || s.getTo() > years.getTo())) {
				reportMinor(CheckType.PROJECT_YEARS, Text.of("project.years.stage-outside", project.getName(), stage.getName(), s.getFrom() + "—" + s.getTo(),
						years.getFrom() + "—" + years.getTo()), stage, PlanPackage.Literals.PROJECT_FACT__YEARS, project);
			}
			if (s != null && s.getFrom() > s.getTo()) {
				report(CheckType.PROJECT_YEARS, Text.of("project.years.stage-backwards", project.getName(), stage.getName(), s.getFrom() + "—" + s.getTo()), stage,
						PlanPackage.Literals.PROJECT_FACT__YEARS, project);
			}
		}
		Plan plan = EcoreUtil2.getContainerOfType(project, Plan.class);
		if (years == null || plan == null || TimeChecks.period(plan) == null || years.getFrom() == 0 || years.getTo() == 0) {
			return;
		}
		if (years.getFrom() > years.getTo()) {
			report(CheckType.PROJECT_YEARS, Text.of("project.years.backwards", project.getName(), years.getFrom() + "—" + years.getTo()), project,
					PlanPackage.Literals.PROJECT_FACT__YEARS, project);
		} else if (years.getTo() > TimeChecks.horizon(plan)) {
			reportMinor(CheckType.PROJECT_YEARS, Text.of("project.years.beyond", project.getName(), years.getFrom() + "—" + years.getTo(), TimeChecks.horizon(plan)),
					project, PlanPackage.Literals.PROJECT_FACT__YEARS, project);
		}
	}
}
