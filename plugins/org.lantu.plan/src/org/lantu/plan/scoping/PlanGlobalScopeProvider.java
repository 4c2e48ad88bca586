package org.lantu.plan.scoping;

import java.nio.file.Path;
import java.util.LinkedHashSet;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.scoping.impl.ImportUriGlobalScopeProvider;
import org.eclipse.xtext.util.IResourceScopeCache;
import org.lantu.plan.files.PlanFiles;
import org.lantu.plan.files.Workspace;
import org.lantu.plan.plan.Import;
import org.lantu.plan.plan.Plan;

import com.google.inject.Inject;

/**
 * Other plans are visible through {@code import} (Xtext's import-URI scoping). Imports stand only in
 * a plan's header, so they are read from there rather than from a walk of the whole file, which
 * Xtext's does after every change. Only an import the {@link Workspace} allows, naming a regular
 * {@code .plan} file within the size limit, is ever loaded.
 */
public class PlanGlobalScopeProvider extends ImportUriGlobalScopeProvider {

	@Inject
	private IResourceScopeCache cache;

	@Override
	protected LinkedHashSet<URI> getImportedUris(Resource resource) {
		if (resource.getContents().size() != 1 || !(resource.getContents().get(0) instanceof Plan plan)) {
			return new LinkedHashSet<>(); // not a plan (a file that failed to parse): nothing is imported
		}
		return cache.get(PlanGlobalScopeProvider.class.getName(), resource, () -> {
			LinkedHashSet<URI> uris = new LinkedHashSet<>(5);
			Workspace workspace = Workspace.of(resource.getResourceSet());
			for (Import i : plan.getImports()) {
				Workspace.Resolution target = workspace.resolveImport(resource.getURI(), i.getImportURI());
				// a refused import is reported where it is written (import.outside) and never read
				if (target.uri() != null && target.uri().toString().endsWith(PlanFiles.EXTENSION)
						&& PlanFiles.problem(Path.of(target.uri().toFileString()), workspace.maxBytes()) == null) {
					uris.add(target.uri());
				}
			}
			return uris;
		});
	}
}
