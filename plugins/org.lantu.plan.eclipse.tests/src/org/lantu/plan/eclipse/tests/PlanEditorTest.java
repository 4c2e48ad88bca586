package org.lantu.plan.eclipse.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipFile;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.text.Document;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.ITextViewerExtension6;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.TextAttribute;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.source.TextInvocationContext;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lantu.plan.eclipse.commands.ExportHandler;
import org.lantu.plan.eclipse.commands.ExportPdfHandler;
import org.lantu.plan.eclipse.commands.ExportWordHandler;
import org.lantu.plan.eclipse.commands.PublishHandler;
import org.lantu.plan.eclipse.commands.RenderHandler;
import org.lantu.plan.eclipse.commands.UserGuideHandler;
import org.lantu.plan.eclipse.editor.Colors;
import org.lantu.plan.eclipse.editor.PlanCodeScanner;
import org.lantu.plan.eclipse.editor.PlanContentAssist;
import org.lantu.plan.eclipse.editor.PlanEditor;
import org.lantu.plan.eclipse.editor.PlanOutlinePage;
import org.lantu.plan.eclipse.editor.PlanQuickAssist;
import org.lantu.plan.eclipse.editor.PlanTextHover;
import org.lantu.plan.eclipse.markers.MarkerWriter;
import org.lantu.plan.eclipse.server.SharedServer;
import org.lantu.plan.eclipse.server.Uris;
import org.lantu.plan.eclipse.studio.ExamplesStartup;

/**
 * The Plan editor in Lantu Studio's workbench, as an author uses it: the findings appear as markers,
 * the quick fix writes the computed value and the marker goes, content assist, hover, outline and
 * formatting answer, render and export write their files, and the examples show exactly their known
 * findings in the Problems view.
 */
class PlanEditorTest {

	/** 起步区's parts add up to 2252亩, not 约2000亩 (±5 %). */
	static final String PARK = "规划 示例\n功能区 起步区 { 面积 约2000 亩 全覆盖 组成 甲园, 乙园 }\n功能区 甲园 { 面积 1107 亩 }\n功能区 乙园 { 面积 1145 亩 }\n";

	@AfterEach
	void closeEditors() {
		Workbench.page().closeAllEditors(false);
	}

	@Test
	void aFindingIsAMarkerAndItsQuickFixWritesTheComputedValue() throws Exception {
		IProject project = Workbench.project("quickfix");
		IFile file = Workbench.file(project, "park.plan", PARK);
		PlanEditor editor = (PlanEditor) IDE.openEditor(Workbench.page(), file, PlanEditor.ID);

		Workbench.waitUntil("the space.parts marker", 120, () -> !Workbench.markers(file).isEmpty());
		List<IMarker> markers = Workbench.markers(file);
		assertEquals(1, markers.size(), markers.toString());
		IMarker marker = markers.get(0);
		assertEquals("space.parts", marker.getAttribute(MarkerWriter.CODE, ""));
		assertEquals(2, marker.getAttribute(IMarker.LINE_NUMBER, -1));
		assertEquals(IMarker.SEVERITY_ERROR, marker.getAttribute(IMarker.SEVERITY, -1));
		String message = marker.getAttribute(IMarker.MESSAGE, "");
		assertTrue(message.contains("2252亩") && message.contains("起步区面积") && message.endsWith("[space.parts]"), "a Chinese marker: " + message);
		int start = marker.getAttribute(IMarker.CHAR_START, -1);
		assertTrue(PARK.substring(start).startsWith("约2000") || PARK.substring(start).startsWith("2000"),
				"the marker sits on the area: " + PARK.substring(start, Math.min(PARK.length(), start + 12)));

		IMarkerResolution[] fixes = IDE.getMarkerHelpRegistry().getResolutions(marker);
		assertEquals(1, fixes.length, Arrays.toString(fixes));
		assertEquals("改为 2252亩", fixes[0].getLabel());

		// Ctrl+1 at the start of the line (not on the value itself) offers the same fix
		int lineStart = PARK.indexOf("功能区 起步区");
		ICompletionProposal[] quickFixes = new PlanQuickAssist(editor.viewer())
				.computeQuickAssistProposals(new TextInvocationContext(editor.viewer(), lineStart, 0));
		assertEquals(List.of("改为 2252亩"), Arrays.stream(quickFixes).map(ICompletionProposal::getDisplayString).toList());
		quickFixes[0].apply(editor.document());

		IDocument document = editor.document();
		assertTrue(document.get().contains("2252"), document.get());
		assertTrue(editor.isDirty(), "a quick fix in an open editor is an ordinary unsaved edit");
		Workbench.waitUntil("the marker to go after the fix", 60, () -> Workbench.markers(file).isEmpty());
		editor.doSave(null);
	}

