package org.lantu.plan.validation;

import java.util.List;

import org.eclipse.emf.ecore.EPackage;
import org.eclipse.xtext.validation.AbstractDeclarativeValidator;
import org.eclipse.xtext.validation.EValidatorRegistrar;
import org.lantu.plan.plan.PlanPackage;

/**
 * Base of each family of checks. Families are run through {@link PlanValidator}'s
 * {@code @ComposedChecks}, so they do not register themselves.
 */
public abstract class CheckFamily extends AbstractDeclarativeValidator {

	@Override
	protected List<EPackage> getEPackages() {
		return List.of(PlanPackage.eINSTANCE);
	}

	@Override
	public void register(EValidatorRegistrar registrar) {
		// composed into PlanValidator
	}
}
