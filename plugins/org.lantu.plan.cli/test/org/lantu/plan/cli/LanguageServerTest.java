package org.lantu.plan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;

import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolCapabilities;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.FoldingRangeRequestParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PrepareRenameParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ReferenceContext;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.SemanticTokensParams;
import org.eclipse.lsp4j.TextDocumentClientCapabilities;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceClientCapabilities;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.RemoteEndpoint;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lantu.plan.findings.Lang;
import org.lantu.plan.findings.Messages;
import org.lantu.plan.ide.server.InProcessClient;

import com.google.gson.JsonObject;

/** lantu lsp driven by a real LSP client (lsp4j) over pipes: open, diagnostics, completion, hover, quick fix, shutdown. */
class LanguageServerTest {

	@TempDir
	Path dir;

	/** A client that keeps what the server publishes. */
	static class Client extends InProcessClient {
		final BlockingQueue<PublishDiagnosticsParams> diagnostics = new LinkedBlockingQueue<>();

		@Override
		public void publishDiagnostics(PublishDiagnosticsParams params) {
			diagnostics.add(params);
		}
	}

	/** A client connected to a fresh {@code lantu lsp} over pipes, initialized on the folder. */
	static LanguageServer connect(Client client, Path folder) throws Exception {
		return connectWithEndpoint(client, folder).server();
	}

	/** The server as an LSP service and as a raw JSON-RPC endpoint (for requests no service method sends). */
	record Connection(LanguageServer server, RemoteEndpoint endpoint) {
	}

	static Connection connectWithEndpoint(Client client, Path folder) throws Exception {
		PipedInputStream serverIn = new PipedInputStream(1 << 16);
		PipedOutputStream clientOut = new PipedOutputStream(serverIn);
		PipedInputStream clientIn = new PipedInputStream(1 << 16);
		PipedOutputStream serverOut = new PipedOutputStream(clientIn);
		LspCommand.start(serverIn, serverOut).startListening();
		var clientLauncher = LSPLauncher.createClientLauncher(client, clientIn, clientOut);
		clientLauncher.startListening();
		LanguageServer server = clientLauncher.getRemoteProxy();
		InitializeParams init = new InitializeParams();
		if (folder != null) { // null: a file opened on its own, without a folder
			init.setWorkspaceFolders(List.of(new WorkspaceFolder(folder.toUri().toString(), "plans")));
			init.setRootUri(folder.toUri().toString()); // Xtext's single-root workspace manager reads this
		}
		var text = new TextDocumentClientCapabilities();
		var symbols = new DocumentSymbolCapabilities();
		symbols.setHierarchicalDocumentSymbolSupport(true);
		text.setDocumentSymbol(symbols);
		init.setCapabilities(new ClientCapabilities(new WorkspaceClientCapabilities(), text, null));
		var capabilities = server.initialize(init).get(60, TimeUnit.SECONDS).getCapabilities();
		assertTrue(capabilities.getCompletionProvider() != null, "completion is offered");
		server.initialized(new InitializedParams());
		return new Connection(server, clientLauncher.getRemoteEndpoint());
	}

