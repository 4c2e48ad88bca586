package org.lantu.plan.evaluate;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.util.IResourceScopeCache;
import org.lantu.plan.resolve.PlanContents;

import com.google.inject.Inject;

/**
 * Gives each version of a plan file its one {@link PlanAnalysis}, kept in Xtext's per-file cache
 * (forgotten on every change of the file's model, so an edited plan is analysed again).
 */
public class Analyser {

	@Inject
	private IResourceScopeCache cache;

	@Inject
	private PlanContents contents;

	/** The analysis of {@code o}'s file, or null when {@code o} is in no file. */
	public PlanAnalysis of(EObject o) {
		Resource r = o == null ? null : o.eResource();
		return r == null ? null : of(r);
	}

	/** The analysis of file {@code r}. */
	public PlanAnalysis of(Resource r) {
		return cache.get(PlanAnalysis.class, r, () -> new PlanAnalysis(r, contents.of(r)));
	}
}
