package org.lantu.plan.eclipse.server;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.URI;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolCapabilities;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.FileEvent;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverCapabilities;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.TextDocumentClientCapabilities;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceClientCapabilities;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.xtext.Grammar;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.IGrammarAccess;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.lantu.plan.eclipse.core.Log;
import org.lantu.plan.ide.server.InProcessClient;
import org.lantu.plan.ide.server.PlanServerModule;

import com.google.inject.Injector;


/**
 * The Plan language server (Xtext's {@link LanguageServerImpl} with Lantu's checks) running inside
 * the workbench, spoken to through lsp4j objects without a wire. Editors send their text on every
 * change; the server re-checks off the UI thread and cancels a check that a newer change made
 * stale, then publishes diagnostics, which become markers. Every request method returns at once
 * with a future.
 */
public final class PlanServer {

	/** How long a caller that must block (hover, quick fix) waits for an answer. */
	public static final long TIMEOUT_SECONDS = 20;

	private final LanguageServerImpl server;
	private final Injector injector;
	private volatile Set<String> keywords;
	private final Map<String, Integer> versions = new ConcurrentHashMap<>();
	private final Map<String, Integer> openCount = new ConcurrentHashMap<>();
	private final Consumer<PublishDiagnosticsParams> listener;

	private PlanServer(LanguageServerImpl server, Injector injector, Consumer<PublishDiagnosticsParams> listener) {
		this.server = server;
		this.injector = injector;
		this.listener = Objects.requireNonNull(listener);
	}

	/**
	 * Starts a server over the given workspace folder (the Eclipse workspace root): every
	 * {@code *.plan} file under it is checked, and imports resolve between them. The listener
	 * receives every publication of diagnostics, on the server's threads.
	 */
	public static PlanServer start(String rootUri, Consumer<PublishDiagnosticsParams> listener) {
		Thread thread = Thread.currentThread();
		ClassLoader previous = thread.getContextClassLoader();
		// Xtext finds the languages through ServiceLoader, which asks the context class loader:
		// in OSGi that must be this bundle's, whose class path holds the engine.
		thread.setContextClassLoader(PlanServer.class.getClassLoader());
		try {
			Injector injector = PlanServerModule.createInjector();
			LanguageServerImpl impl = injector.getInstance(LanguageServerImpl.class);
			PlanServer s = new PlanServer(impl, injector, listener);
			impl.connect(s.new Client());
			InitializeParams init = new InitializeParams();
			init.setRootUri(rootUri);
			init.setProcessId((int) ProcessHandle.current().pid());
			init.setCapabilities(capabilities());
			impl.initialize(init).get(120, TimeUnit.SECONDS);
			impl.initialized(new InitializedParams());
			return s;
		} catch (Exception e) {
			throw new IllegalStateException("The Lantu language server did not start: " + e, e);
		} finally {
			thread.setContextClassLoader(previous);
		}
	}

	/** What this client handles: an outline as a tree, markdown or plain hover. */
	private static ClientCapabilities capabilities() {
		TextDocumentClientCapabilities text = new TextDocumentClientCapabilities();
		DocumentSymbolCapabilities symbols = new DocumentSymbolCapabilities();
		symbols.setHierarchicalDocumentSymbolSupport(true);
		text.setDocumentSymbol(symbols);
		text.setHover(new HoverCapabilities(List.of("markdown", "plaintext"), false));
		return new ClientCapabilities(new WorkspaceClientCapabilities(), text, null);
	}

	/**
	 * The Plan language's injector inside the server. Everything else in the workbench that reads
	 * plans (render, export) must use it: a second injector would register its own parser in EMF's
	 * global registries, and the server's documents would then be parsed against another grammar
	 * instance than its content assist and formatter know.
	 */
	public Injector languageInjector() {
		return injector.getInstance(IResourceServiceProvider.Registry.class)
				.getResourceServiceProvider(URI.createURI("any.plan")).get(Injector.class);
	}

	/** The language's keywords that are words (both spellings), for syntax colouring. */
	public Set<String> keywords() {
		Set<String> k = keywords;
		if (k == null) {
			Grammar grammar = languageInjector().getInstance(IGrammarAccess.class).getGrammar();
			k = GrammarUtil.getAllKeywords(grammar).stream()
					.filter(w -> !w.isEmpty() && w.codePoints().allMatch(Character::isLetter)).collect(Collectors.toUnmodifiableSet());
			keywords = k;
		}
		return k;
	}

