package org.lantu.plan.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.validation.AbstractValidationDiagnostic;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.CheckType;
import org.junit.jupiter.api.Test;
import org.lantu.plan.plan.Indicator;
import org.lantu.plan.plan.Plan;
import org.lantu.plan.validation.CheckFamily;

import com.google.inject.Inject;
import com.google.inject.Injector;

/**
 * How a check method is called ({@code PlanValidator.CheckMethod}): each sees the object, method,
 * mode and context of its own call, in the order declared, only in the modes its type runs in, its
 * errors flag the object, a check run inside another leaves the outer one's state as it was, and
 * nothing of the plan stays on the thread afterwards.
 */
class CheckDispatchTest extends CheckFamilyTest {

	@Inject
	Injector injector;

	/** A family that records what each of its checks saw. */
	static class Recording extends CheckFamily {
		final List<String> seen = new ArrayList<>();
		EObject nested;

		@Check
		public void first(Indicator i) {
			seen.add("first " + i.getName() + " " + getCurrentMethod().getName() + " " + getCheckMode() + " " + getContext().get("k"));
			if (nested != null) {
				EObject inner = nested;
				nested = null;
				validate(inner.eClass(), inner, getChain(), getContext());
				seen.add("after nested: " + ((Indicator) getCurrentObject()).getName() + " " + getCurrentMethod().getName());
			}
			error("on " + i.getName(), i, null);
		}

		@Check(CheckType.EXPENSIVE)
		public void expensive(Indicator i) {
			seen.add("expensive " + ((Indicator) getCurrentObject()).getName());
		}

		@Check
		public void last(Plan p) {
			seen.add("plan");
		}

		/** What the thread still holds for this family once no check runs. */
		EObject heldObject() {
			return getCurrentObject();
		}

		Map<Object, Object> heldContext() {
			return getContext();
		}
	}

	private Plan plan() throws Exception {
		return parse("plan p\nindicator 甲（亿元）{ target 2025: 1 }\nindicator 乙（亿元）{ target 2025: 2 }\n");
	}

	private static Map<Object, Object> context(CheckMode mode) {
		Map<Object, Object> context = new HashMap<>();
		context.put(CheckMode.KEY, mode);
		context.put("k", "v");
		return context;
	}

	@Test
	void eachCheckSeesItsOwnCallAndTheThreadKeepsNothing() throws Exception {
		Plan plan = plan();
		Indicator a = (Indicator) plan.getElements().get(0);
		Recording family = injector.getInstance(Recording.class);
		BasicDiagnostic chain = new BasicDiagnostic();
		boolean valid = family.validate(a.eClass(), a, chain, context(CheckMode.ALL));
		assertEquals(List.of("first 甲 first " + CheckMode.ALL + " v", "expensive 甲"), family.seen);
		assertFalse(valid, "an error makes the object invalid");
		assertEquals(1, chain.getChildren().size());
		assertEquals(a, ((AbstractValidationDiagnostic) chain.getChildren().get(0)).getSourceEObject());
		assertNull(family.heldObject(), "the object checked is not kept on the thread");
		assertNull(family.heldContext(), "nor the context");
	}

	@Test
	void aCheckRunsOnlyInTheModesOfItsType() throws Exception {
		Indicator a = (Indicator) plan().getElements().get(0);
		Recording family = injector.getInstance(Recording.class);
		family.validate(a.eClass(), a, new BasicDiagnostic(), context(CheckMode.FAST_ONLY));
		assertEquals(List.of("first 甲 first " + CheckMode.FAST_ONLY + " v"), family.seen);
	}

	@Test
	void aCheckInsideAnotherLeavesTheOuterStateAsItWas() throws Exception {
		Plan plan = plan();
		Indicator a = (Indicator) plan.getElements().get(0);
		Indicator b = (Indicator) plan.getElements().get(1);
		Recording family = injector.getInstance(Recording.class);
		family.nested = b;
		BasicDiagnostic chain = new BasicDiagnostic();
		family.validate(a.eClass(), a, chain, context(CheckMode.ALL));
		assertEquals(List.of("first 甲 first " + CheckMode.ALL + " v", "first 乙 first " + CheckMode.ALL + " v", "expensive 乙", "after nested: 甲 first", "expensive 甲"), family.seen);
		List<EObject> marked = chain.getChildren().stream().map(d -> ((AbstractValidationDiagnostic) d).getSourceEObject()).toList();
		assertEquals(List.of(b, a), marked);
		assertNull(family.heldObject());
	}
}
