package org.lantu.plan.resolve;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EClass;
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
import org.eclipse.xtext.scoping.IScopeProvider;
import org.eclipse.xtext.scoping.impl.AbstractDeclarativeScopeProvider;
import org.lantu.plan.scoping.PlanLocalScopeProvider;
import org.lantu.plan.scoping.PlanScopeProvider;

import com.google.inject.Inject;
import com.google.inject.name.Named;

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
		return target(getScope(context, ref).getSingleElement(name), context);
	}

	@Inject
	@Named(AbstractDeclarativeScopeProvider.NAMED_DELEGATE)
	private IScopeProvider ownNames;

	/**
	 * Links the references of one plan read whole, each as {@link #linkedObject} would, keeping the
	 * scope of each element that holds references and of each level above it: Xtext builds the
	 * chain of scopes from the plan down again for every reference. Valid while the scope provider
	 * declares no scope of its own for a kind of reference ({@code PlanScopeProvider} is empty and
	 * delegates every reference to {@code PlanLocalScopeProvider}); otherwise each reference is
	 * linked on its own.
	 */
	public final class Batch {
		private final Map<EObject, IScope> scopes = new IdentityHashMap<>();
		private final boolean levels = ownNames instanceof PlanLocalScopeProvider && getScopeProvider() instanceof PlanScopeProvider
				&& PlanScopeProvider.class.getDeclaredMethods().length == 0;
		private EClass type;

		/** The element {@code name} refers to from {@code context} through {@code ref}, or null. */
		public EObject linked(EObject context, EReference ref, QualifiedName name) {
			if (!levels || (type != null && type != ref.getEReferenceType())) {
				return linkedObject(context, ref, name);
			}
			type = ref.getEReferenceType();
			return target(scope(context, ref).getSingleElement(name), context);
		}

		private IScope scope(EObject context, EReference ref) {
			IScope scope = scopes.get(context);
			if (scope == null) {
				EObject container = context.eContainer();
				scope = container == null ? getScopeProvider().getScope(context, ref)
						: ((PlanLocalScopeProvider) ownNames).within(scope(container, ref), context, ref);
				scopes.put(context, scope);
			}
			return scope;
		}
	}

	/** A new batch of links for one plan read whole. */
	public Batch batch() {
		return new Batch();
	}

	/** The resolved element a found description stands for, or null. */
	private static EObject target(IEObjectDescription found, EObject context) {
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
