package org.lantu.plan.resource;

import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.xtext.linking.lazy.LazyLinkingResource;

/**
 * A plan file in memory. Unloading it (an editor's build does so on every change before reading
 * the new text) turns only its named elements into proxies: they are the only objects another plan
 * can refer to, and a proxy lets such a reference find the element of the new version. EMF's
 * default turns every object into a proxy, computing a URI fragment for each, and detaches every
 * object from its adapters, which tells Xtext's cache (it listens to the whole tree) once per
 * object; together a fifth of a keystroke's build on a 5,000-line plan. The old objects are
 * garbage once nothing refers to them; until another plan's references to the old version are
 * resolved again, its node model stays reachable through them.
 */
public class PlanResource extends LazyLinkingResource {

	/** Unloads without telling the resource's adapters (Xtext's cache) as the contents are cleared. */
	@Override
	protected void doUnload() {
		boolean deliver = eDeliver();
		eSetDeliver(false);
		try {
			super.doUnload();
		} finally {
			eSetDeliver(deliver);
		}
	}

	@Override
	protected void unloaded(InternalEObject object) {
		EStructuralFeature name = object.eClass().getEStructuralFeature("name");
		if (name != null && object.eGet(name) != null && !object.eIsProxy()) {
			object.eSetProxyURI(uri.appendFragment(getURIFragment(object)));
		}
	}
}
