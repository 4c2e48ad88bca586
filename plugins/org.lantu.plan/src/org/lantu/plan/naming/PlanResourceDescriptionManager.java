package org.lantu.plan.naming;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.IDefaultResourceDescriptionStrategy;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.impl.DefaultResourceDescriptionManager;
import org.lantu.plan.resolve.PlanContents;

import com.google.inject.Inject;

/** Describes plans for the index as {@link PlanResourceDescription}s. */
public class PlanResourceDescriptionManager extends DefaultResourceDescriptionManager {

	@Inject
	private PlanContents contents;

	@Override
	protected IResourceDescription internalGetResourceDescription(Resource resource, IDefaultResourceDescriptionStrategy strategy) {
		return new PlanResourceDescription(resource, strategy, getCache(), contents);
	}
}
