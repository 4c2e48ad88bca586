package org.lantu.plan.resolve;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.util.IResourceScopeCache;
import org.lantu.plan.plan.UnitDecl;
import org.lantu.plan.quantity.Units;

import com.google.inject.Inject;

/**
 * The unit table in force in a plan file: the built-in units plus the file's {@code unit}
 * declarations, computed once per file version (the cache is cleared on every edit).
 */
public class PlanUnits {

	@Inject
	private IResourceScopeCache cache;

	public Units of(EObject context) {
		Resource resource = context.eResource();
		if (resource == null) {
			return new Units();
		}
		return cache.get(PlanUnits.class, resource, () -> build(resource));
	}

	@Inject
	private PlanContents contents;

	private Units build(Resource resource) {
		Units units = new Units();
		for (EObject o : contents.of(resource)) {
			if (o instanceof UnitDecl d && d.getName() != null) {
				units.declare(d.getName(), d.getFactor(), d.getBase(), d.getDimension());
			}
		}
		return units;
	}
}
