package org.lantu.plan.ide.contentassist;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.AbstractRule;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.IGrammarAccess;
import org.eclipse.xtext.ide.editor.contentassist.antlr.LeafNodeFinder;
import org.eclipse.xtext.ide.editor.contentassist.antlr.PartialContentAssistContextFactory;
import org.eclipse.xtext.ide.editor.partialEditing.IPartialEditingContentAssistParser;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/**
 * Xtext's content-assist context, found without walking the whole plan: the tokens around the
 * cursor are looked up inside the innermost element that surrounds it (Xtext scans every token from
 * the start of the plan, twice per request), and whether a proposal can follow the last complete
 * token is remembered per grammar position (Xtext re-derives it from the grammar for every
 * proposal of every request: nine tenths of a request on a 400-line plan). Both give exactly
 * Xtext's answers; the content-assist test compares them with Xtext's own across the examples.
 */
public class PlanContentAssistContextFactory extends PartialContentAssistContextFactory {

	@Inject
	private FollowCache followCache;

	@Override
	protected void initializeNodeAndModelData() {
		rootNode = parseResult.getRootNode();
		if (parser instanceof IPartialEditingContentAssistParser partial) {
			partial.initializeFor(resource.getEntryPoint());
		}
		ICompositeNode around = innermostAround(rootNode, completionOffset);
		lastCompleteNode = new LeafNodeFinder(completionOffset, true).searchIn(around);
		if (lastCompleteNode == null) {
			lastCompleteNode = rootNode;
		}
		currentNode = new LeafNodeFinder(completionOffset, false).searchIn(around);
		if (currentNode == null) {
			currentNode = lastCompleteNode;
		}
		lastVisibleNode = getLastCompleteNodeByOffset(rootNode, completionOffset);
		datatypeNode = getContainingDatatypeRuleNode(lastCompleteNode);
		currentModel = NodeModelUtils.findActualSemanticObjectFor(lastVisibleNode);
	}

	/**
	 * The innermost node whose text strictly surrounds the offset (the root when none does). Every
	 * token that touches the offset lies inside it, so searching it finds what searching the root
	 * finds.
	 */
	static ICompositeNode innermostAround(ICompositeNode root, int offset) {
		ICompositeNode node = root;
		if (offset <= node.getTotalOffset() || offset >= node.getTotalEndOffset()) {
			return root;
		}
		descend: while (true) {
			for (INode child : node.getChildren()) {
				if (child.getTotalOffset() >= offset) {
					break;
				}
				if (child instanceof ICompositeNode composite && child.getTotalEndOffset() > offset) {
					node = composite;
					continue descend;
				}
			}
			return node;
		}
	}

	@Override
	protected boolean canBeCalledAfter(AbstractRule rule, EObject previousGrammarElement, String previousText, EObject nextGrammarElement) {
		FollowCache.Key key = followCache.key(rule, previousGrammarElement, previousText, nextGrammarElement);
		Boolean known = followCache.answers.get(key);
		if (known == null) {
			known = super.canBeCalledAfter(rule, previousGrammarElement, previousText, nextGrammarElement);
			followCache.answers.put(key, known);
		}
		return known;
	}

	/**
	 * What {@link #canBeCalledAfter} answered, per grammar position; one per language. Xtext's
	 * answer depends on the previous token's text only when that token has no grammar element, and
	 * then only on whether the text is one of the grammar's keywords, so any other text is one key.
	 */
	@Singleton
	public static class FollowCache {
		private static final int SIZE = 65_536;

		record Key(AbstractRule rule, EObject previous, String keyword, EObject next) {
		}

		private final Set<String> keywords;

		final Map<Key, Boolean> answers = Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
			private static final long serialVersionUID = 1L;

			@Override
			protected boolean removeEldestEntry(Map.Entry<Key, Boolean> eldest) {
				return size() > SIZE;
			}
		});

		@Inject
		FollowCache(IGrammarAccess grammar) {
			keywords = Set.copyOf(GrammarUtil.getAllKeywords(grammar.getGrammar()));
		}

		Key key(AbstractRule rule, EObject previous, String previousText, EObject next) {
			String keyword = previous == null && previousText != null && keywords.contains(previousText) ? previousText : null;
			return new Key(rule, previous, keyword, next);
		}
	}
}
