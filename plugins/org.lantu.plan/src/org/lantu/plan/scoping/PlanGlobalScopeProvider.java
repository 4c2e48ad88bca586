package org.lantu.plan.scoping;

import java.util.LinkedHashSet;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.scoping.impl.ImportUriGlobalScopeProvider;
import org.eclipse.xtext.util.IAcceptor;
import org.eclipse.xtext.util.IResourceScopeCache;
import org.lantu.plan.plan.Import;
import org.lantu.plan.plan.Plan;

import com.google.inject.Inject;

/**
 * Other plans are visible through {@code import} (Xtext's import-URI scoping). Imports stand only in
 * a plan's header, so they are read from there rather than from a walk of the whole file, which
 * Xtext's does after every change.
 */
public class PlanGlobalScopeProvider extends ImportUriGlobalScopeProvider {

	@Inject
	private IResourceScopeCache cache;

	@Override
	protected LinkedHashSet<URI> getImportedUris(Resource resource) {
		if (resource.getContents().size() != 1 || !(resource.getContents().get(0) instanceof Plan plan)) {
			return super.getImportedUris(resource);
		}
		return cache.get(PlanGlobalScopeProvider.class.getName(), resource, () -> {
			LinkedHashSet<URI> uris = new LinkedHashSet<>(5);
			IAcceptor<String> collector = createURICollector(resource, uris);
			for (Import i : plan.getImports()) {
				collector.accept(getImportUriResolver().apply(i));
			}
			uris.removeIf(uri -> !EcoreUtil2.isValidUri(resource, uri));
			return uris;
		});
	}
}
