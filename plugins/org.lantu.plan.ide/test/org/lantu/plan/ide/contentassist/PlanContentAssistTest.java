package org.lantu.plan.ide.contentassist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.xtext.ide.editor.contentassist.antlr.ContentAssistContextFactory;
import org.eclipse.xtext.ide.editor.contentassist.antlr.EntryPointFinder;
import org.eclipse.xtext.ide.editor.contentassist.antlr.IContentAssistParser;
import org.eclipse.xtext.ide.editor.contentassist.antlr.PartialContentAssistContextFactory;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.contentassist.ContentAssistService;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.parser.IParseResult;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.util.Modules2;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lantu.plan.PlanRuntimeModule;
import org.lantu.plan.findings.Lang;
import org.lantu.plan.ide.PlanIdeModule;
import org.lantu.plan.ide.PlanIdeSetup;
import org.lantu.plan.ide.contentassist.antlr.PlanParser;
import org.lantu.plan.ide.server.PlanContentAssistService;

import com.google.inject.Guice;
import com.google.inject.Injector;

/**
 * Content assist that reads only the header and the element that holds the cursor must propose
 * exactly what re-reading the whole plan from its start proposes (Xtext's content assist without
 * the shorter text, the tree search and the caches): compared at line ends, line starts and word
 * starts of the example plans and of a plan with syntax errors.
 */
class PlanContentAssistTest {

	private static Injector fast;
	private static Injector fromStart;

	/** Xtext's content assist reading from the start of the plan. */
	static class FromStart extends EntryPointFinder {
		@Override
		public ICompositeNode findEntryPoint(IParseResult parseResult, int offset) {
			return null;
		}
	}

	@BeforeAll
	static void injectors() {
		fast = new PlanIdeSetup().createInjectorAndDoEMFRegistration();
		fromStart = Guice.createInjector(Modules2.mixin(new PlanRuntimeModule(), new PlanIdeModule() {
			@Override
			public Class<? extends IContentAssistParser> bindIContentAssistParser() {
				return PlanParser.class;
			}

			// Xtext's own shortcut off too: the reference reads from the start
			public Class<? extends EntryPointFinder> bindEntryPointFinder() {
				return FromStart.class;
			}

			@Override
			public Class<? extends ContentAssistContextFactory> bindContentAssistContextFactory() {
				return PartialContentAssistContextFactory.class;
			}

			@Override
			public Class<? extends ContentAssistService> bindContentAssistService() {
				return ContentAssistService.class;
			}
		}));
	}

	@Test
	void proposalsAreThoseOfReadingFromTheStartOnEveryExample() throws IOException {
		List<Path> plans;
		try (Stream<Path> files = Files.list(Path.of("../../examples"))) {
			plans = files.filter(p -> p.toString().endsWith(".plan")).sorted().toList();
		}
		assertTrue(plans.size() >= 3, "the examples are found");
		int compared = 0;
		for (Path plan : plans) {
			compared += compare(plan.getFileName().toString(), Files.readString(plan, StandardCharsets.UTF_8));
		}
		assertTrue(compared > 1200, "positions compared: " + compared);
	}

	@Test
	void proposalsAreThoseOfReadingFromTheStartInABrokenPlan() throws IOException {
		String plan = Files.readString(Path.of("../../examples/leshan-hitech-zone-opinion-2022.plan"), StandardCharsets.UTF_8);
		// a chapter left open, a value cut off, a keyword misspelt
		String broken = plan.replaceFirst("\\}\\s*\\n(章|chapter)", "\n$1").replaceFirst("：(\\d)", "：").replaceFirst("段 ", "端 ");
		assertTrue(!broken.equals(plan));
		assertTrue(compare("broken.plan", broken) > 100);
	}

	@Test
	void theInnermostNodeAroundAnOffsetHoldsItsTokens() throws IOException {
		String text = "规划 甲 \"甲规划\"\n章 1 \"一\" {\n  功能区 园区 { 面积 10 亩 }\n}\n";
		XtextResource resource = load(fast, "inner.plan", text);
		ICompositeNode root = resource.getParseResult().getRootNode();
		int inside = text.indexOf("面积") + 1;
		ICompositeNode around = PlanContentAssistContextFactory.innermostAround(root, inside);
		assertTrue(around.getTotalOffset() < inside && around.getTotalEndOffset() > inside);
		assertTrue(around.getText().contains("面积") && !around.getText().contains("章"), around.getText());
		assertEquals(root, PlanContentAssistContextFactory.innermostAround(root, 0));
		assertEquals(root, PlanContentAssistContextFactory.innermostAround(root, text.length()));
	}

