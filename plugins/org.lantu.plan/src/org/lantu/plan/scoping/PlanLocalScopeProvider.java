package org.lantu.plan.scoping;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.ISelectable;
import org.eclipse.xtext.scoping.Scopes;
import org.eclipse.xtext.scoping.impl.ImportedNamespaceAwareLocalScopeProvider;
import org.eclipse.xtext.scoping.impl.MultimapBasedSelectable;
import org.lantu.plan.resolve.PlanContents;

import com.google.inject.Inject;

/**
 * The names a plan declares, seen from inside it: Xtext's, built from the listing of the file's
 * objects the checks share ({@link PlanContents}) instead of one more walk of the file after every
 * change.
 */
public class PlanLocalScopeProvider extends ImportedNamespaceAwareLocalScopeProvider {

	@Inject
	private PlanContents contents;

	@Override
	protected ISelectable internalGetAllDescriptions(Resource resource) {
		List<EObject> all = new ArrayList<>(resource.getContents());
		all.addAll(contents.of(resource));
		return new MultimapBasedSelectable(Scopes.scopedElementsFor(all, getQualifiedNameProvider()));
	}
}
