package org.lantu.plan.validation;

import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.xtext.validation.CancelableDiagnostician;

import com.google.inject.Inject;

/**
 * Xtext's diagnostician, able to check one object without the objects it contains (the plan, a
 * chapter), so that the checks of an edited plan re-run element by element
 * ({@link PlanResourceValidator}).
 */
public class PlanDiagnostician extends CancelableDiagnostician {

	/** Context key: the object whose contents are not to be checked with it. */
	static final String WITHOUT_CONTENTS = PlanDiagnostician.class.getName() + ".withoutContents";

	@Inject
	public PlanDiagnostician(EValidator.Registry registry) {
		super(registry);
	}

	@Override
	protected boolean doValidateContents(EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (context != null && context.get(WITHOUT_CONTENTS) == eObject) {
			return true;
		}
		return super.doValidateContents(eObject, diagnostics, context);
	}
}
