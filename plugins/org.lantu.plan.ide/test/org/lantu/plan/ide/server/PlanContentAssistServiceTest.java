package org.lantu.plan.ide.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionItemKind;
import org.junit.jupiter.api.Test;
import org.lantu.plan.findings.Lang;

/** Completion speaks the reader's language: its keywords first, a name's kind in its words. */
class PlanContentAssistServiceTest {

	private static CompletionItem item(String label, CompletionItemKind kind, String detail, int order) {
		CompletionItem item = new CompletionItem(label);
		item.setKind(kind);
		item.setDetail(detail);
		item.setSortText(String.format("%03d", order));
		return item;
	}

	private static List<CompletionItem> items() {
		return new ArrayList<>(List.of(item("zone", CompletionItemKind.Keyword, null, 1), item("起步区", CompletionItemKind.Reference, "Zone", 2),
				item("功能区", CompletionItemKind.Keyword, null, 3), item("indicator", CompletionItemKind.Keyword, null, 4),
				item("指标", CompletionItemKind.Keyword, null, 5)));
	}

	@Test
	void chineseReadersSeeChineseKeywordsFirst() {
		List<CompletionItem> items = items();
		PlanContentAssistService.inLanguage(items, Lang.ZH);
		assertEquals(List.of("起步区", "功能区", "指标", "zone", "indicator"), items.stream().map(CompletionItem::getLabel).toList());
		assertEquals("功能区", items.get(0).getDetail(), "the kind of the name in Chinese");
		assertEquals(items.stream().map(CompletionItem::getSortText).sorted().toList(), items.stream().map(CompletionItem::getSortText).toList(),
				"clients that sort by sort text see the same order");
	}

	@Test
	void englishReadersSeeEnglishKeywordsFirst() {
		List<CompletionItem> items = items();
		PlanContentAssistService.inLanguage(items, Lang.EN);
		assertEquals(List.of("zone", "起步区", "indicator", "功能区", "指标"), items.stream().map(CompletionItem::getLabel).toList());
		assertEquals("zone", items.get(1).getDetail());
	}
}
