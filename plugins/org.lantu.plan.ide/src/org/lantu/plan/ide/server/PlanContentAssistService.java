package org.lantu.plan.ide.server;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionItemKind;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.contentassist.ContentAssistService;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.lantu.plan.evaluate.CheckSettings;
import org.lantu.plan.findings.Lang;
import org.lantu.plan.findings.Messages;

/**
 * Completion in the reader's language: the keywords of that language before the other spelling,
 * and a name's kind in words (指标, 功能区) rather than the model's class name. Each proposal's
 * position is found by looking up the line, not by counting lines from the start of the plan
 * (Xtext's {@link Document#getPosition} does, twice per proposal; docs/performance.md).
 */
public class PlanContentAssistService extends ContentAssistService {

	@Override
	public CompletionList createCompletionList(Document document, XtextResource resource, CompletionParams params, CancelIndicator cancelIndicator) {
		CompletionList list = super.createCompletionList(new LineIndexedDocument(document), resource, params, cancelIndicator);
		inLanguage(list.getItems(), CheckSettings.of(resource.getResourceSet()).lang());
		return list;
	}

	/** Puts the keywords of {@code lang} first (order and sort text) and names each proposal's kind in it. */
	public static void inLanguage(List<CompletionItem> items, Lang lang) {
		for (CompletionItem item : items) {
			String kind = item.getDetail() == null ? null : Messages.pattern(lang, "element." + item.getDetail().toLowerCase(Locale.ROOT));
			if (kind != null) {
				item.setDetail(kind);
			}
			boolean other = item.getKind() == CompletionItemKind.Keyword && isChinese(item.getLabel()) != (lang == Lang.ZH);
			item.setSortText((other ? "1" : "0") + (item.getSortText() == null ? "" : item.getSortText()));
		}
		items.sort(Comparator.comparing(item -> item.getSortText().charAt(0))); // stable: Xtext's order within each group
	}

	private static boolean isChinese(String label) {
		return label != null && label.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
	}
}
