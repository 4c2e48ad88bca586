package org.lantu.plan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** lantu lsp driven by a real LSP client (lsp4j) over pipes: open, diagnostics, completion, hover, quick fix, shutdown. */
class LanguageServerTest {

	@TempDir
	Path dir;

	/** A client that keeps what the server publishes. */
	static class Client implements LanguageClient {
		final BlockingQueue<PublishDiagnosticsParams> diagnostics = new LinkedBlockingQueue<>();

		@Override
		public void telemetryEvent(Object object) {
		}

		@Override
		public void publishDiagnostics(PublishDiagnosticsParams params) {
			diagnostics.add(params);
		}

		@Override
		public void showMessage(MessageParams params) {
		}

		@Override
		public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams params) {
			return CompletableFuture.completedFuture(null);
		}

		@Override
		public void logMessage(MessageParams message) {
		}
	}

	@Test
	void anEditorSeesTheChecksFindingsAndGetsCompletions() throws Exception {
		Path plan = dir.resolve("park.plan");
		String text = "规划 示例\n功能区 起步区 { 面积 约2000 亩 全覆盖 组成 甲园, 乙园 }\n功能区 甲园 { 面积 1107 亩 }\n功能区 乙园 { 面积 1145 亩 }\n\n";
		Files.writeString(plan, text, StandardCharsets.UTF_8);

		PipedInputStream serverIn = new PipedInputStream(1 << 16);
		PipedOutputStream clientOut = new PipedOutputStream(serverIn);
		PipedInputStream clientIn = new PipedInputStream(1 << 16);
		PipedOutputStream serverOut = new PipedOutputStream(clientIn);
		LspCommand.start(serverIn, serverOut).startListening();
		Client client = new Client();
		var clientLauncher = LSPLauncher.createClientLauncher(client, clientIn, clientOut);
		clientLauncher.startListening();
		LanguageServer server = clientLauncher.getRemoteProxy();

		InitializeParams init = new InitializeParams();
		init.setWorkspaceFolders(List.of(new WorkspaceFolder(dir.toUri().toString(), "plans")));
		init.setRootUri(dir.toUri().toString()); // Xtext's single-root workspace manager reads this
		var capabilities = server.initialize(init).get(60, TimeUnit.SECONDS).getCapabilities();
		assertTrue(capabilities.getCompletionProvider() != null, "completion is offered");
		server.initialized(new InitializedParams());

		String uri = plan.toUri().toString();
		server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "plan", 1, text)));
		List<Diagnostic> found = List.of();
		String published = uri;
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
		while (found.isEmpty() && System.nanoTime() < deadline) {
			PublishDiagnosticsParams p = client.diagnostics.poll(1, TimeUnit.SECONDS);
			if (p != null && p.getUri().endsWith("/park.plan")) {
				found = p.getDiagnostics();
				published = p.getUri(); // the server's spelling of the document's URI
			}
		}
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

		var hover = server.getTextDocumentService()
				.hover(new org.eclipse.lsp4j.HoverParams(new TextDocumentIdentifier(published), new Position(1, 5))).get(60, TimeUnit.SECONDS);
		String shown = hover == null ? "" : hover.getContents().isRight() ? hover.getContents().getRight().getValue() : hover.getContents().getLeft().toString();
		assertTrue(shown.contains("起步区") && shown.contains("together 2252亩") && shown.contains("1.3333平方公里"), shown);

		var context = new org.eclipse.lsp4j.CodeActionContext(List.of(d));
		var actions = server.getTextDocumentService()
				.codeAction(new org.eclipse.lsp4j.CodeActionParams(new TextDocumentIdentifier(published), d.getRange(), context)).get(60, TimeUnit.SECONDS);
		assertEquals(1, actions.size(), actions.toString());
		var action = actions.get(0).getRight();
		assertEquals("Set to 2252亩", action.getTitle());
		assertEquals("2252亩", action.getEdit().getChanges().values().iterator().next().get(0).getNewText());

		server.shutdown().get(30, TimeUnit.SECONDS);
	}
}
