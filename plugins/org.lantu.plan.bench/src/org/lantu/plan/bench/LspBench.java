package org.lantu.plan.bench;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.DocumentSymbolCapabilities;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentClientCapabilities;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceClientCapabilities;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.lantu.plan.ide.server.InProcessClient;
import org.lantu.plan.ide.server.PlanServerModule;

/**
 * The language server on a plan of about 5,000 lines, all checks on, in process (what an editor's
 * server does, minus the JSON on the pipe): the time from a keystroke (an incremental didChange)
 * to the diagnostics that reflect it, the time to answer a completion request, and a run of rapid
 * random edits that must leave the server answering with the heap where it was.
 */
final class LspBench {

	record Result(int lines, int bytes, double[] keystrokeWarmUpMs, double[] diagnosticsMs, double[] completionWarmUpMs, double[] completionMs,
			double[] outlineMs, int rapidEdits, double rapidSeconds, long heapBeforeMb, long heapAfterMb, int errors) {
		static double percentile(double[] sorted, double p) {
			return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
		}
	}

	/** Collects what the server publishes, with arrival times. */
	static final class Client extends InProcessClient {
		record Published(long nanos, PublishDiagnosticsParams params) {
		}

		final BlockingQueue<Published> diagnostics = new LinkedBlockingQueue<>();
		final AtomicInteger errors = new AtomicInteger();

		@Override
		public void publishDiagnostics(PublishDiagnosticsParams params) {
			diagnostics.add(new Published(System.nanoTime(), params));
		}

		@Override
		protected void error(String message) {
			errors.incrementAndGet();
		}
	}

	/** What the rapid edits type: digits, blanks, braces, units, cell bars, the colon and quotes. */
	private static final String TYPED = "0123456789 {}亩亿元|：\"";

	/** Keystrokes and completion requests before the measured ones. */
	static final int WARM_UP = 30;

	private LspBench() {
	}

	/** {@code java … LspBench [LINES]}: the language-server part alone, printed. */
	public static void main(String[] args) throws Exception {
		Result r = run(Files.createTempDirectory("lantu-lsp"), args.length > 0 ? Integer.parseInt(args[0]) : 5_000, 50, 50, 10_000);
		System.out.printf(Locale.ROOT, "%d lines, %d bytes: diagnostics p50 %.0f p95 %.0f max %.0f ms; completion p50 %.0f p95 %.0f ms; outline p50 %.0f p95 %.0f ms; %d rapid edits in %.1f s, %d errors, heap %d -> %d MB%n",
				r.lines(), r.bytes(), Result.percentile(r.diagnosticsMs(), 0.5), Result.percentile(r.diagnosticsMs(), 0.95),
				r.diagnosticsMs()[r.diagnosticsMs().length - 1], Result.percentile(r.completionMs(), 0.5), Result.percentile(r.completionMs(), 0.95),
				Result.percentile(r.outlineMs(), 0.5), Result.percentile(r.outlineMs(), 0.95), r.rapidEdits(), r.rapidSeconds(), r.errors(), r.heapBeforeMb(), r.heapAfterMb());
		Formatting f = formatting(Files.createTempDirectory("lantu-format"), 5);
		System.out.printf(Locale.ROOT, "formatting %,d bytes: %,d edits in %.1f s%n", f.bytes(), f.edits(), f.seconds());
		System.exit(0);
	}