	@Test
	void contentAssistHoverAndOutlineAnswerFromTheServer() throws Exception {
		IProject project = Workbench.project("services");
		IFile file = Workbench.file(project, "park.plan", PARK + "\n");
		PlanEditor editor = (PlanEditor) IDE.openEditor(Workbench.page(), file, PlanEditor.ID);
		Workbench.waitUntil("the file's marker", 120, () -> !Workbench.markers(file).isEmpty());
		ITextViewer viewer = editor.viewer();

		ICompletionProposal[] proposals = new PlanContentAssist(editor).computeCompletionProposals(viewer, PARK.length() + 1);
		List<String> shown = Arrays.stream(proposals).map(ICompletionProposal::getDisplayString).toList();
		assertTrue(shown.stream().anyMatch(s -> s.startsWith("功能区")) && shown.stream().anyMatch(s -> s.startsWith("zone")),
				"keywords in both spellings: " + shown);

		String hover = new PlanTextHover(editor).getHoverInfo(viewer, new Region(PARK.indexOf("起步区") + 1, 0));
		assertNotNull(hover, "hover on 起步区");
		assertTrue(hover.contains("2252亩"), hover);

		List<DocumentSymbol> symbols = SharedServer.get().symbols(Uris.of(file)).get(60, TimeUnit.SECONDS);
		List<DocumentSymbol> outline = symbols;
		assertEquals(1, outline.size(), "one plan at the root: " + symbols);
		assertEquals("示例", outline.get(0).getName());
		assertEquals(List.of("起步区", "甲园", "乙园"), outline.get(0).getChildren().stream().map(DocumentSymbol::getName).toList(),
				"the zones under the plan, by their own names");
	}

	@Test
	void theOutlineIsTheDocumentAndFollowsTheEditorBothWays() throws Exception {
		Path example = Path.of(System.getProperty("lantu.root"), "examples", "leshan-hitech-zone-14th-five-year-outline.plan");
		String text = Files.readString(example);
		IProject project = Workbench.project("outline");
		IFile file = Workbench.file(project, "outline.plan", text);
		PlanEditor editor = (PlanEditor) IDE.openEditor(Workbench.page(), file, PlanEditor.ID);
		Workbench.page().showView(IPageLayout.ID_OUTLINE);
		Workbench.page().activate(editor);
		// the Outline view made the page when it showed the editor; this is that page
		PlanOutlinePage page = (PlanOutlinePage) editor.getAdapter(IContentOutlinePage.class);
		assertNotNull(page.getControl(), "the Outline view shows the page");
		Workbench.waitUntil("the outline", 120, () -> !page.symbols().isEmpty());

		List<String> chapters = page.symbols().get(0).getChildren().stream().map(DocumentSymbol::getName).filter(n -> n.startsWith("第")).toList();
		assertEquals("第一章　“十三五”取得成效", chapters.get(0));
		assertEquals("第二章　“十四五”发展环境", chapters.get(1));
		assertTrue(chapters.size() >= 8, chapters.toString());

		// a click on a node selects its title in the editor
		DocumentSymbol second = page.symbols().get(0).getChildren().stream().filter(n -> n.getName().startsWith("第二章")).findFirst().orElseThrow();
		page.setSelection(new StructuredSelection(second));
		var selected = (ITextSelection) editor.getSelectionProvider().getSelection();
		assertEquals("“十四五”发展环境", selected.getText());

		// the caret in a section selects the section in the outline
		int inSection = text.indexOf("面临的机遇和挑战");
		page.follow(inSection);
		var node = (DocumentSymbol) ((IStructuredSelection) page.getSelection()).getFirstElement();
		assertEquals("第二节　面临的机遇和挑战", node.getName());
	}

