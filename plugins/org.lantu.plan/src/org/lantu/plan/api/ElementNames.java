package org.lantu.plan.api;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/** The name of a plan element as its author wrote it: the nearest element with a name or title. */
public class ElementNames {

	public String nameOf(EObject o) {
		for (EObject e = o; e != null; e = e.eContainer()) {
			for (String feature : new String[] { "name", "title" }) {
				EStructuralFeature f = e.eClass().getEStructuralFeature(feature);
				if (f != null && e.eGet(f) instanceof String s && !s.isBlank()) {
					return s;
				}
			}
		}
		return null;
	}
}
