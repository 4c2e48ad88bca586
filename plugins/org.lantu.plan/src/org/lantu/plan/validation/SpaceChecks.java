package org.lantu.plan.validation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.validation.Check;
import org.lantu.plan.evaluate.Comparison;
import org.lantu.plan.evaluate.Value;
import org.lantu.plan.findings.CheckType;
import org.lantu.plan.findings.Text;
import org.lantu.plan.naming.DisplayNames;
import org.lantu.plan.plan.Element;
import org.lantu.plan.plan.Phase;
import org.lantu.plan.plan.Plan;
import org.lantu.plan.plan.PlanPackage;
import org.lantu.plan.plan.PlanScope;
import org.lantu.plan.plan.Project;
import org.lantu.plan.plan.Quantity;
import org.lantu.plan.plan.Zone;
import org.lantu.plan.quantity.Dimension;
import org.lantu.plan.quantity.Interval;

import com.google.inject.Inject;

/**
 * space.parts: a zone's parts (its {@code parts}, else the zones nested in it) fit in its area,
 * and fill it when the zone is declared {@code complete}; so do the zones the plan's area is made of. space.phases: the areas of successive
 * phases do not shrink and the last one is the plan's area, or at least the area of the zones it
 * names. space.project: the land of a zone's projects fits in the zone.
 */
public class SpaceChecks extends CheckFamily {

	/** The sentences of space.parts, for a zone and for the plan. */
	private record Wording(String complete, String lenient, String exceed, String noPartArea) {
		static final Wording ZONE = new Wording("space.parts.complete", "space.parts.complete-lenient", "space.parts.exceed",
				"coverage.unchecked.space.no-part-area");
		static final Wording PLAN = new Wording("space.parts.plan-complete", "space.parts.plan-complete-lenient", "space.parts.plan-exceed",
				"coverage.unchecked.space.plan-no-part-area");
	}

	@Check
	public void partsFitZone(Zone zone) {
		partsFit(zone, zone.getName(), zone.getArea(), partsOf(zone), zone.isComplete(), Wording.ZONE);
	}

	/** The zones the plan's area is made of (规划范围 32 平方公里 组成 北部片区、中部片区), as a zone's parts. */
	@Check
	public void partsFitPlan(PlanScope scope) {
		if (!scope.getParts().isEmpty()) {
			partsFit(scope, DisplayNames.nameOf(scope), scope.getArea(), zones(scope.getParts()), scope.isComplete(), Wording.PLAN);
		}
	}

	/** space.parts: the areas of {@code parts} fit in {@code whole}'s area, and fill it when {@code complete}. */
	private void partsFit(EObject whole, String name, Quantity areaWritten, List<Zone> parts, boolean complete, Wording wording) {
		Value area = evaluator.value(areaWritten, null);
		if (area == null || area.number().signum() < 0 || area.unit() != null && area.unit().dimension() != Dimension.AREA) {
			return;
		}
		List<String> terms = new ArrayList<>();
		Interval lenient = Interval.point(BigDecimal.ZERO);
		Interval strict = Interval.point(BigDecimal.ZERO);
		int known = 0;
		List<Value> partAreas = new ArrayList<>();
		for (Zone part : parts) {
			Value v = evaluator.value(part.getArea(), null);
			if (v == null) {
				continue;
			}
			if (!Comparison.compatible(v, area)) {
				Text message = Text.of("unit.dimension.part-area", name, part.getName(), v.written());
				report(CheckType.UNIT_DIMENSION, message, part.getArea(), null, part);
				uncovered(whole, message, area, v);
				return;
			}
			partAreas.add(v);
			known++;
			lenient = lenient.plus(v.allowed(false));
			strict = strict.plus(v.allowed(true));
			terms.add(part.getName() + " " + v.written());
		}
		if (known == 0) {
			if (!parts.isEmpty()) {
				notCovered(Text.of(wording.noPartArea(), name, area.written(), parts.size()), areaWritten, null, whole, area);
			}
			return;
		}
		covered(whole, area);
		partAreas.forEach(v -> covered(whole, v));
		if (complete && known == parts.size()) {
			Comparison c = Comparison.of(lenient, area.allowed(false), strict, area.allowed(true));
			if (c != Comparison.HOLDS) {
				String arithmetic = String.join(" + ", terms) + " = " + area.show(lenient);
				String fix = Comparison.fix(lenient, area.unit(), area.decimals());
				String[] data = fix == null ? new String[0] : new String[] { fix };
				report(CheckType.SPACE_PARTS, c != Comparison.FAILS,
						Text.of(c == Comparison.ONLY_LENIENT ? wording.lenient() : wording.complete(), name, arithmetic,
								Comparison.describe(area, c == Comparison.ONLY_LENIENT)),
						areaWritten, null, whole, data);
			}
		} else if (!lenient.canBeAtMost(area.allowed(false))) {
			String arithmetic = String.join(" + ", terms) + " = " + area.show(lenient);
			report(CheckType.SPACE_PARTS, Text.of(wording.exceed(), name, arithmetic, Comparison.describe(area, false)), areaWritten, null, whole);
		}
	}

