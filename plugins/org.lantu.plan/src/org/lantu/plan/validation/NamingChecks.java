package org.lantu.plan.validation;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.util.SimpleAttributeResolver;
import org.eclipse.xtext.validation.Check;
import org.lantu.plan.findings.CheckType;
import org.lantu.plan.findings.Text;
import org.lantu.plan.plan.Plan;
import org.lantu.plan.plan.Referable;

import com.google.inject.Inject;

/** name.duplicate: within one plan, a name denotes one element. */
public class NamingChecks extends CheckFamily {

	@Inject
	private IQualifiedNameProvider names;

	@Check
	public void uniqueNames(Plan plan) {
		Map<QualifiedName, EObject> seen = new HashMap<>();
		for (EObject o : everything(plan)) {
			String name = o instanceof Referable ? SimpleAttributeResolver.NAME_RESOLVER.apply(o) : null;
			if (name == null) {
				continue;
			}
			QualifiedName qn = names.getFullyQualifiedName(o);
			if (qn == null) {
				continue;
			}
			EObject first = seen.putIfAbsent(qn, o);
			if (first != null) {
				int line = NodeModelUtils.getNode(first).getStartLine();
				report(CheckType.NAME_DUPLICATE, Text.of("name.duplicate.again", name, line, Text.of("element." + first.eClass().getName().toLowerCase())), o,
						o.eClass().getEStructuralFeature("name"), null, name);
			}
		}
	}
}
