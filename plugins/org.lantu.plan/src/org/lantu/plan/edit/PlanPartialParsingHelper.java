package org.lantu.plan.edit;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.parser.IParseResult;
import org.eclipse.xtext.parser.IParser;
import org.eclipse.xtext.parser.impl.PartialParsingHelper;
import org.eclipse.xtext.util.ReplaceRegion;

/**
 * Xtext's partial parser, telling the plan which object it replaces (see {@link PlanResource#takeEdits}),
 * and lexing only near the edit to find its tokens ({@link PlanTokenRegionProvider}).
 */
public class PlanPartialParsingHelper extends PartialParsingHelper {

	@Override
	public IParseResult reparse(IParser parser, IParseResult previousParseResult, ReplaceRegion changedRegion) {
		return PlanTokenRegionProvider.lexingNear(previousParseResult, changedRegion.getOffset(),
				() -> super.reparse(parser, previousParseResult, changedRegion));
	}

	@Override
	public void unloadSemanticObject(EObject object) {
		if (object != null && object.eResource() instanceof PlanResource resource) {
			resource.replacing(object);
		}
		super.unloadSemanticObject(object);
	}
}
