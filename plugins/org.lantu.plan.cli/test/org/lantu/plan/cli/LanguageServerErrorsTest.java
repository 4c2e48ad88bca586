package org.lantu.plan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.lsp4j.services.LanguageServer;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lantu.plan.cli.LanguageServerTest.Client;
import org.lantu.plan.findings.Lang;
import org.lantu.plan.ide.server.FramedInput;
import org.lantu.plan.ide.server.ServerErrors;

/**
 * The language server under requests a careless or hostile client sends: the protocol's error
 * codes with plain messages (never a Java stack trace), edits that do not fit the document, a
 * stream whose framing breaks.
 */
class LanguageServerErrorsTest {

	@TempDir
	Path dir;

	/** A client that also keeps the messages the server shows. */
	static class Watching extends Client {
		final BlockingQueue<String> shown = new LinkedBlockingQueue<>();

		@Override
		public void showMessage(MessageParams message) {
			shown.add(message.getMessage());
		}
	}

	/** Writes the plan into the workspace folder, opens it and waits for its diagnostics; the server's URI of it. */
	String open(LanguageServer server, Client client, String name, String text) throws Exception {
		Path plan = dir.resolve(name);
		Files.writeString(plan, text, StandardCharsets.UTF_8);
		return LanguageServerTest.open(server, client, plan, text).getKey();
	}

	/** Asks the server to shut down; what is under test here is what came before, so a slow answer is not waited for. */
	static void close(LanguageServer server) {
		try {
			server.shutdown().get(5, TimeUnit.SECONDS);
		} catch (Exception e) {
			// the next test starts a server of its own
		}
	}

	static ResponseErrorException failure(CompletableFuture<?> request) throws Exception {
		try {
			Object answer = request.get(60, TimeUnit.SECONDS);
			throw new AssertionError("expected an error, got " + answer);
		} catch (ExecutionException e) {
			assertTrue(e.getCause() instanceof ResponseErrorException, e.getCause().toString());
			ResponseErrorException r = (ResponseErrorException) e.getCause();
			String all = r.getResponseError().getMessage() + " " + r.getResponseError().getData();
			assertFalse(all.contains("\tat ") || all.contains("at org.") || all.contains("at java."), "a stack trace reached the client: " + all);
			return r;
		}
	}

	@Test
	void aFailureTheAuthorSeesIsInTheServersLanguage() {
		List<String> logged = new ArrayList<>();
		var zh = new ServerErrors(logged::add, Lang.ZH).apply(new IllegalStateException("坏了"));
		assertEquals(ResponseErrorCode.InternalError.getValue(), zh.getCode());
		assertTrue(zh.getMessage().startsWith("内部错误：") && zh.getMessage().endsWith("（详情见语言服务器的日志）"), zh.getMessage());
		assertEquals(1, logged.size(), "and logged once, in a line");
		var en = new ServerErrors(logged::add, Lang.EN).apply(new OutOfMemoryError());
		assertTrue(en.getMessage().startsWith("Lantu ran out of memory"), en.getMessage());
		assertTrue(new ServerErrors(logged::add, Lang.ZH).apply(new OutOfMemoryError()).getMessage().startsWith("蓝图内存不足"));
	}

	@Test
	void badRequestsGetTheProtocolsCodes() throws Exception {
		Path plan = dir.resolve("p.plan");
		String text = "规划 p\n功能区 z { 面积 3 亩 }\n";
		Files.writeString(plan, text, StandardCharsets.UTF_8);
		Watching client = new Watching();
		var connection = LanguageServerTest.connectWithEndpoint(client, dir);
		LanguageServer server = connection.server();
		var opened = LanguageServerTest.open(server, client, plan, text);
		TextDocumentIdentifier id = new TextDocumentIdentifier(opened.getKey());

		assertEquals(ResponseErrorCode.MethodNotFound.getValue(),
				failure(connection.endpoint().request("lantu/noSuchMethod", null)).getResponseError().getCode());
		for (Position p : List.of(new Position(99999, 0), new Position(-3, 0), new Position(0, 99999))) {
			var hover = failure(server.getTextDocumentService().hover(new HoverParams(id, p)));
			assertEquals(ResponseErrorCode.InvalidParams.getValue(), hover.getResponseError().getCode(), hover.getResponseError().getMessage());
		}
		assertEquals(ResponseErrorCode.InvalidParams.getValue(),
				failure(connection.endpoint().request("textDocument/hover", null)).getResponseError().getCode());
		assertEquals(ResponseErrorCode.InvalidParams.getValue(),
				failure(connection.endpoint().request("textDocument/completion", null)).getResponseError().getCode());
		// the server still answers
		assertNotNull(server.getTextDocumentService().hover(new HoverParams(id, new Position(1, 4))).get(60, TimeUnit.SECONDS));
		close(server);
	}