	@Check
	public void zoneAreaIsAnArea(Zone zone) {
		areaIsAnArea(zone.getArea(), zone, Text.of("space.what.zone", zone.getName()));
	}

	@Check
	public void phaseAreaIsAnArea(Phase phase) {
		areaIsAnArea(phase.getArea(), phase, Text.of("space.what.phase", phase.getName()));
	}

	@Check
	public void projectLandIsAnArea(Project project) {
		areaIsAnArea(project.getLand(), project, Text.of("space.what.land", project.getName()));
	}

	/** unit.dimension when an area is not in an area unit; space.parts when it is negative. */
	private void areaIsAnArea(Quantity q, EObject subject, Text what) {
		Value v = evaluator.value(q, null);
		if (v == null) {
			return;
		}
		if (v.unit() != null && v.unit().dimension() != Dimension.AREA) {
			report(CheckType.UNIT_DIMENSION, Text.of("unit.dimension.not-area", what, v.written(), dimension(v)), q, null,
					subject);
		} else if (v.number().signum() < 0) {
			report(CheckType.SPACE_PARTS, Text.of("space.parts.negative", what, v.written()), q, null, subject);
		}
	}

	/** space.cycle: a zone that is among its own parts, directly (a: parts a) or through others (b → c → b). */
	@Check
	public void noZoneIsPartOfItself(Zone zone) {
		List<Zone> path = cycleFrom(zone, zone, new ArrayList<>(List.of(zone)), new HashSet<>());
		if (path != null) {
			report(CheckType.SPACE_CYCLE, Text.of("space.cycle.path", zone.getName(), String.join(" → ", path.stream().map(Zone::getName).toList())), zone,
					PlanPackage.Literals.ZONE__PARTS, zone);
		}
	}

	/** The path of declared parts from {@code at} back to {@code start}, or null. */
	private static List<Zone> cycleFrom(Zone start, Zone at, List<Zone> path, Set<Zone> seen) {
		for (EObject p : at.getParts()) {
			if (!(p instanceof Zone z) || z.eIsProxy()) {
				continue;
			}
			if (z == start) {
				List<Zone> cycle = new ArrayList<>(path);
				cycle.add(z);
				return cycle;
			}
			if (seen.add(z)) {
				path.add(z);
				List<Zone> found = cycleFrom(start, z, path, seen);
				if (found != null) {
					return found;
				}
				path.remove(path.size() - 1);
			}
		}
		return null;
	}

	/** The zone's declared parts, else the zones nested in it that are not parts of a sibling. */
	public static List<Zone> partsOf(Zone zone) {
		if (!zone.getParts().isEmpty()) {
			return zones(zone.getParts());
		}
		List<Zone> nested = new ArrayList<>();
		for (Element e : zone.getElements()) {
			if (e instanceof Zone z) {
				nested.add(z);
			}
		}
		Set<EObject> inSibling = new HashSet<>();
		for (Zone z : nested) {
			inSibling.addAll(z.getParts());
		}
		return nested.stream().filter(z -> !inSibling.contains(z)).toList();
	}

	/** The zones among the elements a list of parts names (another element has no area to add). */
	private static List<Zone> zones(List<? extends EObject> named) {
		return named.stream().filter(p -> p instanceof Zone && !p.eIsProxy()).map(Zone.class::cast).toList();
	}

	@Check
	public void planAreaIsAnArea(PlanScope scope) {
		areaIsAnArea(scope.getArea(), scope, Text.of("space.what.plan", DisplayNames.nameOf(scope)));
	}

