package org.lantu.plan.resource;

import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.xtext.linking.lazy.LazyLinkingResource;

/**
 * A plan file in memory. Unloading it (an editor's build does so on every change before reading
 * the new text) turns only its named elements into proxies: they are the only objects another plan
 * can refer to, and a proxy lets such a reference find the element of the new version. EMF turns
 * every object into a proxy by default, computing a URI fragment for each, which cost a fifth of a
 * keystroke's build on a 5,000-line plan.
 */
public class PlanResource extends LazyLinkingResource {

	@Override
	protected void unloaded(InternalEObject object) {
		EStructuralFeature name = object.eClass().getEStructuralFeature("name");
		if (name != null && object.eGet(name) != null) {
			super.unloaded(object);
		} else {
			object.eAdapters().clear();
		}
	}
}
