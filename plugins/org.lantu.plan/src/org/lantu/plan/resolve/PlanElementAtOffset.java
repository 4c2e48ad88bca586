package org.lantu.plan.resolve;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.XtextResource;

/**
 * Which element a place in the text names (go to definition, find references, rename): none in a file the parser made
 * no plan of, such as one whose header line is lost. Xtext's helper assumes a plan is there and fails.
 */
public class PlanElementAtOffset extends EObjectAtOffsetHelper {

	@Override
	public EObject getElementWithNameAt(XtextResource resource, int offset) {
		return hasPlan(resource) ? super.getElementWithNameAt(resource, offset) : null;
	}

	@Override
	public EObject resolveElementAt(XtextResource resource, int offset) {
		return hasPlan(resource) ? super.resolveElementAt(resource, offset) : null;
	}

	@Override
	public EObject resolveContainedElementAt(XtextResource resource, int offset) {
		return hasPlan(resource) ? super.resolveContainedElementAt(resource, offset) : null;
	}

	private static boolean hasPlan(XtextResource resource) {
		return resource != null && resource.getParseResult() != null && resource.getParseResult().getRootASTElement() != null;
	}
}
