package org.lantu.plan.formatting;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.formatting2.AbstractFormatter2;
import org.eclipse.xtext.formatting2.IFormattableDocument;
import org.eclipse.xtext.formatting2.regionaccess.ISemanticRegion;
import org.eclipse.xtext.resource.XtextResource;
import org.lantu.plan.plan.Category;
import org.lantu.plan.plan.Element;
import org.lantu.plan.plan.IndicatorTable;
import org.lantu.plan.plan.Inline;
import org.lantu.plan.plan.Row;
import org.lantu.plan.plan.ValueRef;

/**
 * The layout every plan gets from "format": each element on its own line, block contents ({ … })
 * indented by two spaces, at most one blank line kept between elements. Text inside paragraphs,
 * rows and value references is left as written; comments are kept.
 */
public class PlanFormatter extends AbstractFormatter2 {

	@Override
	public void format(Object obj, IFormattableDocument document) {
		if (obj instanceof XtextResource resource) {
			resource.getContents().forEach(root -> document.format(root));
			return;
		}
		if (!(obj instanceof EObject o) || o instanceof Inline || o instanceof ValueRef) {
			return;
		}
		if (o instanceof Element || o instanceof Row || o instanceof Category && hasBraces(o)) {
			var region = textRegionExtensions.regionForEObject(o);
			if (region != null && region.getPreviousHiddenRegion() != null) {
				document.set(region.getPreviousHiddenRegion(), f -> f.setNewLines(1, 1, 2));
			}
		}
		if (o instanceof IndicatorTable) {
			// the computed columns start a line of their own, as the columns do
			for (ISemanticRegion k : textRegionExtensions.regionFor(o).keywords("computed", "计算列")) {
				document.prepend(k, f -> f.setNewLines(1, 1, 2));
			}
		}
		ISemanticRegion open = textRegionExtensions.regionFor(o).keyword("{");
		ISemanticRegion close = textRegionExtensions.regionFor(o).keyword("}");
		if (open != null && close != null && hasBlockChildren(o)) {
			document.append(open, f -> f.setNewLines(1, 1, 2));
			document.prepend(close, f -> f.setNewLines(1, 1, 2));
			document.interior(open, close, f -> f.indent());
		}
		for (EObject child : o.eContents()) {
			document.format(child);
		}
	}

	/**
	 * A block that holds elements or rows — or an indicator table, which holds its columns and
	 * categories — not a one-line property list like { 面积 10 亩 }.
	 */
	private static boolean hasBlockChildren(EObject o) {
		if (o instanceof IndicatorTable) {
			return true;
		}
		for (EObject child : o.eContents()) {
			if (child instanceof Element || child instanceof Row) {
				return true;
			}
		}
		return false;
	}

	/** A category written with its own block (类别 "…" { … }), not the implicit one around bare rows. */
	private boolean hasBraces(EObject category) {
		return textRegionExtensions.regionFor(category).keyword("{") != null;
	}
}