	@Check
	public void phaseAreasGrowToPlanArea(Plan plan) {
		List<Phase> phases = new ArrayList<>(everything(plan, Phase.class).stream()
				.filter(p -> p.getRange() != null && p.getArea() != null && evaluator.value(p.getArea(), null) != null).toList());
		phases.sort(Comparator.comparingInt(p -> p.getRange().getFrom()));
		for (int i = 1; i < phases.size(); i++) {
			Value before = evaluator.value(phases.get(i - 1).getArea(), null);
			Value now = evaluator.value(phases.get(i).getArea(), null);
			if (Comparison.compatible(before, now)) {
				covered(plan, before, now);
			}
			if (Comparison.compatible(before, now) && !before.allowed(false).canBeAtMost(now.allowed(false))) {
				report(CheckType.SPACE_PHASES, Text.of("space.phases.shrink", phases.get(i).getName(), now.written(), before.written(), phases.get(i - 1).getName()),
						phases.get(i).getArea(),
						null, phases.get(i));
			}
		}
		if (phases.isEmpty()) {
			return;
		}
		Phase last = phases.get(phases.size() - 1);
		Value lastArea = evaluator.value(last.getArea(), null);
		if (lastReachesItsZones(last, lastArea)) {
			return;
		}
		Value planArea = plan.getScope() == null ? null : evaluator.value(plan.getScope().getArea(), null);
		if (planArea == null) {
			return;
		}
		if (!Comparison.compatible(lastArea, planArea)) {
			report(CheckType.UNIT_DIMENSION, Text.of("unit.dimension.phase-area", last.getName(), lastArea.written(), planArea.written()), last.getArea(), null,
					last);
			return;
		}
		covered(plan, lastArea, planArea);
		if (!lastArea.allowed(false).meets(planArea.allowed(false))) {
			report(CheckType.SPACE_PHASES, Text.of("space.phases.last", last.getName(), lastArea.written(), planArea.written()), last.getArea(), null, last,
					planArea.written());
		}
	}

	/**
	 * A last phase that names what it covers (范围 城镇空间: the phases of a county's towns, not of the county) is
	 * held to those zones, not to the plan's area: it covers at least their area. True when it names zones
	 * with areas (and has been checked against them), false when the plan's area is its measure.
	 */
	private boolean lastReachesItsZones(Phase last, Value lastArea) {
		List<String> terms = new ArrayList<>();
		Interval zones = Interval.point(BigDecimal.ZERO);
		List<Value> areas = new ArrayList<>();
		for (EObject z : last.getZones()) {
			if (z instanceof Zone zone && !zone.eIsProxy()) {
				Value v = evaluator.value(zone.getArea(), null);
				if (v != null && Comparison.compatible(v, lastArea)) {
					zones = zones.plus(v.allowed(false));
					terms.add(zone.getName() + " " + v.written());
					areas.add(v);
				}
			}
		}
		if (terms.isEmpty()) {
			return false;
		}
		areas.add(lastArea);
		covered(last, areas.toArray(Value[]::new));
		if (!zones.canBeAtMost(lastArea.allowed(false))) {
			report(CheckType.SPACE_PHASES, Text.of("space.phases.last-zones", last.getName(), lastArea.written(), String.join(" + ", terms)), last.getArea(), null,
					last);
		}
		return true;
	}

	@Check
	public void projectsFitZone(Zone zone) {
		Value area = evaluator.value(zone.getArea(), null);
		if (area == null || zone.eResource() == null) {
			return;
		}
		List<Project> projects = evaluator.analysis(zone).projectsIn(zone);
		Interval land = Interval.point(BigDecimal.ZERO);
		List<String> terms = new ArrayList<>();
		for (Project p : projects) {
			Value v = evaluator.value(p.getLand(), null);
			if (v == null || !Comparison.compatible(v, area)) {
				continue;
			}
			land = land.plus(v.allowed(false));
			terms.add(DisplayNames.nameOf(p) + " " + v.written());
			covered(zone, area, v);
		}
		if (!terms.isEmpty() && !land.canBeAtMost(area.allowed(false))) {
			report(CheckType.SPACE_PROJECT, Text.of("space.project.exceed", zone.getName(), String.join(" + ", terms) + " = " + area.show(land),
					Comparison.describe(area, false)), zone.getArea(), null, zone);
		}
	}

}
