package org.lantu.plan.ide.hover;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.documentation.IEObjectDocumentationProvider;
import org.lantu.plan.api.PlanFacts;
import org.lantu.plan.evaluate.Amounts;
import org.lantu.plan.evaluate.CheckSettings;
import org.lantu.plan.evaluate.ComputedColumns;
import org.lantu.plan.evaluate.Facts;
import org.lantu.plan.evaluate.Facts.Key;
import org.lantu.plan.evaluate.RatioValue;
import org.lantu.plan.evaluate.Value;
import org.lantu.plan.findings.Lang;
import org.lantu.plan.findings.Messages;
import org.lantu.plan.plan.Indicator;
import org.lantu.plan.plan.Project;
import org.lantu.plan.plan.Stage;
import org.lantu.plan.plan.Zone;
import org.lantu.plan.quantity.Decimals;
import org.lantu.plan.quantity.Units;
import org.lantu.plan.validation.SpaceChecks;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * What an editor shows on hover over a plan element: its stated values and what the engine
 * computes from them — the growth rate from base to target, the change, the attainment of
 * actuals, the ratios an indicator states, a zone's area in the other area units and the sum of its parts, a project's stages.
 */
public class PlanHoverDocumentation implements IEObjectDocumentationProvider {

	@Inject
	private Provider<PlanFacts> facts;

	@Override
	public String getDocumentation(EObject o) {
		PlanFacts evaluated = facts.get();
		Facts f = evaluated.of(o);
		Lang lang = CheckSettings.of(o).lang();
		List<String> lines = new ArrayList<>();
		for (Map.Entry<Key, Value> e : f.values().entrySet()) {
			lines.add("- " + Messages.say(lang, "hover.value", e.getKey().text(), e.getValue().written()));
		}
		if (o instanceof Indicator indicator) {
			for (Map.Entry<Key, RatioValue> e : evaluated.ratios(indicator).entrySet()) {
				lines.add("- " + Messages.say(lang, "hover.value", e.getKey().text(), e.getValue().written()));
			}
		}
		BigDecimal growth = ComputedColumns.growthPercent(f);
		if (growth != null) {
			lines.add("- " + Messages.say(lang, "hover.growth", Decimals.plain(growth, 2)));
		}
		BigDecimal change = ComputedColumns.change(f);
		if (change != null) {
			lines.add("- " + Messages.say(lang, "hover.change", Decimals.plain(change, 4)));
		}
		BigDecimal attainment = ComputedColumns.attainmentPercent(f);
		if (attainment != null) {
			lines.add("- " + Messages.say(lang, "hover.attainment", Decimals.plain(attainment, 2)));
		}
		if (o instanceof Zone z) {
			Value area = evaluated.value(z.getArea());
			if (area != null && area.unit() != null) {
				List<String> other = new ArrayList<>();
				Units units = new Units();
				for (String u : List.of("亩", "公顷", "平方公里")) {
					units.find(u).filter(unit -> unit.sameDimension(area.unit()) && !unit.equals(area.unit()))
							.ifPresent(unit -> other.add(Amounts.show(area.nominal(), unit)));
				}
				if (!other.isEmpty()) {
					lines.add("- " + Messages.say(lang, "hover.area-in", String.join(" = ", other)));
				}
			}
			BigDecimal parts = BigDecimal.ZERO;
			int counted = 0;
			for (Zone part : SpaceChecks.partsOf(z)) {
				Value v = evaluated.value(part.getArea());
				if (v != null) {
					parts = parts.add(v.nominal());
					counted++;
				}
			}
			if (counted > 0 && area != null) {
				lines.add("- " + Messages.say(lang, "hover.parts", counted, area.show(parts)));
			}
		}
		if (o instanceof Project p && !p.getStages().isEmpty()) {
			BigDecimal sum = BigDecimal.ZERO;
			Value unit = null;
			for (Stage s : p.getStages()) {
				Value v = evaluated.value(s.getInvestment());
				if (v != null) {
					sum = sum.add(v.nominal());
					unit = unit == null ? v : unit;
				}
			}
			if (unit != null) {
				lines.add("- " + Messages.say(lang, "hover.stages", unit.show(sum)));
			}
		}
		return lines.isEmpty() ? null : "**" + f.name() + "**\n\n" + String.join("\n", lines);
	}
}
