package org.lantu.plan.resolve;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.util.IResourceScopeCache;
import org.lantu.plan.edit.PlanResource;

import com.google.inject.Inject;

/**
 * Every object of a plan file below the plan itself, in document order, listed once per file
 * version: the checks that look at the whole plan, the index description and the per-file tables
 * (units, acks, the projects of each zone) share one walk of EMF's tree, which is most of what
 * they cost. In an edited plan, what each part of the plan (a chapter, a table held by the plan)
 * holds is kept in the part's memo, so that after an edit only the part it touched is walked again.
 */
public class PlanContents {

	@Inject
	private IResourceScopeCache cache;

	/** The objects of {@code o}'s file (of its tree, when it is in no file). */
	public List<EObject> of(EObject o) {
		Resource r = o.eResource();
		if (r == null) {
			List<EObject> all = new ArrayList<>();
			EcoreUtil.getRootContainer(o).eAllContents().forEachRemaining(all::add);
			return all;
		}
		return of(r);
	}

	/** The objects of file {@code r}. */
	public List<EObject> of(Resource r) {
		return cache.get(PlanContents.class, r, () -> {
			List<EObject> all = new ArrayList<>();
			for (EObject root : r.getContents()) {
				for (EObject part : root.eContents()) {
					all.add(part);
					all.addAll(held(part));
				}
			}
			return Collections.unmodifiableList(all);
		});
	}

	/** What {@code part} holds at any depth, in document order. */
	public List<EObject> held(EObject part) {
		PlanResource.Memo memo = part.eResource() instanceof PlanResource plan ? plan.memo(part) : null;
		List<EObject> held = memo == null ? null : memo.held();
		if (held == null) {
			List<EObject> walked = new ArrayList<>();
			part.eAllContents().forEachRemaining(walked::add);
			held = Collections.unmodifiableList(walked);
			if (memo != null) {
				memo.held(held);
			}
		}
		return held;
	}

	/** The objects of {@code type} in {@code o}'s file, in document order. */
	public <T> List<T> of(EObject o, Class<T> type) {
		return of(o).stream().filter(type::isInstance).map(type::cast).toList();
	}
}
