package org.lantu.plan.ide.server;

import java.io.IOException;
import java.io.InputStream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.build.IncrementalBuilder;
import org.lantu.plan.edit.PlanResource;

/**
 * The language server's build of changed files. Xtext's unloads an edited file and reads it whole;
 * this one brings a plan already in memory to its new text with a partial read
 * ({@link PlanResource#updateTo}), so that the objects the edit did not touch stay, and the checks
 * re-run only where the edit can reach. A plan built again without a change of its own is linked
 * again instead (another plan may have changed); files that depend on an edited one are still read
 * whole.
 */
public class PlanIncrementalBuilder extends IncrementalBuilder.InternalStatefulIncrementalBuilder {

	@Override
	protected void unloadResource(URI uri) {
		if (getRequest().getDirtyFiles().contains(uri)
				&& getRequest().getResourceSet().getResource(uri, false) instanceof PlanResource plan && plan.isLoaded() && update(plan)) {
			return;
		}
		super.unloadResource(uri);
	}

	/** Brings {@code plan} to the editor's (or the disk's) text; false when it must be read whole instead. */
	private boolean update(PlanResource plan) {
		String text;
		try (InputStream in = getRequest().getResourceSet().getURIConverter().createInputStream(plan.getURI())) {
			text = new String(in.readAllBytes(), plan.getEncoding());
		} catch (IOException e) {
			return false;
		}
		try {
			if (plan.getParseResult() == null) {
				return false;
			}
			if (text.equals(plan.getParseResult().getRootNode().getText())) {
				// built again with its own text unchanged (opened, saved, the same character typed, an
				// earlier build cancelled): another plan may have changed, so its references to other
				// plans are found again by name (the checks of the elements holding them always re-run)
				if (getRequest().getResourceSet().getResources().size() > 1) {
					plan.relink();
				}
				return true;
			}
			plan.setEdited(true);
			return plan.updateTo(text);
		} catch (RuntimeException e) {
			// the partial read failed; reading whole is always right
			return false;
		}
	}
}
