package org.lantu.plan.ide.contentassist;

import java.util.Collection;

import org.eclipse.xtext.ide.editor.contentassist.antlr.FollowElement;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.parser.IParseResult;
import org.lantu.plan.ide.contentassist.antlr.PlanParser;
import org.lantu.plan.services.PlanGrammarAccess;

import com.google.inject.Inject;

/**
 * The content-assist parser, reading only the plan's header and the top-level element that holds
 * the cursor, not every chapter before it.
 *
 * <p>To learn what may follow the cursor, Xtext re-reads the plan from its start up to the cursor
 * (~70 ms at line 2,500 of a 5,000-line plan; its own shortcut, starting inside the element around
 * the cursor, is rarely taken in a plan and where it is, inside a quantity such as 约3000 亩, it
 * proposes less). A plan is a header followed by a list of elements; after the first element the
 * header is closed, and each further complete element leaves the parser in the same state, waiting
 * for the next one. So the complete, error-free elements between the first one and the one that
 * holds the cursor can be left out of the text read, and what may follow is the same (the
 * content-assist test compares both at every line start, line end and word of the examples and of
 * a broken plan).
 */
public class PlanContentAssistParser extends PlanParser {

	@Inject
	private PlanGrammarAccess grammar;

	@Override
	public Collection<FollowElement> getFollowElements(IParseResult parseResult, int offset, boolean strict) {
		ICompositeNode root = parseResult.getRootNode();
		String shorter = withoutCompleteElementsBefore(parseResult, offset);
		initializeFor(NodeModelUtils.getEntryParserRule(root));
		// without anything to leave out, from the start (Xtext's own shortcut is not taken)
		return getFollowElements(shorter != null ? shorter : root.getText().substring(0, offset), strict);
	}

	/**
	 * The text up to the offset without the top-level elements between the first one and the one
	 * holding the offset; null when there are none to leave out or a syntax error lies among them.
	 */
	String withoutCompleteElementsBefore(IParseResult parseResult, int offset) {
		ICompositeNode root = parseResult.getRootNode();
		INode first = null;
		INode second = null;
		INode holding = null;
		for (INode child : root.getChildren()) {
			if (child.getTotalOffset() >= offset) {
				break; // the element that holds the offset holds the token before it
			}
			if (child.getGrammarElement() == grammar.getPlanAccess().getElementsElementParserRuleCall_5_0()) {
				if (first == null) {
					first = child;
				} else if (second == null) {
					second = child;
				}
				holding = child;
			}
		}
		if (second == null || holding == second) {
			return null;
		}
		int from = second.getTotalOffset();
		int to = holding.getTotalOffset();
		for (INode error : parseResult.getSyntaxErrors()) {
			if (error.getTotalEndOffset() > from && error.getTotalOffset() < to) {
				return null;
			}
		}
		String text = root.getText();
		return text.substring(0, from) + text.substring(to, offset);
	}
}