	@Test
	void anEditThatDoesNotFitIsReportedAndTheWholeTextRecovers() throws Exception {
		Watching client = new Watching();
		LanguageServer server = LanguageServerTest.connect(client, dir);
		String uri = open(server, client, "p.plan", "规划 p\n功能区 z { 面积 3 亩 }\n");
		client.diagnostics.clear();
		var bad = new TextDocumentContentChangeEvent(new Range(new Position(40, 0), new Position(40, 1)), "x");
		server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, 2), List.of(bad)));
		String shown = client.shown.poll(60, TimeUnit.SECONDS);
		assertNotNull(shown, "the editor is told");
		assertTrue(shown.contains("does not fit"), shown);
		// (the build of the opened text may still publish before the mark)
		var marked = LanguageServerTest.awaitPublished(client,
				p -> p.getUri().equals(uri) && p.getDiagnostics().stream().anyMatch(d -> d.getMessage().getLeft().contains("out of step")));
		assertNotNull(marked, "a finding on the document says it is out of step");
		// further edits are not applied to the stale copy; the whole text brings it back
		String fixed = "规划 p\n功能区 z { 面积 3 公亩 }\n";
		server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, 3), List.of(new TextDocumentContentChangeEvent(fixed))));
		var rechecked = LanguageServerTest.awaitPublished(client, p -> p.getUri().equals(uri) && !p.getDiagnostics().isEmpty()
				&& "unit.unknown".equals(p.getDiagnostics().get(0).getCode().getLeft()));
		assertNotNull(rechecked, "checked again from the whole text");
		close(server);
	}

	@Test
	void formattingPlacesEditsWhereXtextWould() throws Exception {
		String text = "规划 f\n// 注释\n章 1 \"一\" {     段 \"甲\"\n        段 \"乙😀\" 段 \"丙\" }\n章 2 \"二\" {段 \"丁\"}\n";
		Watching client = new Watching();
		LanguageServer server = LanguageServerTest.connect(client, dir);
		String uri = open(server, client, "f.plan", text);
		Path plan = dir.resolve("f.plan");
		var edits = server.getTextDocumentService().formatting(new DocumentFormattingParams(new TextDocumentIdentifier(uri), new FormattingOptions(2, true)))
				.get(60, TimeUnit.SECONDS);
		String formatted = LanguageServerTest.apply(text, edits);
		assertEquals(CheckCommandTest.run("format", plan.toString()).out(), formatted);
		close(server);
	}

	@Test
	void aBrokenFrameEndsTheStream() throws Exception {
		String good = "{\"jsonrpc\":\"2.0\",\"method\":\"x\"}";
		byte[] stream = ("Content-Length: " + good.length() + "\r\n\r\n" + good + "Content-Type: x\r\n\r\n{}").getBytes(StandardCharsets.UTF_8);
		FramedInput in = new FramedInput(new ByteArrayInputStream(stream));
		ByteArrayOutputStream read = new ByteArrayOutputStream();
		in.transferTo(read);
		assertTrue(read.toString(StandardCharsets.UTF_8).endsWith(good), "the good message passes");
		assertEquals("a message header has no Content-Length", in.failure());
		for (String header : List.of("Content-Length: lots\r\n\r\n", "Content-Length: 99999999999\r\n\r\n", "Content-Length: 10\r\n\r\n{}",
				"X".repeat(9000))) {
			FramedInput broken = new FramedInput(new ByteArrayInputStream(header.getBytes(StandardCharsets.UTF_8)));
			broken.transferTo(new ByteArrayOutputStream());
			assertNotNull(broken.failure(), header);
		}
		FramedInput closed = new FramedInput(new ByteArrayInputStream(new byte[0]));
		closed.transferTo(new ByteArrayOutputStream());
		assertNull(closed.failure(), "a client that closes between messages is no error");
		// the server's listener ends on it instead of waiting for more
		var launcher = LspCommand.start(new ByteArrayInputStream("Content-Length: nope\r\n\r\n".getBytes(StandardCharsets.US_ASCII)), new ByteArrayOutputStream());
		launcher.startListening().get(30, TimeUnit.SECONDS);
	}

	@Test
	void specialFilesInTheWorkspaceAreLeftOut() throws Exception {
		Path fifo = dir.resolve("pipe.plan");
		Assumptions.assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo is not available");
		Files.createSymbolicLink(dir.resolve("zero.plan"), Path.of("/dev/zero"));
		Files.createSymbolicLink(dir.resolve("loop"), dir);
		Files.createDirectories(dir.resolve("folder.plan"));
		Path plan = dir.resolve("p.plan");
		String text = "规划 p\n功能区 z { 面积 3 公亩 }\n";
		Files.writeString(plan, text, StandardCharsets.UTF_8);
		Watching client = new Watching();
		LanguageServer server = Assertions.assertTimeoutPreemptively(Duration.ofSeconds(90),
				() -> LanguageServerTest.connect(client, dir), "initialize returns");
		var opened = LanguageServerTest.open(server, client, plan, text);
		assertEquals("unit.unknown", opened.getValue().get(0).getCode().getLeft(), opened.getValue().toString());
		close(server);
	}
}