	// ------------------------------------------------------------------ documents

	/** An editor opened the document; its text (not the file's) is checked from now on. */
	public void open(String uri, String text) {
		if (openCount.merge(uri, 1, Integer::sum) > 1) {
			change(uri, text);
			return;
		}
		versions.put(uri, 1);
		server.didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "plan", 1, text)));
	}

	/** The document's whole new text (full synchronisation: plans are small enough). */
	public void change(String uri, String text) {
		int version = versions.merge(uri, 1, Integer::sum);
		server.didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, version),
				List.of(new TextDocumentContentChangeEvent(text))));
	}

	public void close(String uri) {
		Integer left = openCount.computeIfPresent(uri, (k, n) -> n > 1 ? n - 1 : null);
		if (left == null) {
			versions.remove(uri);
			server.didClose(new DidCloseTextDocumentParams(new TextDocumentIdentifier(uri)));
		}
	}

	public boolean isOpen(String uri) {
		return openCount.containsKey(uri);
	}

	/** Files created, changed or deleted on disk (not through an open editor). */
	public void filesChanged(List<FileEvent> events) {
		if (!events.isEmpty()) {
			server.didChangeWatchedFiles(new DidChangeWatchedFilesParams(events));
		}
	}

	// ------------------------------------------------------------------ requests

	/**
	 * The settings the server checks with ({@code tolerance} as "5%", {@code strict}, {@code lang}
	 * "zh", "en" or "" for the workbench's); when they change, every plan is checked again.
	 */
	public void configure(Map<String, Object> settings) {
		server.didChangeConfiguration(new DidChangeConfigurationParams(Map.of("lantu", settings)));
	}

	public CompletableFuture<List<CompletionItem>> completion(String uri, Position at) {
		return server.completion(new CompletionParams(new TextDocumentIdentifier(uri), at))
				.thenApply(r -> r.isLeft() ? r.getLeft() : r.getRight().getItems());
	}

	public CompletableFuture<Hover> hover(String uri, Position at) {
		return server.hover(new HoverParams(new TextDocumentIdentifier(uri), at));
	}

	public CompletableFuture<List<? extends Location>> definition(String uri, Position at) {
		return server.definition(new DefinitionParams(new TextDocumentIdentifier(uri), at))
				.thenApply(r -> r.isLeft() ? r.getLeft() : List.of());
	}

	/** The quick fixes for one finding: code actions that carry their edit. */
	public CompletableFuture<List<CodeAction>> fixes(String uri, Diagnostic diagnostic) {
		CodeActionParams params = new CodeActionParams(new TextDocumentIdentifier(uri), diagnostic.getRange(),
				new CodeActionContext(List.of(diagnostic)));
		return server.codeAction(params).thenApply(list -> list.stream().filter(Either::isRight).map(Either::getRight)
				.filter(a -> a.getEdit() != null).toList());
	}

	public CompletableFuture<List<? extends TextEdit>> format(String uri) {
		return server.formatting(new DocumentFormattingParams(new TextDocumentIdentifier(uri), new FormattingOptions(2, false)));
	}

	/** The outline: chapters, boxes, indicators, zones, projects… as a tree. */
	public CompletableFuture<List<DocumentSymbol>> symbols(String uri) {
		return server.documentSymbol(new DocumentSymbolParams(new TextDocumentIdentifier(uri)))
				.thenApply(list -> list.stream().map(e -> e.isRight() ? e.getRight() : toSymbol(e.getLeft())).toList());
	}

	private static DocumentSymbol toSymbol(SymbolInformation info) {
		Range r = info.getLocation().getRange();
		return new DocumentSymbol(info.getName(), info.getKind(), r, r);
	}

	public void shutdown() {
		try {
			server.shutdown().get(5, TimeUnit.SECONDS);
		} catch (Exception e) {
			// the workbench is closing; nothing is left to save
		}
	}

	/** Receives what the server pushes. */
	private final class Client extends InProcessClient {
		@Override
		public void publishDiagnostics(PublishDiagnosticsParams params) {
			listener.accept(params);
		}

		@Override
		protected void error(String message) {
			Log.error(message, null);
		}
	}
}
