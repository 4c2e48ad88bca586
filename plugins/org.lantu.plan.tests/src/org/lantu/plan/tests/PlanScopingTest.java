package org.lantu.plan.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.eclipse.emf.ecore.EClass;
import org.junit.jupiter.api.Test;
import org.lantu.plan.plan.PlanPackage;

/**
 * What {@code PlanLocalScopeProvider} relies on: no type of the model imports a name space (Xtext's
 * {@code importedNamespace}), so it looks for none. A grammar that gives one such a feature must let
 * Xtext's lookup back in.
 */
class PlanScopingTest {

	@Test
	void noTypeOfTheModelImportsANameSpace() {
		List<String> importing = PlanPackage.eINSTANCE.getEClassifiers().stream()
				.filter(c -> c instanceof EClass e && e.getEStructuralFeature("importedNamespace") != null).map(c -> c.getName()).toList();
		assertEquals(List.of(), importing);
	}
}
