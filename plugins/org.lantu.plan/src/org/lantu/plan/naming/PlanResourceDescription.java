package org.lantu.plan.naming;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.resource.IDefaultResourceDescriptionStrategy;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.IReferenceDescription;
import org.eclipse.xtext.resource.impl.DefaultResourceDescription;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.util.IResourceScopeCache;
import org.lantu.plan.edit.PlanResource;
import org.lantu.plan.resolve.PlanContents;

/**
 * A plan as the index sees it: Xtext's description, reading the file's objects from the listing the
 * checks share ({@link PlanContents}) rather than walking the file once more (in an edited plan,
 * each part of the plan keeps its entries while nothing in it changes), and working out the
 * position of an element's exported holder only for the references that point to another plan (the
 * only ones the index records) rather than for every object of the file.
 */
class PlanResourceDescription extends DefaultResourceDescription {

	private final IDefaultResourceDescriptionStrategy strategy;
	private final PlanContents contents;

	PlanResourceDescription(Resource resource, IDefaultResourceDescriptionStrategy strategy, IResourceScopeCache cache, PlanContents contents) {
		super(resource, strategy, cache);
		this.strategy = strategy;
		this.contents = contents;
	}

	private List<EObject> objects() {
		List<EObject> all = new ArrayList<>(getResource().getContents());
		all.addAll(contents.of(getResource()));
		return all;
	}

	@Override
	protected List<IEObjectDescription> computeExportedObjects() {
		if (!getResource().isLoaded()) {
			return super.computeExportedObjects();
		}
		List<IEObjectDescription> exported = new ArrayList<>();
		if (!(getResource() instanceof PlanResource plan) || !plan.isEdited()) {
			for (EObject o : objects()) {
				strategy.createEObjectDescriptions(o, exported::add);
			}
			return exported;
		}
		for (EObject root : getResource().getContents()) {
			strategy.createEObjectDescriptions(root, exported::add);
			for (EObject part : root.eContents()) {
				exported.addAll(exported(part));
			}
		}
		return exported;
	}

	/** The entries of {@code part} and what it holds, kept in the part's memo while nothing in it changes. */
	@SuppressWarnings("unchecked")
	private List<IEObjectDescription> exported(EObject part) {
		PlanResource.Memo memo = ((PlanResource) getResource()).memo(part);
		List<IEObjectDescription> exported = (List<IEObjectDescription>) memo.heldExported();
		if (exported == null) {
			List<IEObjectDescription> described = new ArrayList<>();
			strategy.createEObjectDescriptions(part, described::add);
			for (EObject o : contents.held(part)) {
				strategy.createEObjectDescriptions(o, described::add);
			}
			exported = List.copyOf(described);
			memo.heldExported(exported);
		}
		return exported;
	}

	@Override
	protected List<IReferenceDescription> computeReferenceDescriptions() {
		List<IReferenceDescription> references = new ArrayList<>();
		EcoreUtil2.resolveLazyCrossReferences(getResource(), CancelIndicator.NullImpl);
		Map<EObject, IEObjectDescription> exported = null;
		for (EObject o : objects()) {
			if (!mayReferToAnotherFile(o)) {
				continue;
			}
			if (exported == null) {
				exported = createEObject2ExportedEObjectsMap(getExportedObjects());
			}
			URI holder = findExportedContainerURI(o, exported);
			strategy.createReferenceDescriptions(o, holder, references::add);
		}
		return references;
	}

	/** Whether one of {@code o}'s references points outside this file, or may (an unresolved one). */
	private boolean mayReferToAnotherFile(EObject o) {
		for (EReference ref : PlanResource.crossReferences(o.eClass())) {
			for (EObject target : PlanResource.targets(o, ref)) {
				if (target.eIsProxy() || target.eResource() != getResource()) {
					return true;
				}
			}
		}
		return false;
	}
}
