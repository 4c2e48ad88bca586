package org.lantu.plan.ide.contentassist;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.ParserRule;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.ide.editor.contentassist.antlr.FollowElement;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.parser.IParseResult;
import org.lantu.plan.ide.contentassist.antlr.PlanParser;

/**
 * The content-assist parser, reading only what decides what may follow the cursor: the plan's
 * header, and in every list of elements around the cursor (the plan's, a chapter's, a table's
 * categories) its first item and the item that holds the cursor, not the items between them.
 *
 * <p>To learn what may follow the cursor, Xtext re-reads the plan from its start up to the cursor
 * (the cost grows with the cursor's line: docs/performance.md; its own shortcut, starting inside the element around
 * the cursor, is rarely taken in a plan and where it is, inside a quantity such as 约3000 亩, it
 * proposes less). In a list that repeats one rule ({@code elements+=Element*}) each complete item
 * leaves the parser where it was before it, waiting for the next one (the plan's first element also
 * closes its header). So complete, error-free items between the first one and the one that holds
 * the cursor can be left out of the text read, and what may follow is the same (the content-assist
 * test compares both at ~1,600 positions of the examples and of a broken plan).
 */
public class PlanContentAssistParser extends PlanParser {

	@Override
	public Collection<FollowElement> getFollowElements(IParseResult parseResult, int offset, boolean strict) {
		ICompositeNode root = parseResult.getRootNode();
		String shorter = withoutCompleteElementsBefore(parseResult, offset);
		initializeFor(NodeModelUtils.getEntryParserRule(root));
		// without anything to leave out, from the start (Xtext's own shortcut is not taken)
		return getFollowElements(shorter != null ? shorter : root.getText().substring(0, offset), strict);
	}

	/**
	 * The text up to the offset without, in every list of elements around the offset (the plan's,
	 * a chapter's, a table's categories…), the items between the first one and the one holding the
	 * offset; null when there is nothing to leave out or a syntax error lies in what would be.
	 */
	String withoutCompleteElementsBefore(IParseResult parseResult, int offset) {
		ICompositeNode root = parseResult.getRootNode();
		List<int[]> cuts = new ArrayList<>();
		collectCuts(root, offset, cuts);
		if (cuts.isEmpty()) {
			return null;
		}
		for (INode error : parseResult.getSyntaxErrors()) {
			for (int[] cut : cuts) {
				if (error.getTotalEndOffset() > cut[0] && error.getTotalOffset() < cut[1]) {
					return null;
				}
			}
		}
		String text = root.getText();
		StringBuilder shorter = new StringBuilder();
		int at = 0;
		for (int[] cut : cuts) {
			shorter.append(text, at, cut[0]);
			at = cut[1];
		}
		return shorter.append(text, at, offset).toString();
	}

	/**
	 * Descends along the nodes that begin before the offset; in each, the items of a list between
	 * its first one (which, in the plan, closes the header) and the last one beginning before the
	 * offset (which holds the token before it) are cut, in the order of the text.
	 */
	private void collectCuts(ICompositeNode node, int offset, List<int[]> cuts) {
		INode first = null;
		INode second = null;
		INode holding = null;
		ICompositeNode last = null;
		for (INode child : node.getChildren()) {
			if (child.getTotalOffset() >= offset) {
				break;
			}
			if (child instanceof ICompositeNode composite) {
				last = composite;
				// an item counts once its first token is before the offset (the comments and blanks
				// before that token belong to it, and may hold the cursor)
				if (isListItem(composite) && composite.getOffset() < offset) {
					if (first == null) {
						first = child;
					} else if (second == null) {
						second = child;
					}
					holding = child;
				}
			}
		}
		if (second != null && holding != second) {
			cuts.add(new int[] { second.getTotalOffset(), holding.getTotalOffset() });
		}
		if (last != null) {
			collectCuts(last, offset, cuts);
		}
	}

	/**
	 * An item of a list that is only a repetition of one rule ({@code elements+=Element*}): after a
	 * complete item the parser is where it was before it. Lists with separators are not.
	 */
	private boolean isListItem(ICompositeNode node) {
		EObject grammarElement = node.getGrammarElement();
		return grammarElement != null && listItemCalls.computeIfAbsent(grammarElement, element -> element instanceof RuleCall call && call.getRule() instanceof ParserRule rule
				&& !GrammarUtil.isDatatypeRule(rule) && GrammarUtil.containingAssignment(call) instanceof Assignment assignment
				&& "+=".equals(assignment.getOperator()) && assignment.getTerminal() == call
				&& ("*".equals(assignment.getCardinality()) || "+".equals(assignment.getCardinality())));
	}

	/** Per grammar element, whether its nodes are list items; the grammar does not change. */
	private final Map<EObject, Boolean> listItemCalls = new ConcurrentHashMap<>();
}
