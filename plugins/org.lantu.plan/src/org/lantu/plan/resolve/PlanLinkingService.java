package org.lantu.plan.resolve;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.conversion.impl.STRINGValueConverter;
import org.eclipse.xtext.linking.impl.DefaultLinkingService;
import org.eclipse.xtext.linking.impl.IllegalNodeException;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.scoping.IScope;

import com.google.inject.Inject;

/**
 * Links a reference by the segments the author wrote: a quoted name is one segment whatever it
 * holds ({@code "PM2.5浓度"}, {@code 东区."R&D经费"}), where Xtext would split the reference's text at
 * every dot. Segments are separated only by the dots the grammar reads as separators.
 */
public class PlanLinkingService extends DefaultLinkingService {

	@Inject
	private STRINGValueConverter strings;

	@Override
	public List<EObject> getLinkedObjects(EObject context, EReference ref, INode node) throws IllegalNodeException {
		QualifiedName name = segments(node);
		if (name == null) {
			return super.getLinkedObjects(context, ref, node);
		}
		IScope scope = getScope(context, ref);
		IEObjectDescription found = scope.getSingleElement(name);
		return found == null ? Collections.emptyList() : Collections.singletonList(found.getEObjectOrProxy());
	}

	/**
	 * The element a name written in {@code context} refers to through {@code ref}, resolved if it
	 * stands in another plan; null when none is found (or it cannot be loaded). For a plan read
	 * without a node model ({@code DirectReader}), which links all its references as it is read.
	 */
	public EObject linkedObject(EObject context, EReference ref, QualifiedName name) {
		IEObjectDescription found = getScope(context, ref).getSingleElement(name);
		if (found == null) {
			return null;
		}
		EObject target = found.getEObjectOrProxy();
		if (target.eIsProxy()) {
			target = EcoreUtil.resolve(target, context);
		}
		return target.eIsProxy() ? null : target;
	}

	/** The reference's segments, quoted ones without their quotes; null when there is nothing to read. */
	QualifiedName segments(INode node) {
		List<String> segments = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		for (ILeafNode leaf : node.getLeafNodes()) {
			if (leaf.isHidden()) {
				continue;
			}
			String text = leaf.getText();
			if (leaf.getGrammarElement() instanceof Keyword k && ".".equals(k.getValue())) {
				segments.add(current.toString());
				current.setLength(0);
			} else if (text.length() >= 2 && (text.startsWith("\"") && text.endsWith("\"") || text.startsWith("'") && text.endsWith("'"))) {
				current.append(strings.toValue(text, leaf));
			} else {
				current.append(text);
			}
		}
		segments.add(current.toString());
		if (segments.stream().anyMatch(String::isEmpty)) {
			return null;
		}
		return QualifiedName.create(segments);
	}
}
