package org.lantu.plan.edit;

import java.util.function.Supplier;

import org.antlr.runtime.ANTLRStringStream;
import org.antlr.runtime.CommonToken;
import org.antlr.runtime.Token;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.parser.IParseResult;
import org.eclipse.xtext.parser.antlr.Lexer;
import org.eclipse.xtext.parser.antlr.LexerBindings;
import org.eclipse.xtext.parser.impl.TokenRegionProvider;
import org.eclipse.xtext.resource.XtextSyntaxDiagnostic;
import org.eclipse.xtext.util.ITextRegion;
import org.eclipse.xtext.util.TextRegion;

import com.google.inject.Inject;
import com.google.inject.Provider;
import com.google.inject.name.Named;

/**
 * Widens an edited region to whole tokens, as Xtext's does, but lexes from a token a little before
 * the edit instead of from the start of the file: Xtext's lexed the whole plan up to the edit on
 * every keystroke. Where to start comes from the plan's previous version (its leaf nodes are its
 * tokens, and the text before the edit is unchanged): the token at least {@link #MARGIN} characters
 * before the edit, so that no lexer look-ahead reaches from there into the edit. A plan whose
 * previous version had syntax errors is lexed from the start (a leaf may not be a token there).
 */
public class PlanTokenRegionProvider extends TokenRegionProvider {

	/** How far before an edit the lexer starts, at least. */
	static final int MARGIN = 1024;

	private static final ThreadLocal<Integer> START = new ThreadLocal<>();

	@Inject
	@Named(LexerBindings.RUNTIME)
	private Provider<Lexer> lexers;

	/**
	 * While {@code partialRead} runs, regions edited at {@code offset} of the text {@code previous}
	 * was read from are lexed from a token of it before the edit.
	 */
	public static <T> T lexingNear(IParseResult previous, int offset, Supplier<T> partialRead) {
		START.set(start(previous, offset));
		try {
			return partialRead.get();
		} finally {
			START.remove();
		}
	}

	private static int start(IParseResult previous, int offset) {
		EObject root = previous.getRootASTElement();
		if (offset <= MARGIN || root == null || root.eResource() == null
				|| root.eResource().getErrors().stream().anyMatch(XtextSyntaxDiagnostic.class::isInstance)) {
			return 0;
		}
		ILeafNode leaf = NodeModelUtils.findLeafNodeAtOffset(previous.getRootNode(), offset - MARGIN);
		return leaf == null ? 0 : leaf.getTotalOffset();
	}

	@Override
	public ITextRegion getTokenRegion(String text, ITextRegion region) {
		Integer from = START.get();
		int start = from == null || from > region.getOffset() ? 0 : from;
		if (start == 0) {
			return super.getTokenRegion(text, region);
		}
		Lexer lexer = lexers.get();
		lexer.setCharStream(new Positioned(text, start));
		int currentStart = start;
		int currentEnd = start;
		int regionStart = region.getOffset();
		int regionEnd = regionStart + region.getLength();
		CommonToken next = (CommonToken) lexer.nextToken();
		while (next != Token.EOF_TOKEN && currentEnd <= regionStart) {
			currentStart = next.getStartIndex();
			currentEnd = next.getStopIndex() + 1;
			next = (CommonToken) lexer.nextToken();
		}
		// next is the end of the text or the first token after the start of the region
		while (next != Token.EOF_TOKEN && currentEnd < regionEnd) {
			currentEnd = next.getStopIndex() + 1;
			next = (CommonToken) lexer.nextToken();
		}
		return currentStart != regionStart || currentEnd != regionEnd ? new TextRegion(currentStart, currentEnd - currentStart) : region;
	}

	/** The text, read from {@code start} on (token positions stay positions in the whole text). */
	private static final class Positioned extends ANTLRStringStream {
		Positioned(String text, int start) {
			super(text);
			p = start;
		}
	}
}
