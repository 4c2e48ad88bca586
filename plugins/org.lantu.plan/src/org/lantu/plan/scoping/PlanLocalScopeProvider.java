package org.lantu.plan.scoping;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.ISelectable;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.impl.ImportNormalizer;
import org.eclipse.xtext.scoping.impl.ImportedNamespaceAwareLocalScopeProvider;
import org.eclipse.xtext.scoping.impl.MultimapBasedSelectable;

import com.google.inject.Inject;

/**
 * The names a plan declares, seen from inside it: the elements its description exports (every
 * named element, the plan included), which is worked out once per version and keeps each unchanged
 * element's entry from the last version, instead of naming every object of the file again after
 * every change.
 */
public class PlanLocalScopeProvider extends ImportedNamespaceAwareLocalScopeProvider {

	@Inject
	private IResourceDescription.Manager descriptions;

	@Override
	protected ISelectable internalGetAllDescriptions(Resource resource) {
		return new MultimapBasedSelectable(descriptions.getResourceDescription(resource).getExportedObjects());
	}

	/**
	 * None: a plan imports files, whose elements it names as {@code PlanName.Name}, never a name space
	 * (no type of the model has Xtext's {@code importedNamespace}). Xtext's would look for one among
	 * the children of every object a reference is linked from, and keep the empty finding of each
	 * (docs/performance.md).
	 */
	@Override
	protected List<ImportNormalizer> getImportedNamespaceResolvers(EObject context, boolean ignoreCase) {
		return List.of();
	}

	/**
	 * The scope of {@code context}'s references given the scope of its container's: one level of
	 * what {@link #getScope} builds from the plan down for every reference (the names relative to
	 * {@code context}, if it is named, before those of the levels above). For linking a plan read
	 * whole, which keeps each level's scope instead of building the chain again per reference.
	 */
	public IScope within(IScope containerScope, EObject context, EReference reference) {
		return getLocalElementsScope(containerScope, context, reference);
	}
}
