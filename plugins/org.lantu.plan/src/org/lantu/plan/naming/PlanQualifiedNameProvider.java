package org.lantu.plan.naming;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.util.IResourceScopeCache;
import org.eclipse.xtext.util.SimpleAttributeResolver;
import org.eclipse.xtext.util.Tuples;
import org.lantu.plan.edit.PlanResource;
import org.lantu.plan.plan.Plan;
import org.lantu.plan.plan.PlanScope;
import org.lantu.plan.plan.Project;
import org.lantu.plan.plan.Referable;
import org.lantu.plan.plan.Stage;

import com.google.inject.Inject;

/**
 * One name space per plan: every indicator, zone, phase, industry, project, stage, organisation
 * and list is named {@code PlanName.Name}, however deeply it is nested in chapters, boxes or
 * zones (stages are named within their project: {@code 项目.一期}); the plan's area is named as the plan. Inside its plan an element is referred to by its simple name; another plan refers to it
 * as {@code PlanName.Name} after importing the file.
 */
public class PlanQualifiedNameProvider extends IQualifiedNameProvider.AbstractImpl {

	@Inject
	private IResourceScopeCache cache;

	@Override
	public QualifiedName getFullyQualifiedName(EObject obj) {
		if (obj.eResource() instanceof PlanResource plan) {
			return plan.qualifiedName(obj, PlanQualifiedNameProvider::compute);
		}
		return cache.get(Tuples.pair(obj, "fqn"), obj.eResource(), () -> compute(obj));
	}

	private static QualifiedName compute(EObject obj) {
		if (obj instanceof Plan plan) {
			return plan.getName() == null ? null : QualifiedName.create(plan.getName());
		}
		if (obj instanceof PlanScope && obj.eContainer() instanceof Plan plan) {
			// the plan's area is named as the plan is: [32平方公里](甲区规划 面积)
			return compute(plan);
		}
		if (!(obj instanceof Referable)) {
			return null;
		}
		String name = SimpleAttributeResolver.NAME_RESOLVER.apply(obj);
		if (name == null || name.isEmpty()) {
			return null;
		}
		QualifiedName simple = QualifiedName.create(name);
		// stages (一期, 二期) are named within their project: 项目.一期
		if (obj instanceof Stage && obj.eContainer() instanceof Project project && project.getName() != null) {
			simple = QualifiedName.create(project.getName(), name);
		}
		EObject root = EcoreUtil.getRootContainer(obj);
		if (root instanceof Plan plan && plan.getName() != null) {
			return QualifiedName.create(plan.getName()).append(simple);
		}
		return simple;
	}
}