	@Test
	void numbersAreColouredWhereverTheyStand() {
		String text = "目标 2025: 2以上 约2000 超过１０００ GDP2025";
		var scanner = new PlanCodeScanner(Set.of("目标"), new Colors());
		scanner.setRange(new Document(text), 0, text.length());
		RGB blue = new RGB(0, 0, 192);
		List<String> numbers = new ArrayList<>();
		for (var token = scanner.nextToken(); !token.isEOF(); token = scanner.nextToken()) {
			if (token.getData() instanceof TextAttribute a && a.getForeground() != null && blue.equals(a.getForeground().getRGB())) {
				numbers.add(text.substring(scanner.getTokenOffset(), scanner.getTokenOffset() + scanner.getTokenLength()));
			}
		}
		assertEquals(List.of("2025", "2", "2000", "１０００"), numbers, "GDP2025 is a name");
	}

	@Test
	void formatPlanIndentsLikeLantuFormatAndKeepsEverything() throws Exception {
		IProject project = Workbench.project("format");
		String messy = "规划 示例\n// 起步区 and its parts\n功能区 起步区 { 面积 约2000 亩 全覆盖 组成 甲园, 乙园 }\n    功能区 甲园 { 面积 1107 亩 }\n\t功能区 乙园 { 面积 1145 亩 }\n";
		IFile file = Workbench.file(project, "park.plan", messy);
		PlanEditor editor = (PlanEditor) IDE.openEditor(Workbench.page(), file, PlanEditor.ID);
		Workbench.waitUntil("the file's marker", 120, () -> !Workbench.markers(file).isEmpty());

		PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand("org.lantu.plan.eclipse.format", null);
		String formatted = editor.document().get();
		assertEquals(messy.replace("    功能区", "功能区").replace("\t功能区", "功能区"), formatted, "top-level elements start their lines; the comment stays");
		assertTrue(editor.isDirty(), "formatting is an edit in the editor, saved when the author saves");
		((ITextViewerExtension6) editor.viewer()).getUndoManager().undo();
		assertEquals(messy, editor.document().get(), "one Undo takes the whole formatting back");

		// a plan that does not parse is left as written, as lantu format leaves it
		String broken = "规划 示例\n    功能区 甲园 { 面积 \"1107 亩 }\n";
		IFile brokenFile = Workbench.file(project, "broken.plan", broken);
		PlanEditor brokenEditor = (PlanEditor) IDE.openEditor(Workbench.page(), brokenFile, PlanEditor.ID);
		Workbench.waitUntil("the syntax error's marker", 120, () -> !Workbench.markers(brokenFile).isEmpty());
		PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand("org.lantu.plan.eclipse.format", null);
		assertEquals(broken, brokenEditor.document().get(), "nothing moved in a plan with a syntax error");
	}

