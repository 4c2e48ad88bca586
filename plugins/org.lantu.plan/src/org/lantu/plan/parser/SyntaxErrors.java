package org.lantu.plan.parser;

import org.eclipse.xtext.nodemodel.INode;

/** What the parser's error recovery left in the node model. */
public final class SyntaxErrors {
	private SyntaxErrors() {
	}

	/**
	 * Whether a syntax error stands inside this node: the parser recovered there, gluing a stray token in or leaving one
	 * out (7.9::52.6), so what the node holds is not what was written.
	 */
	public static boolean within(INode node) {
		for (INode leaf : node.getLeafNodes()) {
			if (leaf.getSyntaxErrorMessage() != null) {
				return true;
			}
		}
		return false;
	}
}
