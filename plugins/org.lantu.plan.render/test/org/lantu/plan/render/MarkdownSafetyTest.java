package org.lantu.plan.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;
import org.junit.jupiter.api.Test;

/**
 * The Markdown export keeps author text as text: read back by a CommonMark reader with GitHub's
 * tables, hostile strings give no link, image, HTML or emphasis, and the text reads as the author
 * wrote it. (A bare https:// address is text in CommonMark; "://" is escaped as well, which keeps
 * GitHub's own reader, which links such addresses within a text node, from linking it.)
 */
class MarkdownSafetyTest {

	static final List<String> HOSTILE = List.of("[点此](javascript:alert(1))", "![i](http://example.invalid/x.png)", "<script>alert(1)</script>",
			"<img src=x onerror=alert(1)>", "A &amp; B & C", "见 https://example.invalid/x 和 www.example.invalid", "写信 a@example.invalid",
			"**粗** _斜_ ~~删~~ `代码`", "一|二", "\\[不是链接\\]", "[ref]: http://example.invalid", "<http://example.invalid>", "行一\n行二\r\n行三",
			"标题\u001B]0;forged\u0007", "&#x3C;b&#x3E;");

	static final Parser PARSER = Parser.builder().extensions(List.of(TablesExtension.create())).build();

	@Test
	void authorTextNeverBecomesMarkup() {
		for (String s : HOSTILE) {
			Sheet sheet = new Sheet("t", List.of("列"));
			sheet.rows().add(List.of(Sheet.Cell.of(s)));
			String md = TableWriters.markdown(s, List.of(sheet));
			String html = HtmlRenderer.builder().extensions(List.of(TablesExtension.create())).build().render(PARSER.parse(md));
			for (String tag : List.of("<a ", "<img", "<script", "<em>", "<strong>", "<del>", "<code>", "<b>")) {
				assertFalse(html.contains(tag), () -> s + " gave " + tag + ":\n" + md + "\n" + html);
			}
			assertFalse(md.contains("\u001B") || md.contains("\u0007"), md);
			assertTrue(md.startsWith("# ") && md.split("\n", -1)[1].isEmpty(), md); // the title stays one line
		}
	}

	@Test
	void theTextReadsAsWritten() {
		for (String s : List.of("[点此](javascript:alert(1))", "A &amp; B & C", "**粗** _斜_", "一|二", "https://example.invalid/x", "2020: 301亿元", "31.86%")) {
			String md = TableWriters.md(s);
			String text = TextContentRenderer.builder().build().render(PARSER.parse(md)).strip();
			assertEquals(s, text, md);
		}
		assertTrue(TableWriters.md("行一\n行二").contains("<br>"));
	}
}