	/** Opens the plan and waits for its diagnostics; returns them and the server's spelling of its URI. */
	static Map.Entry<String, List<Diagnostic>> open(LanguageServer server, Client client, Path plan, String text) throws Exception {
		String uri = plan.toUri().toString();
		server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "plan", 1, text)));
		String name = "/" + plan.getFileName();
		PublishDiagnosticsParams p = awaitPublished(client, q -> q.getUri().endsWith(name));
		if (p == null) {
			throw new AssertionError("no diagnostics for " + uri + " within 60 s");
		}
		return Map.entry(p.getUri(), p.getDiagnostics()); // the server's spelling of the document's URI
	}

	/** The first diagnostics the server publishes within 60 s that {@code wanted} accepts, or null. */
	static PublishDiagnosticsParams awaitPublished(Client client, Predicate<PublishDiagnosticsParams> wanted) throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
		while (System.nanoTime() < deadline) {
			PublishDiagnosticsParams p = client.diagnostics.poll(1, TimeUnit.SECONDS);
			if (p != null && wanted.test(p)) {
				return p;
			}
		}
		return null;
	}

	@Test
	void aRatioOutOfProportionIsFoundShownOnHoverAndFixed() throws Exception {
		Path plan = dir.resolve("outline.plan");
		String text = "规划 纲要\n指标 城镇居民人均可支配收入（元）{ 基期 2020：40000 }\n指标 农村居民人均可支配收入（元）{ 基期 2020：16300 }\n"
				+ "指标 城乡居民收入比 { 基期 2020：2.6:1 }\n比例 城乡居民收入比 = 城镇居民人均可支配收入 : 农村居民人均可支配收入\n";
		Files.writeString(plan, text, StandardCharsets.UTF_8);
		Client client = new Client();
		LanguageServer server = connect(client, dir);
		var opened = open(server, client, plan, text);
		List<Diagnostic> found = opened.getValue();
		String published = opened.getKey();
		assertEquals(1, found.size(), found.toString());
		Diagnostic d = found.get(0);
		assertEquals("ratio.mismatch", d.getCode().getLeft());
		assertEquals(3, d.getRange().getStart().getLine(), "zero-based line of the stated ratio");

		var hover = server.getTextDocumentService().hover(new HoverParams(new TextDocumentIdentifier(published), new Position(3, 5))).get(60, TimeUnit.SECONDS);
		String shown = hover == null ? "" : hover.getContents().isRight() ? hover.getContents().getRight().getValue() : hover.getContents().getLeft().toString();
		assertTrue(shown.contains("城乡居民收入比") && shown.contains("2.6:1"), shown);

		var actions = server.getTextDocumentService()
				.codeAction(new CodeActionParams(new TextDocumentIdentifier(published), d.getRange(), new CodeActionContext(List.of(d)))).get(60, TimeUnit.SECONDS);
		assertEquals(1, actions.size(), actions.toString());
		// 40000 / 16300 = 2.454: the ratio to an exact 1, to the decimals written
		assertEquals("2.5:1", actions.get(0).getRight().getEdit().getChanges().values().iterator().next().get(0).getNewText());
		server.shutdown().get(30, TimeUnit.SECONDS);
	}

	@Test
	void aFileOpenedWithoutAFolderIsChecked() throws Exception {
		Files.writeString(dir.resolve("district.plan"), "规划 区县\n指标 产值（亿元）{ 目标 2025：12 }\n", StandardCharsets.UTF_8);
		Path plan = dir.resolve("alone.plan");
		String text = "规划 单独\n引用 \"district.plan\"\n指标 甲（亿元）{ 目标 2025：10 }\n指标 乙（亿元）{ 目标 2025：20 }\n"
				+ "指标 总（亿元）{ 目标 2025：31 }\n合计 总 = 甲 + 乙\n";
		Files.writeString(plan, text, StandardCharsets.UTF_8);
		Client client = new Client();
		LanguageServer server = connect(client, null);
		List<Diagnostic> found = open(server, client, plan, text).getValue();
		List<String> codes = found.stream().map(d -> d.getCode().getLeft()).toList();
		assertTrue(codes.contains("sum.mismatch"), "the plan's own checks run: " + found);
		assertTrue(codes.stream().noneMatch(List.of("import.missing", "import.outside", "reference.unresolved")::contains), "it imports from its own folder: " + found);
		server.shutdown().get(30, TimeUnit.SECONDS);
	}

	@Test
	void anEditorSeesTheChecksFindingsAndGetsCompletions() throws Exception {
		Path plan = dir.resolve("park.plan");
		String text = "规划 示例\n功能区 起步区 { 面积 约2000 亩 全覆盖 组成 甲园, 乙园 }\n功能区 甲园 { 面积 1107 亩 }\n功能区 乙园 { 面积 1145 亩 }\n\n";
		Files.writeString(plan, text, StandardCharsets.UTF_8);
		Client client = new Client();
		LanguageServer server = connect(client, dir);
		String uri = plan.toUri().toString();
		var opened = open(server, client, plan, text);
		List<Diagnostic> found = opened.getValue();
		String published = opened.getKey();
		assertEquals(1, found.size(), found.toString());
		Diagnostic d = found.get(0);
		assertEquals("space.parts", d.getCode().getLeft());
		String message = d.getMessage().isLeft() ? d.getMessage().getLeft() : d.getMessage().getRight().getValue();
		assertTrue(message.contains("1107亩 + 乙园 1145亩 = 2252亩"), message);
		assertEquals(1, d.getRange().getStart().getLine(), "zero-based line of the zone's area");

		CompletionParams completion = new CompletionParams(new TextDocumentIdentifier(uri), new Position(4, 0));
		var result = server.getTextDocumentService().completion(completion).get(60, TimeUnit.SECONDS);
		List<String> labels = (result.isLeft() ? result.getLeft() : result.getRight().getItems()).stream().map(CompletionItem::getLabel).toList();
		assertTrue(labels.contains("功能区") && labels.contains("zone"), "keywords in both spellings: " + labels);
		assertTrue(labels.indexOf("功能区") < labels.indexOf("zone"), "the reader's (Chinese) keywords first: " + labels);

		var hover = server.getTextDocumentService()
				.hover(new HoverParams(new TextDocumentIdentifier(published), new Position(1, 5))).get(60, TimeUnit.SECONDS);
		String shown = hover == null ? "" : hover.getContents().isRight() ? hover.getContents().getRight().getValue() : hover.getContents().getLeft().toString();
		assertTrue(shown.contains("起步区") && shown.contains("合计 2252亩") && shown.contains("1.3333平方公里"), shown);

		var context = new CodeActionContext(List.of(d));
		var actions = server.getTextDocumentService()
				.codeAction(new CodeActionParams(new TextDocumentIdentifier(published), d.getRange(), context)).get(60, TimeUnit.SECONDS);
		assertEquals(1, actions.size(), actions.toString());
		var action = actions.get(0).getRight();
		assertEquals("改为 2252亩", action.getTitle());
		assertEquals("2252亩", action.getEdit().getChanges().values().iterator().next().get(0).getNewText());

		server.shutdown().get(30, TimeUnit.SECONDS);
	}

	@Test
	void theClientsSettingsDecideHowPlansAreChecked() throws Exception {
		Path plan = dir.resolve("tolerance.plan");
		String text = "规划 示例\n功能区 起步区 { 面积 约2000 亩 全覆盖 组成 甲园, 乙园 }\n功能区 甲园 { 面积 1107 亩 }\n功能区 乙园 { 面积 800 亩 }\n";
		Files.writeString(plan, text, StandardCharsets.UTF_8);
		Client client = new Client();
		LanguageServer server = connect(client, dir);
		assertEquals(List.of(), open(server, client, plan, text).getValue(), "1907亩 is 约2000亩 within the default 5 %");

		// over the protocol, settings arrive as JSON
		var settings = new JsonObject();
		var lantu = new JsonObject();
		lantu.addProperty("tolerance", "1%");
		lantu.addProperty("lang", "en");
		settings.add("lantu", lantu);
		server.getWorkspaceService().didChangeConfiguration(new DidChangeConfigurationParams(settings));
		PublishDiagnosticsParams again = awaitPublished(client, p -> p.getUri().endsWith("/tolerance.plan") && !p.getDiagnostics().isEmpty());
		assertTrue(again != null, "the plan is checked again with a 1 % tolerance");
		Diagnostic d = again.getDiagnostics().get(0);
		assertEquals("space.parts", d.getCode().getLeft());
		String message = d.getMessage().isLeft() ? d.getMessage().getLeft() : d.getMessage().getRight().getValue();
		assertTrue(message.contains("1907") && !message.contains("合计"), "in English now: " + message);

		lantu.addProperty("tolerance", "5");
		server.getWorkspaceService().didChangeConfiguration(new DidChangeConfigurationParams(settings));
		assertTrue(awaitPublished(client, p -> p.getUri().endsWith("/tolerance.plan") && p.getDiagnostics().isEmpty()) != null, "back to 5 %");
		server.shutdown().get(30, TimeUnit.SECONDS);
	}

	/** The text after renaming what is at {@code at} to {@code newName}. */
	private static String renamed(LanguageServer server, TextDocumentIdentifier doc, Position at, String newName, String text) throws Exception {
		var rename = server.getTextDocumentService().rename(new RenameParams(doc, at, newName)).get(60, TimeUnit.SECONDS);
		List<TextEdit> edits = rename.getChanges() != null ? rename.getChanges().values().iterator().next()
				: rename.getDocumentChanges().get(0).getLeft().getEdits().stream().map(e -> e.getLeft()).toList();
		return apply(text, edits);
	}

	@Test
	void renamingAZoneThePlansAreaIsMadeOfRenamesItThere() throws Exception {
		Path plan = dir.resolve("scope.plan");
		String text = "规划 示例\n规划范围 3000 亩 组成 甲园, 乙园\n功能区 甲园 { 面积 1107 亩 }\n功能区 乙园 { 面积 800 亩 }\n";
		Files.writeString(plan, text, StandardCharsets.UTF_8);
		Client client = new Client();
		LanguageServer server = connect(client, dir);
		var opened = open(server, client, plan, text);
		assertEquals(List.of(), opened.getValue());
		TextDocumentIdentifier doc = new TextDocumentIdentifier(opened.getKey());
		String renamed = renamed(server, doc, new Position(2, "功能区 ".length() + 1), "东园", text);
		assertTrue(renamed.contains("组成 东园, 乙园") && renamed.contains("功能区 东园 {"), renamed);
		server.shutdown().get(30, TimeUnit.SECONDS);
	}

	@Test
	void aPlanThatDoesNotParseIsAnsweredNotFailed() throws Exception {
		// a file whose header line is lost (the parser makes no plan of it), and one with a quote left open mid-table
		Path headless = dir.resolve("headless.plan");
		String lost = "// 某县规划\n章 1 \"发展基础\" {\n  段 \"到2025年\" [460亿元](地区生产总值@2025)\n}\n";
		Path broken = dir.resolve("broken.plan");
		String open = "规划 示例\n指标表 {\n  列 目标 2025\n  指标 \"甲（亿元）：1\n  指标 乙（亿元）：2\n}\n功能区 园 { 面积 10 亩 }\n";
		Files.writeString(headless, lost, StandardCharsets.UTF_8);
		Files.writeString(broken, open, StandardCharsets.UTF_8);
		Client client = new Client();
		LanguageServer server = connect(client, dir);
		var service = server.getTextDocumentService();
		for (var file : List.of(Map.entry(headless, lost), Map.entry(broken, open))) {
			var opened = open(server, client, file.getKey(), file.getValue());
			assertTrue(opened.getValue().stream().anyMatch(d -> "syntax".equals(d.getCode().getLeft())), opened.getValue().toString());
			TextDocumentIdentifier doc = new TextDocumentIdentifier(opened.getKey());
			String[] lines = file.getValue().split("\n");
			for (int line = 0; line < lines.length; line++) {
				for (int column = 0; column <= lines[line].length(); column += 3) {
					Position at = new Position(line, column);
					// each request answers, perhaps with nothing; none fails with an internal error
					service.definition(new DefinitionParams(doc, at)).get(60, TimeUnit.SECONDS);
					service.references(new ReferenceParams(doc, at, new ReferenceContext(true))).get(60, TimeUnit.SECONDS);
					service.prepareRename(new PrepareRenameParams(doc, at)).get(60, TimeUnit.SECONDS);
					service.hover(new HoverParams(doc, at)).get(60, TimeUnit.SECONDS);
				}
			}
			// as lantu format, the server leaves a plan that does not parse as written
			var edits = service.formatting(new DocumentFormattingParams(doc, new FormattingOptions(2, true))).get(60, TimeUnit.SECONDS);
			assertEquals(List.of(), edits, file.getKey().toString());
		}
		server.shutdown().get(30, TimeUnit.SECONDS);
	}

	@Test
	void formattingRenameNavigationOutlineFoldingAndHighlighting() throws Exception {
		Path plan = dir.resolve("zones.plan");
		String text = "规划 示例\n功能区 起步区 { 面积 约2000 亩 组成 甲园, 乙园 }\n   功能区 甲园 { 面积 1107 亩 }\n功能区 乙园 {\n  面积 800 亩\n}\n";
		Files.writeString(plan, text, StandardCharsets.UTF_8);
		Client client = new Client();
		LanguageServer server = connect(client, dir);
		var opened = open(server, client, plan, text);
		assertEquals(List.of(), opened.getValue(), "1107 + 800 = 1907亩 is 约2000亩");
		TextDocumentIdentifier doc = new TextDocumentIdentifier(opened.getKey());
		var service = server.getTextDocumentService();

		var formatting = service.formatting(new DocumentFormattingParams(doc, new FormattingOptions(2, true)))
				.get(60, TimeUnit.SECONDS);
		assertEquals(text.replace("   功能区 甲园", "功能区 甲园"), apply(text, formatting), "top-level elements start their lines");

		Position reference = new Position(1, text.split("\n")[1].indexOf("甲园") + 1); // 甲园 in 组成
		var definition = service.definition(new DefinitionParams(doc, reference)).get(60, TimeUnit.SECONDS).getLeft();
		assertEquals(1, definition.size(), definition.toString());
		assertEquals(2, definition.get(0).getRange().getStart().getLine(), "甲园 is declared on the third line");

		var references = service.references(new ReferenceParams(doc, reference, new ReferenceContext(true)))
				.get(60, TimeUnit.SECONDS);
		assertEquals(List.of(1, 2), references.stream().map(l -> l.getRange().getStart().getLine()).sorted().toList(), references.toString());

		String renamed = renamed(server, doc, reference, "东园", text);
		assertTrue(renamed.contains("组成 东园, 乙园") && renamed.contains("功能区 东园 {") && !renamed.contains("甲园"), renamed);
		// where no name stands, the rename says so in the author's words
		var nowhere = assertThrows(ExecutionException.class,
				() -> service.rename(new RenameParams(doc, new Position(1, text.split("\n")[1].indexOf("亩") + 1), "东园")).get(60, TimeUnit.SECONDS));
		assertTrue(nowhere.getCause() instanceof ResponseErrorException, nowhere.toString());
		var error = ((ResponseErrorException) nowhere.getCause()).getResponseError();
		assertEquals(Messages.say(Lang.preferred(), "rename.fatal"), error.getMessage());
		assertEquals(Messages.say(Lang.preferred(), "rename.no-name"), String.valueOf(error.getData()).replace("\"", ""), String.valueOf(error.getData()));
		// and in the language the client asked for
		Lang other = Lang.preferred() == Lang.ZH ? Lang.EN : Lang.ZH;
		var settings = new JsonObject();
		settings.addProperty("lang", other == Lang.ZH ? "zh" : "en");
		server.getWorkspaceService().didChangeConfiguration(new DidChangeConfigurationParams(settings));
		var elsewhere = assertThrows(ExecutionException.class,
				() -> service.rename(new RenameParams(doc, new Position(1, text.split("\n")[1].indexOf("亩") + 1), "东园")).get(60, TimeUnit.SECONDS));
		var inOther = ((ResponseErrorException) elsewhere.getCause()).getResponseError();
		assertEquals(Messages.say(other, "rename.fatal"), inOther.getMessage());
		assertEquals(Messages.say(other, "rename.no-name"), String.valueOf(inOther.getData()).replace("\"", ""), String.valueOf(inOther.getData()));
		assertNotEquals(Messages.say(other, "rename.fatal"), Messages.say(Lang.preferred(), "rename.fatal"));

		var symbols = service.documentSymbol(new DocumentSymbolParams(doc)).get(60, TimeUnit.SECONDS);
		var root = symbols.get(0).getRight();
		assertEquals("示例", root.getName());
		assertEquals(List.of("起步区", "甲园", "乙园"), root.getChildren().stream().map(DocumentSymbol::getName).toList());
		assertEquals(2, root.getChildren().get(1).getSelectionRange().getStart().getLine(), "甲园's symbol selects its name");

		var folding = service.foldingRange(new FoldingRangeRequestParams(doc)).get(60, TimeUnit.SECONDS);
		assertTrue(folding.stream().anyMatch(f -> f.getStartLine() == 3 && f.getEndLine() >= 4), "乙园's block folds: " + folding);

		var tokens = service.semanticTokensFull(new SemanticTokensParams(doc)).get(60, TimeUnit.SECONDS);
		assertTrue(tokens != null && tokens.getData() != null, "semantic tokens answer");

		server.shutdown().get(30, TimeUnit.SECONDS);
	}

	@Test
	void aChangedDistrictValueReChecksTheCityRollUp() throws Exception {
		Path east = dir.resolve("east.plan");
		Path west = dir.resolve("west.plan");
		Path city = dir.resolve("city.plan");
		Files.writeString(east, "plan 东区\nindicator 营业收入（亿元）{ target 2025: 400 }\n", StandardCharsets.UTF_8);
		Files.writeString(west, "plan 西区\nindicator 营业收入（亿元）{ target 2025: 350 }\n", StandardCharsets.UTF_8);
		String cityText = "plan 全市\nimport \"east.plan\"\nimport \"west.plan\"\nindicator 营业收入（亿元）{ target 2025: 750 }\nsum 营业收入 = 东区.营业收入 + 西区.营业收入\n";
		Files.writeString(city, cityText, StandardCharsets.UTF_8);
		Client client = new Client();
		LanguageServer server = connect(client, dir);
		assertEquals(List.of(), open(server, client, city, cityText).getValue(), "400 + 350 = 750");
		String eastText = Files.readString(east, StandardCharsets.UTF_8);
		String eastUri = open(server, client, east, eastText).getKey();

		// the author types a new value into the district plan: the city's roll-up no longer adds up
		client.diagnostics.clear();
		server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
				new VersionedTextDocumentIdentifier(eastUri, 2),
				List.of(new TextDocumentContentChangeEvent(eastText.replace("400", "450")))));
		PublishDiagnosticsParams published = awaitPublished(client, p -> p.getUri().endsWith("/city.plan") && !p.getDiagnostics().isEmpty());
		List<Diagnostic> cityFindings = published == null ? List.of() : published.getDiagnostics();
		assertEquals(1, cityFindings.size(), "the city plan is checked again: " + cityFindings);
		assertEquals("sum.mismatch", cityFindings.get(0).getCode().getLeft());
		server.shutdown().get(30, TimeUnit.SECONDS);
	}

	@Test
	void keystrokesReCheckWhatTheyReachAndKeepTheRest() throws Exception {
		Path plan = dir.resolve("typed.plan");
		String text = "plan 园区\nchapter 1 \"产值\" {\n  indicator 总产值（亿元）{ target 2025: 300 }\n  indicator 甲（亿元）{ target 2025: 100 }\n"
				+ "  indicator 乙（亿元）{ target 2025: 200 }\n  sum 总产值 = 甲 + 乙\n}\nchapter 2 \"用地\" {\n  zone 起步区 { area 30 亩 complete parts 东片, 西片 }\n"
				+ "  zone 东片 { area 10 亩 }\n  zone 西片 { area 15 亩 }\n}\n";
		Files.writeString(plan, text, StandardCharsets.UTF_8);
		Client client = new Client();
		LanguageServer server = connect(client, dir);
		var opened = open(server, client, plan, text);
		assertEquals(List.of("space.parts"), codes(opened.getValue()), "10 + 15 亩 do not fill 30 亩");

		// one keystroke in chapter 1: the sum breaks; the zone's finding, not re-checked, stays where it was
		String uri = opened.getKey();
		type(server, client, uri, 2, 2, 34, "5", List.of("sum.mismatch", "space.parts@8"));

		// a line typed above both moves them; the other keystroke undone fixes the sum
		type(server, client, uri, 3, 1, 0, "para \"说明\"\n", List.of("sum.mismatch", "space.parts@9"));
		type(server, client, uri, 4, 3, 34, "", List.of("space.parts@9"));
		server.shutdown().get(30, TimeUnit.SECONDS);
	}

	private static List<String> codes(List<Diagnostic> diagnostics) {
		return diagnostics.stream().map(d -> d.getCode().getLeft()).toList();
	}

	/**
	 * Inserts {@code typed} at line:col (an empty {@code typed} deletes the character there) and
	 * waits for the diagnostics with the {@code expected} check ids in line order, each with the
	 * line it is on when written {@code id@line} (a build still running for an earlier version may
	 * publish first).
	 */
	private static void type(LanguageServer server, Client client, String uri, int version, int line, int col, String typed,
			List<String> expected) throws Exception {
		client.diagnostics.clear();
		Position at = new Position(line, col);
		Range range = new Range(at, typed.isEmpty() ? new Position(line, col + 1) : at);
		server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, version),
				List.of(new TextDocumentContentChangeEvent(range, typed))));
		var last = new AtomicReference<List<Diagnostic>>(List.of());
		PublishDiagnosticsParams p = awaitPublished(client, q -> {
			if (!q.getUri().equals(uri)) {
				return false;
			}
			List<Diagnostic> sorted = q.getDiagnostics().stream().sorted(Comparator.comparingInt(d -> d.getRange().getStart().getLine())).toList();
			last.set(sorted);
			List<String> found = new ArrayList<>();
			for (int i = 0; i < sorted.size(); i++) {
				Diagnostic d = sorted.get(i);
				boolean withLine = i < expected.size() && expected.get(i).contains("@");
				found.add(d.getCode().getLeft() + (withLine ? "@" + d.getRange().getStart().getLine() : ""));
			}
			return found.equals(expected);
		});
		if (p != null) {
			return;
		}
		throw new AssertionError("expected " + expected + " after typing at " + line + ":" + col + ", last published: " + last.get());
	}

	/** The text after the edits (applied from the last to the first). */
	static String apply(String text, List<? extends TextEdit> edits) {
		List<String> lines = List.of(text.split("\n", -1));
		ToIntFunction<Position> offset = p -> {
			int o = 0;
			for (int i = 0; i < p.getLine(); i++) {
				o += lines.get(i).length() + 1;
			}
			return o + p.getCharacter();
		};
		StringBuilder b = new StringBuilder(text);
		edits.stream().sorted((a, c) -> Integer.compare(offset.applyAsInt(c.getRange().getStart()), offset.applyAsInt(a.getRange().getStart())))
				.forEach(e -> b.replace(offset.applyAsInt(e.getRange().getStart()), offset.applyAsInt(e.getRange().getEnd()), e.getNewText()));
		return b.toString();
	}
}