	static Result run(Path work, int targetLines, int edits, int completions, int rapid) throws Exception {
		int linesPerBlock = SyntheticPlan.ofBlocks(10, 7, 0).text().split("\n").length / 10;
		String text = SyntheticPlan.ofBlocks(targetLines / linesPerBlock + 1, 7, 0).text();
		Path folder = Files.createDirectories(work.resolve("lsp"));
		Path file = folder.resolve("editor.plan");
		Files.writeString(file, text, StandardCharsets.UTF_8);
		List<StringBuilder> lines = new ArrayList<>();
		for (String l : text.split("\n", -1)) {
			lines.add(new StringBuilder(l));
		}

		Client client = new Client();
		LanguageServerImpl server = openInServer(client, folder, file, text, 120);
		String uri = file.toUri().toString();
		int version = 1;

		// one keystroke at a time: change a digit of a value in the middle of the plan, wait for the
		// diagnostics; the first ones after opening compile the checking code and are timed apart
		Random random = new Random(11);
		double[] keystrokeWarmUp = new double[WARM_UP];
		double[] diagnostics = new double[edits];
		for (int i = -WARM_UP; i < edits; i++) {
			int line = numberLine(lines, lines.size() / 2 + random.nextInt(lines.size() / 4));
			int col = firstDigit(lines.get(line));
			// a different digit: typing the digit that is there changes nothing
			char digit = (char) ('1' + random.nextInt(9));
			while (digit == lines.get(line).charAt(col)) {
				digit = (char) ('1' + random.nextInt(9));
			}
			client.diagnostics.clear();
			long t0 = System.nanoTime();
			change(server, uri, ++version, line, col, col + 1, String.valueOf(digit));
			lines.get(line).setCharAt(col, digit);
			double ms = (awaitDiagnostics(client, t0, 60) - t0) / 1e6;
			if (i < 0) {
				keystrokeWarmUp[WARM_UP + i] = ms;
			} else {
				diagnostics[i] = ms;
			}
		}

		// the first requests compile the content-assist code (on two cores the compiler competes with
		// the request); they are timed apart, and the measured ones come after them
		double[] completionWarmUp = new double[WARM_UP];
		for (int i = 0; i < WARM_UP; i++) {
			int line = lines.size() / 3 + i;
			long t0 = System.nanoTime();
			server.completion(new CompletionParams(new TextDocumentIdentifier(uri), new Position(line, lines.get(line).length()))).get(60, TimeUnit.SECONDS);
			completionWarmUp[i] = (System.nanoTime() - t0) / 1e6;
		}
		double[] completion = new double[completions];
		for (int i = 0; i < completions; i++) {
			int line = lines.size() / 4 + random.nextInt(lines.size() / 2);
			long t0 = System.nanoTime();
			server.completion(new CompletionParams(new TextDocumentIdentifier(uri), new Position(line, lines.get(line).length())))
					.get(60, TimeUnit.SECONDS);
			completion[i] = (System.nanoTime() - t0) / 1e6;
		}

		// the outline as an editor asks for it after a change (the document symbols, hierarchical); the
		// first requests compile its code and are not counted
		TextDocumentIdentifier document = new TextDocumentIdentifier(uri);
		for (int i = 0; i < 5; i++) {
			server.documentSymbol(new DocumentSymbolParams(document)).get(60, TimeUnit.SECONDS);
		}
		double[] outline = new double[20];
		for (int i = 0; i < outline.length; i++) {
			long t0 = System.nanoTime();
			server.documentSymbol(new DocumentSymbolParams(document)).get(60, TimeUnit.SECONDS);
			outline[i] = (System.nanoTime() - t0) / 1e6;
		}

		// rapid random edits, as fast as they can be sent, then the plan restored and checked
		long before = usedHeapAfterGc();
		long r0 = System.nanoTime();
		List<String> original = lines.stream().map(StringBuilder::toString).toList();
		for (int i = 0; i < rapid; i++) {
			int line = random.nextInt(lines.size());
			StringBuilder l = lines.get(line);
			if (random.nextBoolean() || l.length() == 0) {
				int col = random.nextInt(l.length() + 1);
				String inserted = String.valueOf(TYPED.charAt(random.nextInt(TYPED.length())));
				change(server, uri, ++version, line, col, col, inserted);
				l.insert(col, inserted);
			} else {
				int col = random.nextInt(l.length());
				change(server, uri, ++version, line, col, col + 1, "");
				l.deleteCharAt(col);
			}
		}
		client.diagnostics.clear();
		long tRestore = System.nanoTime();
		server.didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, ++version),
				List.of(new TextDocumentContentChangeEvent(String.join("\n", original)))));
		awaitDiagnostics(client, tRestore, 300);
		double rapidSeconds = (System.nanoTime() - r0) / 1e9;
		server.completion(new CompletionParams(new TextDocumentIdentifier(uri), new Position(3, 0))).get(60, TimeUnit.SECONDS);
		long after = usedHeapAfterGc();
		server.shutdown().get(30, TimeUnit.SECONDS);

		Arrays.sort(diagnostics);
		Arrays.sort(completion);
		Arrays.sort(outline);
		return new Result(lines.size(), text.getBytes(StandardCharsets.UTF_8).length, keystrokeWarmUp, diagnostics, completionWarmUp, completion, outline, rapid,
				rapidSeconds, before >> 20, after >> 20, client.errors.get());
	}

	/** A language server on {@code folder} with {@code file} open, once its first diagnostics are published. */
	private static LanguageServerImpl openInServer(Client client, Path folder, Path file, String text, int seconds) throws Exception {
		LanguageServerImpl server = PlanServerModule.createInjector().getInstance(LanguageServerImpl.class);
		server.connect(client);
		InitializeParams init = new InitializeParams();
		init.setRootUri(folder.toUri().toString());
		// an editor that shows the outline as a tree (as Lantu Studio and VS Code do)
		DocumentSymbolCapabilities symbols = new DocumentSymbolCapabilities();
		symbols.setHierarchicalDocumentSymbolSupport(true);
		TextDocumentClientCapabilities textCapabilities = new TextDocumentClientCapabilities();
		textCapabilities.setDocumentSymbol(symbols);
		init.setCapabilities(new ClientCapabilities(new WorkspaceClientCapabilities(), textCapabilities, null));
		server.initialize(init).get(seconds, TimeUnit.SECONDS);
		server.initialized(new InitializedParams());
		server.didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(file.toUri().toString(), "plan", 1, text)));
		awaitDiagnostics(client, 0, seconds);
		return server;
	}

	/** Formatting a large plan whose lines all lost their indentation: the edits and the time to answer. */
	record Formatting(int bytes, int edits, double seconds) {
	}

	static Formatting formatting(Path work, int megabytes) throws Exception {
		int blocks = 64;
		String text = SyntheticPlan.ofBlocks(blocks, 3, 0).text();
		while (text.getBytes(StandardCharsets.UTF_8).length < (long) megabytes << 20) {
			blocks += blocks / 4;
			text = SyntheticPlan.ofBlocks(blocks, 3, 0).text();
		}
		String flat = text.lines().map(String::strip).reduce(new StringBuilder(), (b, l) -> b.append(l).append('\n'), StringBuilder::append).toString();
		Path folder = Files.createDirectories(work.resolve("format"));
		Path file = folder.resolve("large.plan");
		Files.writeString(file, flat, StandardCharsets.UTF_8);
		LanguageServerImpl server = openInServer(new Client(), folder, file, flat, 600);
		String uri = file.toUri().toString();
		long t0 = System.nanoTime();
		var edits = server.formatting(new DocumentFormattingParams(new TextDocumentIdentifier(uri), new FormattingOptions(2, true)))
				.get(600, TimeUnit.SECONDS);
		double seconds = (System.nanoTime() - t0) / 1e9;
		server.shutdown().get(30, TimeUnit.SECONDS);
		return new Formatting(flat.getBytes(StandardCharsets.UTF_8).length, edits.size(), seconds);
	}

	private static void change(LanguageServerImpl server, String uri, int version, int line, int from, int to, String text) {
		TextDocumentContentChangeEvent event = new TextDocumentContentChangeEvent(new Range(new Position(line, from), new Position(line, to)), text);
		server.didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, version), List.of(event)));
	}

	/** The arrival time of the first diagnostics published after {@code since}. */
	private static long awaitDiagnostics(Client client, long since, int seconds) throws InterruptedException {
		long deadline = System.nanoTime() + seconds * 1_000_000_000L;
		while (System.nanoTime() < deadline) {
			Client.Published p = client.diagnostics.poll(100, TimeUnit.MILLISECONDS);
			if (p != null && p.nanos() >= since) {
				return p.nanos();
			}
		}
		throw new IllegalStateException("no diagnostics within " + seconds + " s");
	}

	private static int numberLine(List<StringBuilder> lines, int from) {
		for (int i = from; i < lines.size(); i++) {
			if (lines.get(i).toString().contains("指标 产值") && firstDigit(lines.get(i)) >= 0) {
				return i;
			}
		}
		return numberLine(lines, 0);
	}

	/** The first digit of a value after the full-width colon (the indicator's base). */
	private static int firstDigit(StringBuilder line) {
		int colon = line.indexOf("：");
		for (int i = colon + 1; i < line.length(); i++) {
			if (Character.isDigit(line.charAt(i))) {
				return i;
			}
		}
		return -1;
	}

	private static long usedHeapAfterGc() throws InterruptedException {
		for (int i = 0; i < 3; i++) {
			System.gc();
			Thread.sleep(200);
		}
		return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
	}
}