	@Test
	void renderAndExportWriteIntoOutNextToThePlan() throws Exception {
		IProject project = Workbench.project("publish");
		IFile file = Workbench.file(project, "park.plan", PARK);
		Job render = new RenderHandler().run(List.of(file), false);
		Job export = new ExportHandler().run(List.of(file), false);
		Job word = new ExportWordHandler().run(List.of(file), false);
		Job pdf = new ExportPdfHandler().run(List.of(file), false);
		Workbench.waitUntil("render and export", 120,
				() -> render.getResult() != null && export.getResult() != null && word.getResult() != null && pdf.getResult() != null);
		assertTrue(render.getResult().isOK(), render.getResult().toString());
		assertTrue(export.getResult().isOK(), export.getResult().toString());
		assertTrue(word.getResult().isOK(), word.getResult().toString());
		assertTrue(pdf.getResult().isOK(), pdf.getResult().toString());
		byte[] pdfBytes = Files.readAllBytes(project.getFolder(PublishHandler.OUTPUT_FOLDER).getFile("park.pdf").getLocation().toPath());
		assertEquals("%PDF", new String(pdfBytes, 0, 4, StandardCharsets.ISO_8859_1), "Flying Saucer and OpenPDF work inside the plugin");
		// the Word package, written by POI inside the plugin (its XML types load in OSGi)
		IFile docx = project.getFolder(PublishHandler.OUTPUT_FOLDER).getFile("park.docx");
		assertTrue(docx.exists(), "the official document");
		try (ZipFile zip = new ZipFile(docx.getLocation().toFile())) {
			String body = new String(zip.getInputStream(zip.getEntry("word/document.xml")).readAllBytes(), StandardCharsets.UTF_8);
			assertTrue(body.contains("起步区"), "the document holds the plan");
			assertTrue(new String(zip.getInputStream(zip.getEntry("word/styles.xml")).readAllBytes(), StandardCharsets.UTF_8).contains("仿宋_GB2312"));
		}
		IFile html = project.getFolder(PublishHandler.OUTPUT_FOLDER).getFile("park.html");
		IFile xlsx = project.getFolder(PublishHandler.OUTPUT_FOLDER).getFile("park.xlsx");
		assertTrue(html.exists() && xlsx.exists(), "the workspace was refreshed and shows the files");
		String page = Files.readString(html.getLocation().toPath());
		assertTrue(page.contains("起步区") && page.contains("2252亩"), "the page carries the finding");
		byte[] workbook = Files.readAllBytes(xlsx.getLocation().toPath());
		assertEquals('P', workbook[0]);
		assertEquals('K', workbook[1]);
		assertTrue(render.getResult().getMessage().contains("已写出 park.html（1 个错误"), render.getResult().getMessage());
	}

	@Test
	void theExamplesShowTheirKnownFindingsInTheProblemsView() throws Exception {
		Path examples = Path.of(System.getProperty("lantu.root"), "examples");
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(ExamplesStartup.PROJECT);
		if (project.exists()) {
			project.delete(true, true, null);
		}
		ExamplesStartup.importExamples(examples);
		assertEquals(4, Arrays.stream(project.members()).filter(r -> r.getName().endsWith(".plan")).count());
		// the same counts as `lantu check examples/*.plan`
		Workbench.waitUntil("7 errors and 9 warnings on the examples", 180, () -> count(project, IMarker.SEVERITY_ERROR) == 7
				&& count(project, IMarker.SEVERITY_WARNING) == 9);
		IFile wutongqiao = project.getFile("wutongqiao-industrial-base-2016-2030.plan");
		assertTrue(Workbench.markers(wutongqiao).stream().anyMatch(m -> m.getAttribute(IMarker.MESSAGE, "").contains("2252亩")),
				"起步区's parts in wutongqiao");
		assertTrue(Files.readString(examples.resolve("wutongqiao-industrial-base-2016-2030.plan")).contains("约2000"),
				"the originals are never written");
	}

	private static long count(IProject project, int severity) {
		return Workbench.markers(project).stream().filter(m -> m.getAttribute(IMarker.SEVERITY, -1) == severity).count();
	}

	@Test
	void helpOpensTheUserGuideInChinese() throws Exception {
		var editor = UserGuideHandler.open(Workbench.page());
		assertEquals("用户手册.md", editor.getTitle());
		var text = (ITextEditor) editor;
		String guide = text.getDocumentProvider().getDocument(editor.getEditorInput()).get();
		assertTrue(guide.contains("蓝图（Lantu）用户手册") && guide.contains("| `space.parts` |"), guide.substring(0, Math.min(200, guide.length())));
	}
}
