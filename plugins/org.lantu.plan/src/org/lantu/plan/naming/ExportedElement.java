package org.lantu.plan.naming;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.EObjectDescription;
import org.eclipse.xtext.resource.persistence.SerializableEObjectDescription;
import org.eclipse.xtext.resource.persistence.SerializableEObjectDescriptionProvider;

/**
 * What the index holds for one named element of a plan. Its URI (the element's position, which
 * EMF works out by walking up the tree) is computed once, and so is the copy the index keeps: Xtext
 * copies every element's description twice per build (for the indexer and for the index) and
 * would compute the URI for each. The element's memo keeps this for the next version of the plan
 * while the element stands where it stood with the same text ({@code PlanResource.Memo}).
 */
final class ExportedElement extends EObjectDescription implements SerializableEObjectDescriptionProvider {

	private volatile URI base;
	private volatile URI uri;
	private volatile SerializableEObjectDescription copy;

	ExportedElement(QualifiedName name, EObject element, Map<String, String> data) {
		super(name, element, data);
	}

	@Override
	public URI getEObjectURI() {
		EObject element = getEObjectOrProxy();
		Resource resource = element.eResource();
		URI now = resource == null ? null : resource.getURI();
		if (uri == null || now != base) {
			copy = null;
			uri = super.getEObjectURI();
			base = now;
		}
		return uri;
	}

	@Override
	public SerializableEObjectDescription toSerializableEObjectDescription() {
		URI at = getEObjectURI();
		SerializableEObjectDescription c = copy;
		if (c == null || c.getEObjectURI() != at) {
			c = new SerializableEObjectDescription();
			c.setEObjectURI(at);
			c.setEClass(getEClass());
			c.setQualifiedName(getQualifiedName());
			HashMap<String, String> data = new HashMap<>();
			for (String key : getUserDataKeys()) {
				data.put(key, getUserData(key));
			}
			c.setUserData(data);
			copy = c;
		}
		return c;
	}
}
