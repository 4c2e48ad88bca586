package org.lantu.plan.validation;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.validation.DiagnosticConverterImpl;
import org.lantu.plan.parser.SourceMap;

/**
 * Xtext's conversion of a finding into an issue, locating it from the {@link SourceMap} of a plan
 * read without a node model as Xtext locates it from the nodes: at the value of the feature named
 * (the index-th, or the first), else at the whole element, else at the element's place in its
 * container.
 */
public class PlanDiagnosticConverter extends DiagnosticConverterImpl {

	@Override
	protected IssueLocation getLocationData(EObject obj, EStructuralFeature feature, int index) {
		SourceMap map = SourceMap.of(obj.eResource());
		if (map == null) {
			return super.getLocationData(obj, feature, index);
		}
		int[] span = map.span(obj);
		if (span == null) {
			EObject container = obj.eContainer();
			if (container == null) {
				return super.getLocationData(obj, feature, index);
			}
			EStructuralFeature containing = obj.eContainingFeature();
			return getLocationData(container, containing, containing.isMany() ? ((List<?>) container.eGet(containing)).indexOf(obj) : -1);
		}
		if (feature != null) {
			List<int[]> values = map.spans(obj, feature);
			int i = Math.max(index, 0);
			if (values.size() > i) {
				span = values.get(i);
			}
		}
		IssueLocation location = new IssueLocation();
		location.offset = span[0];
		location.length = span[1] - span[0];
		location.lineNumber = map.line(span[0]);
		location.column = map.column(span[0]);
		location.lineNumberEnd = map.line(span[1]);
		location.columnEnd = map.column(span[1]);
		return location;
	}
}
