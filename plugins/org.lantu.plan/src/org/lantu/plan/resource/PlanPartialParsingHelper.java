package org.lantu.plan.resource;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.parser.impl.PartialParsingHelper;

/** Xtext's partial parser, telling the plan which object it replaces (see {@link PlanResource#takeEdits}). */
public class PlanPartialParsingHelper extends PartialParsingHelper {

	@Override
	public void unloadSemanticObject(EObject object) {
		if (object != null && object.eResource() instanceof PlanResource resource) {
			resource.replacing(object);
		}
		super.unloadSemanticObject(object);
	}
}
