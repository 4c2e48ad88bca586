package org.lantu.plan.findings;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.ecore.resource.ResourceSet;

/**
 * What tells the language of the plans read into a resource set (the check settings, an adapter on
 * it), so that the layers below the checks — the parser's syntax errors — can speak it too.
 */
public interface Speaking {

	Lang lang();

	/** The language of a resource set's plans: what its settings say, else the process's ({@link Lang#preferred()}). */
	static Lang of(ResourceSet set) {
		if (set != null) {
			for (Adapter a : set.eAdapters()) {
				if (a instanceof Speaking s) {
					return s.lang();
				}
			}
		}
		return Lang.preferred();
	}
}
