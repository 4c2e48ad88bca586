package org.lantu.plan.naming;

import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.impl.DefaultResourceDescriptionStrategy;
import org.eclipse.xtext.util.IAcceptor;
import org.lantu.plan.edit.PlanResource;
import org.lantu.plan.plan.Plan;
import org.lantu.plan.plan.Referable;

/**
 * What a plan exports to the plans that import it: each named element, with a fingerprint of its
 * text. Cross-plan checks (a city's roll-up of its districts, a claim about another plan's value)
 * depend on values, not only on names; with the fingerprint, an editor's build sees a changed value
 * in a district plan as a change of what it exports and re-checks the plans that import it.
 * <p>
 * An element's description is kept in its memo for the next version of the plan (an edit
 * elsewhere leaves it as it is; an edit inside it clears it).
 */
public class PlanResourceDescriptionStrategy extends DefaultResourceDescriptionStrategy {

	/** User data key of the element's text fingerprint. */
	public static final String TEXT = "text";

	@Override
	public boolean createEObjectDescriptions(EObject eObject, IAcceptor<IEObjectDescription> acceptor) {
		if (!(eObject instanceof Referable) && !(eObject instanceof Plan)) {
			return true; // only these are named (PlanQualifiedNameProvider): most objects of a plan are values, cells, texts
		}
		if (!(eObject.eResource() instanceof PlanResource plan) || !plan.isEdited()) {
			IEObjectDescription d = describe(eObject);
			if (d != null) {
				acceptor.accept(d);
			}
			return true;
		}
		PlanResource.Memo memo = plan.memo(eObject);
		Object exported = memo.exported();
		if (exported == null) {
			IEObjectDescription d = describe(eObject);
			exported = d == null ? PlanResource.Memo.NONE : d;
			memo.exported(exported);
		}
		if (exported instanceof IEObjectDescription d) {
			acceptor.accept(d);
		}
		return true;
	}

	private IEObjectDescription describe(EObject eObject) {
		QualifiedName name = getQualifiedNameProvider() == null ? null : getQualifiedNameProvider().getFullyQualifiedName(eObject);
		if (name == null) {
			return null;
		}
		ICompositeNode node = NodeModelUtils.getNode(eObject);
		Map<String, String> data = node == null ? Map.of() : Map.of(TEXT, Integer.toHexString(node.getText().hashCode()));
		return new ExportedElement(name, eObject, data);
	}
}
