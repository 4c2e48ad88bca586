package org.lantu.plan.ide.outline;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.SymbolKind;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.symbol.HierarchicalDocumentSymbolService;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.lantu.plan.api.PlanOutline;
import org.lantu.plan.evaluate.CheckSettings;
import org.lantu.plan.ide.server.LineIndexedDocument;
import org.lantu.plan.plan.Plan;

/**
 * The document symbols of a plan are its outline as a document ({@link PlanOutline}): chapters,
 * sections, boxes, tables and their rows, with the numbering the plan declares; the range of a
 * symbol is its element's text, the selection range its title or name. Editors that ask for a flat
 * list get Xtext's (the named elements).
 */
public class PlanDocumentSymbols extends HierarchicalDocumentSymbolService {

	@Override
	public List<DocumentSymbol> getSymbols(Document document, XtextResource resource, DocumentSymbolParams params, CancelIndicator cancelIndicator) {
		if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Plan plan)) {
			return List.of();
		}
		PlanOutline.Node root = PlanOutline.of(plan, CheckSettings.of(plan).lang());
		// two positions per node: found by the line, not by counting lines from the start each time
		DocumentSymbol symbol = symbol(new LineIndexedDocument(document), root);
		return symbol == null ? List.of() : List.of(symbol);
	}

	/** The symbol of a node, or null when it has no text (an element the parser could not finish). */
	private DocumentSymbol symbol(Document document, PlanOutline.Node node) {
		Range range;
		Range selection;
		if (node.element() == null) {
			// a node that gathers a list lies where its first member lies
			List<DocumentSymbol> members = children(document, node);
			if (members.isEmpty()) {
				return null;
			}
			range = new Range(members.get(0).getRange().getStart(), members.get(members.size() - 1).getRange().getEnd());
			selection = members.get(0).getSelectionRange();
			return symbol(node, range, selection, members);
		}
		ICompositeNode text = NodeModelUtils.findActualNodeFor(node.element());
		if (text == null) {
			return null;
		}
		range = range(document, text.getOffset(), text.getEndOffset());
		INode title = titleNode(node.element());
		selection = title == null ? new Range(range.getStart(), range.getStart()) : inside(document, title);
		return symbol(node, range, selection, children(document, node));
	}

	private static DocumentSymbol symbol(PlanOutline.Node node, Range range, Range selection, List<DocumentSymbol> children) {
		String label = node.label().isBlank() ? "—" : node.label(); // a symbol's name may not be empty
		DocumentSymbol symbol = new DocumentSymbol(label, kind(node.kind()), range, selection, node.detail());
		symbol.setChildren(children);
		return symbol;
	}

	private List<DocumentSymbol> children(Document document, PlanOutline.Node node) {
		List<DocumentSymbol> children = new ArrayList<>(node.children().size());
		for (PlanOutline.Node child : node.children()) {
			DocumentSymbol s = symbol(document, child);
			if (s != null) {
				children.add(s);
			}
		}
		return children;
	}

	/** The title or name the author wrote, where the element has one. */
	private static INode titleNode(EObject element) {
		for (String name : new String[] { "title", "name" }) {
			EStructuralFeature feature = element.eClass().getEStructuralFeature(name);
			if (feature != null) {
				List<INode> nodes = NodeModelUtils.findNodesForFeature(element, feature);
				if (!nodes.isEmpty()) {
					return nodes.get(0);
				}
			}
		}
		return null;
	}

	/** The text of a title or name, inside its quotes when it is quoted. */
	private static Range inside(Document document, INode title) {
		String text = title.getRootNode().getText().substring(title.getOffset(), title.getEndOffset());
		boolean quoted = text.length() >= 2 && (text.charAt(0) == '"' || text.charAt(0) == '\'') && text.charAt(text.length() - 1) == text.charAt(0);
		return quoted ? range(document, title.getOffset() + 1, title.getEndOffset() - 1) : range(document, title.getOffset(), title.getEndOffset());
	}

	private static Range range(Document document, int start, int end) {
		return new Range(document.getPosition(start), document.getPosition(end));
	}

	private static SymbolKind kind(PlanOutline.Kind kind) {
		return switch (kind) {
			case PLAN -> SymbolKind.File;
			case CHAPTER, ANNEX -> SymbolKind.Module;
			case SECTION -> SymbolKind.Namespace;
			case BOX -> SymbolKind.Struct;
			case TABLE, INDICATOR_TABLE -> SymbolKind.Array;
			case CATEGORY, LIST -> SymbolKind.Package;
			case INDICATOR -> SymbolKind.Number;
			case FIGURE -> SymbolKind.Object;
			case GROUP -> SymbolKind.Enum;
			case PHASE -> SymbolKind.Event;
			case ZONE -> SymbolKind.Field;
			case INDUSTRY -> SymbolKind.Class;
			case PROJECT, STAGE -> SymbolKind.Property;
			case TASK -> SymbolKind.Method;
			case ORGANISATION -> SymbolKind.Interface;
			case UNIT -> SymbolKind.Constant;
		};
	}
}