	@Test
	void theCompleteElementsBetweenTheFirstAndTheCursorAreLeftOut() throws IOException {
		String text = """
				规划 甲 "甲规划"
				规划期限 2021—2030
				章 1 "一" {
				  段 "甲"
				}
				章 2 "二" {
				  段 "乙"
				}
				章 3 "三" {
				  段 "丙"
				}
				""";
		PlanContentAssistParser parser = (PlanContentAssistParser) fast.getInstance(IContentAssistParser.class);
		String read = parser.withoutCompleteElementsBefore(load(fast, "short.plan", text).getParseResult(), text.indexOf("段 \"丙\""));
		assertEquals("规划 甲 \"甲规划\"\n规划期限 2021—2030\n章 1 \"一\" {\n  段 \"甲\"\n}\n章 3 \"三\" {\n  ", read);
		// in the first two elements there is nothing to leave out (the first one closes the header)
		assertEquals(null, parser.withoutCompleteElementsBefore(load(fast, "short.plan", text).getParseResult(), text.indexOf("段 \"乙\"")));
		// an element with a syntax error before the cursor is read
		String broken = text.replace("段 \"乙\"", "段 \"乙\" 段");
		assertEquals(null, parser.withoutCompleteElementsBefore(load(fast, "broken.plan", broken).getParseResult(), broken.indexOf("段 \"丙\"")));
	}

	@Test
	void theCompleteItemsOfAChaptersListAreLeftOutToo() throws IOException {
		String text = """
				规划 甲 "甲规划"
				章 1 "一" {
				  段 "甲"
				  段 "乙"
				  段 "丙"
				  段 "丁"
				}
				""";
		PlanContentAssistParser parser = (PlanContentAssistParser) fast.getInstance(IContentAssistParser.class);
		String read = parser.withoutCompleteElementsBefore(load(fast, "chapter.plan", text).getParseResult(), text.indexOf("\"丁\""));
		assertEquals("规划 甲 \"甲规划\"\n章 1 \"一\" {\n  段 \"甲\"\n  段 ", read);
	}

	/** Compares the proposals at line ends, line starts and word starts; returns how many positions. */
	private static int compare(String name, String text) throws IOException {
		XtextResource fastResource = load(fast, name, text);
		XtextResource slowResource = load(fromStart, name, text);
		ContentAssistService fastService = fast.getInstance(ContentAssistService.class);
		ContentAssistService slowService = fromStart.getInstance(ContentAssistService.class);
		assertTrue(fastService instanceof PlanContentAssistService);
		Document document = new Document(1, text);
		String[] lines = text.split("\n", -1);
		int positions = 0;
		for (int line = 0; line < lines.length; line++) {
			// every line end (the cursor touching a token), the start of every third line, and every
			// word of every sixth line: about 1,600 positions over the examples (reading from the start
			// takes most of the ~40 s)
			List<Integer> columns = new ArrayList<>(List.of(lines[line].length()));
			if (line % 3 == 0) {
				columns.add(0);
			}
			for (int c = 1; line % 6 == 0 && c < lines[line].length(); c++) {
				if (lines[line].charAt(c - 1) == ' ' && lines[line].charAt(c) != ' ') {
					columns.add(c);
				}
			}
			for (int column : columns.stream().distinct().toList()) {
				CompletionParams params = new CompletionParams(new TextDocumentIdentifier(name), new Position(line, column));
				List<CompletionItem> reference = slowService.createCompletionList(document, slowResource, params, CancelIndicator.NullImpl).getItems();
				PlanContentAssistService.inLanguage(reference, Lang.preferred()); // Xtext's, in the reader's order
				List<String> expected = describe(reference);
				List<String> actual = describe(fastService.createCompletionList(document, fastResource, params, CancelIndicator.NullImpl).getItems());
				assertEquals(expected, actual, name + ":" + (line + 1) + ":" + (column + 1) + " " + lines[line]);
				positions++;
			}
		}
		return positions;
	}

	private static List<String> describe(List<CompletionItem> items) {
		return items.stream().map(i -> {
			var edit = i.getTextEdit().getLeft();
			var range = edit.getRange();
			return i.getLabel() + " " + i.getKind() + " " + range.getStart().getLine() + ":" + range.getStart().getCharacter() + "-" + range.getEnd().getLine() + ":"
					+ range.getEnd().getCharacter() + " " + edit.getNewText();
		}).toList();
	}

	private static XtextResource load(Injector injector, String name, String text) throws IOException {
		XtextResourceSet set = injector.getInstance(XtextResourceSet.class);
		XtextResource resource = injector.getInstance(XtextResource.class);
		resource.setURI(URI.createURI("memory:/" + name));
		set.getResources().add(resource);
		resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), null);
		return resource;
	}
}
