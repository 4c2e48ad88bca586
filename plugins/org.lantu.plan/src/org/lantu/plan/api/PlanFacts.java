package org.lantu.plan.api;

import java.util.IdentityHashMap;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.lantu.plan.evaluate.Evaluator;
import org.lantu.plan.evaluate.Facts;
import org.lantu.plan.evaluate.RatioValue;
import org.lantu.plan.evaluate.Resolved;
import org.lantu.plan.evaluate.Value;
import org.lantu.plan.plan.Indicator;
import org.lantu.plan.plan.Quantity;
import org.lantu.plan.plan.Target;

import com.google.inject.Inject;

/**
 * What the engine worked out about checked plans, as the generators and the editors' hovers read
 * it: an element's facts (each element evaluated once for the life of this object, so one per
 * publication or hover, while the plans do not change), a written quantity's value, what a
 * {@code {…}} reference or a claim points at, and the text as the author wrote it (names:
 * {@link org.lantu.plan.naming.DisplayNames}).
 * Front ends reach the evaluation only through this (from {@link PlanChecker#facts()} or by
 * injection).
 */
public final class PlanFacts {

	private final Evaluator evaluator;
	private final Map<EObject, Facts> facts = new IdentityHashMap<>();

	@Inject
	PlanFacts(Evaluator evaluator) {
		this.evaluator = evaluator;
	}

	/** The facts of an indicator, zone, phase, project, stage or industry: stated, then derived (推算). */
	public Facts of(EObject element) {
		return facts.computeIfAbsent(element, evaluator::facts);
	}

	/** The ratios an indicator states (三次产业结构 7.9:39.6:52.5), by the keys of its facts; empty for most. */
	public Map<Facts.Key, RatioValue> ratios(Indicator indicator) {
		return evaluator.ratios(indicator);
	}

	/** The value a written quantity stands for (number, unit, qualifier, precision, tolerance). */
	public Value value(Quantity quantity) {
		return evaluator.value(quantity, null);
	}

	/** What a reference or claim target points at: a value, a count, a growth rate, a change. */
	public Resolved resolve(Target target) {
		return Resolved.of(evaluator, target);
	}

	/** The source text of an element as the author wrote it (whitespace collapsed). */
	public static String written(EObject element) {
		return Evaluator.written(element);
	}

	/** Whether the author wrote {@code feature} of the element (rather than leaving it to its default). */
	public static boolean isWritten(EObject element, EStructuralFeature feature) {
		return Evaluator.isWritten(element, feature);
	}
}
