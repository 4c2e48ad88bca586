package org.lantu.plan.tests;

import org.eclipse.emf.ecore.EValidator;
import org.eclipse.xtext.validation.CompositeEValidator;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.lantu.plan.plan.PlanPackage;

/** How the checks are run: only the plan's own, not EMF's generic structural checks. */
class ValidatorWiringTest extends CheckFamilyTest {

	// ---------------------------------------------------------------- wiring

	@Test
	void onlyThePlansOwnChecksRunNotEmfsGenericOnes() throws Exception {
		parse("plan p\n");
		var validator = EValidator.Registry.INSTANCE.getEValidator(PlanPackage.eINSTANCE);
		Assertions.assertFalse(((CompositeEValidator) validator).isUseEObjectValidator());
	}
}
