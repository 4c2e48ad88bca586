package org.lantu.plan.naming;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.lantu.plan.plan.PlanScope;

/**
 * How a plan element is called where a person reads it — the one place for it:
 * <ul>
 * <li>{@link #nameOf} in findings, hovers and tables: the name the author refers to it by
 * (起步区, 营业收入), else its title;</li>
 * <li>{@link #shownOf} in the document and the outline: the title it is published under
 * (多晶硅项目), else its name;</li>
 * <li>{@link #nearestNameOf} for a finding on something unnamed (a quantity, a cell): the nearest
 * element around it that has a name or a title.</li>
 * </ul>
 */
public final class DisplayNames {
	private DisplayNames() {
	}

	/** The name as the author wrote it, else the title, else the kind of element; "?" for none. The plan's area is called as the plan. */
	public static String nameOf(EObject o) {
		if (o == null) {
			return "?";
		}
		if (o instanceof PlanScope && o.eContainer() != null) {
			return nameOf(o.eContainer());
		}
		String name = text(o, "name");
		if (name != null) {
			return name;
		}
		String title = text(o, "title");
		return title != null ? title : o.eClass().getName();
	}

	/** The title as published, else the name ("" when the element has neither). */
	public static String shownOf(String name, String title) {
		return title != null && !title.isBlank() ? title : name == null ? "" : name;
	}

	/** {@link #shownOf(String, String)} of an element's own name and title. */
	public static String shownOf(EObject o) {
		return o == null ? "" : shownOf(text(o, "name"), text(o, "title"));
	}

	/** The name or title of the element or of the nearest element around it that has one; null if none has. */
	public static String nearestNameOf(EObject o) {
		for (EObject e = o; e != null; e = e.eContainer()) {
			for (String feature : new String[] { "name", "title" }) {
				String s = text(e, feature);
				if (s != null && !s.isBlank()) {
					return s;
				}
			}
		}
		return null;
	}

	private static String text(EObject o, String feature) {
		EStructuralFeature f = o.eClass().getEStructuralFeature(feature);
		return f != null && o.eGet(f) instanceof String s ? s : null;
	}
}
