package org.lantu.plan.parser;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;

/**
 * Where an element stands in its plan's text and how it was written, from whichever the plan has:
 * Xtext's node model (a plan parsed by Xtext: an editor's, one that did not read directly) or the
 * {@link SourceMap} of {@link DirectReader}. The engine asks here, never the node model itself,
 * so that both readings give the same findings.
 */
public final class Spans {

	private Spans() {
	}

	/** A stretch of the text: offset, end (exclusive), and the 1-based line of its start. */
	public record Span(int offset, int end, int line) {
	}

	/** The plan's whole text, or null for a resource that holds none. */
	public static String text(Resource resource) {
		SourceMap map = SourceMap.of(resource);
		if (map != null) {
			return map.text();
		}
		return resource instanceof XtextResource x && x.getParseResult() != null && x.getParseResult().getRootNode() != null
				? x.getParseResult().getRootNode().getText()
				: null;
	}

	/** Where the element's tokens stand (hidden text around them not counted), or null if it was not read from text. */
	public static Span of(EObject o) {
		SourceMap map = o == null ? null : SourceMap.of(o.eResource());
		if (map != null) {
			int[] span = map.span(o);
			return span == null ? null : new Span(span[0], span[1], map.line(span[0]));
		}
		ICompositeNode node = o == null ? null : NodeModelUtils.findActualNodeFor(o);
		return node == null ? null : new Span(node.getOffset(), node.getEndOffset(), node.getStartLine());
	}

	/** Where each value of the element's feature was written, in order; empty if it was not written. */
	public static List<Span> of(EObject o, EStructuralFeature feature) {
		SourceMap map = SourceMap.of(o.eResource());
		List<Span> spans = new ArrayList<>(1);
		if (map != null) {
			for (int[] span : map.spans(o, feature)) {
				spans.add(new Span(span[0], span[1], map.line(span[0])));
			}
			return spans;
		}
		for (INode node : NodeModelUtils.findNodesForFeature(o, feature)) {
			spans.add(new Span(node.getOffset(), node.getEndOffset(), node.getStartLine()));
		}
		return spans;
	}

	/** The 1-based line where the element starts, or 0 if it was not read from text. */
	public static int line(EObject o) {
		Span span = of(o);
		return span == null ? 0 : span.line();
	}

	/**
	 * Whether a feature was written: EMF reports an enum holding its first literal (约, 以上, 增速)
	 * as unset, so the text decides.
	 */
	public static boolean isWritten(EObject o, EStructuralFeature feature) {
		if (o.eIsSet(feature)) {
			return true; // only reading sets a feature of a plan's element
		}
		SourceMap map = SourceMap.of(o.eResource());
		if (map != null) {
			return !map.spans(o, feature).isEmpty();
		}
		return !NodeModelUtils.findNodesForFeature(o, feature).isEmpty();
	}

	/** The element's tokens as written, comments and white space left out (one space where they stood); "" if not read from text. */
	public static String tokens(EObject o) {
		SourceMap map = o == null ? null : SourceMap.of(o.eResource());
		if (map != null) {
			int[] span = map.span(o);
			return span == null ? "" : map.tokenText(span[0], span[1]);
		}
		ICompositeNode node = o == null ? null : NodeModelUtils.findActualNodeFor(o);
		return node == null ? "" : NodeModelUtils.getTokenText(node);
	}

	/** The 1-based column of a span's start in UTF-16 units from the start of its line, as Xtext counts. */
	public static int column(EObject o, Span span) {
		SourceMap map = SourceMap.of(o.eResource());
		if (map != null) {
			return map.column(span.offset());
		}
		ICompositeNode node = NodeModelUtils.findActualNodeFor(o);
		return node == null ? 1 : NodeModelUtils.getLineAndColumn(node, span.offset()).getColumn();
	}

	/** The text of a span. */
	public static String text(EObject o, Span span) {
		String text = text(o.eResource());
		return text == null ? "" : text.substring(span.offset(), span.end());
	}
}
