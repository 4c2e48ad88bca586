package org.lantu.plan.ide.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.xtext.ide.server.BuildManager.Buildable;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.ide.server.ProjectManager;

import com.google.inject.Inject;
/**
 * Xtext's language server with what Lantu adds:
 * <ul>
 * <li>folding ranges announced (blocks, multi-line elements and comments fold in every LSP editor);
 * <li>positions in UTF-16 code units, the protocol's default, announced as such;
 * <li>an unknown request answers MethodNotFound (Xtext throws, which answered InternalError with
 * a stack trace); an unknown notification is logged in one line and ignored;
 * <li>an editor that opens files without a folder (no root, no workspace folders: a file opened on
 * its own) gets a workspace of no folders, where each opened plan is checked and imports from its
 * own folder (Xtext failed on the missing root and answered the initialisation with an error);
 * <li>an edit that does not fit the server's copy of a document (a range beyond its end) is never
 * applied silently: the document is marked out of step, the editor is told (a message and a
 * finding on its first line), and edits are ignored until the editor sends the whole text again
 * (a full-text change, or closing and reopening the file).
 * </ul>
 */
public class PlanLanguageServer extends LanguageServerImpl {

	@Inject
	private PlanServerSettings settings;

	/**
	 * The client's settings (tolerance, strict reading, language: {@link PlanServerSettings}); when
	 * they change, every plan of the workspace is read and checked again with them (what was worked
	 * out about a plan depends on them; Xtext's own handling would rebuild only projects it has not
	 * seen).
	 */
	@Override
	public void didChangeConfiguration(DidChangeConfigurationParams params) {
		if (params == null) {
			return;
		}
		// taken while no check runs (a write waits for them), so that no check sees half of the new settings
		getRequestManager().runWrite(() -> {
			List<URI> plans = new ArrayList<>();
			if (settings.apply(params.getSettings())) {
				for (ProjectManager project : getWorkspaceManager().getProjectManagers()) {
					project.getIndexState().getResourceDescriptions().getAllResourceDescriptions().forEach(d -> plans.add(d.getURI()));
					List<Resource> loaded = new ArrayList<>(project.getResourceSet().getResources());
					project.getResourceSet().getResources().clear();
					loaded.forEach(Resource::unload);
				}
			}
			return getWorkspaceManager().didChangeFiles(plans, List.of());
		}, (cancelIndicator, buildable) -> buildable.build(cancelIndicator));
	}

	private final Set<URI> outOfStep = ConcurrentHashMap.newKeySet();

	/** Whether the client named no folder at all (see the class comment). */
	private volatile boolean noFolder;

	@Override
	@SuppressWarnings("deprecation") // rootPath: older clients send only that
	public CompletableFuture<InitializeResult> initialize(InitializeParams params) {
		noFolder = params != null && (params.getWorkspaceFolders() == null || params.getWorkspaceFolders().isEmpty()) && params.getRootUri() == null
				&& params.getRootPath() == null;
		return super.initialize(params);
	}

	/** Also when the client named no folder: Xtext then starts a workspace of the (no) folders named rather than of a missing root. */
	@Override
	protected boolean clientSupportsWorkspaceFolders() {
		return noFolder || super.clientSupportsWorkspaceFolders();
	}

	@Override
	protected ServerCapabilities createServerCapabilities(InitializeParams params) {
		ServerCapabilities capabilities = super.createServerCapabilities(params);
		capabilities.setFoldingRangeProvider(true);
		capabilities.setPositionEncoding("utf-16");
		return capabilities;
	}

	@Override
	public CompletableFuture<?> request(String method, Object parameter) {
		try {
			CompletableFuture<?> answer = super.request(method, parameter);
			if (answer != null) {
				return answer;
			}
		} catch (UnsupportedOperationException e) {
			// no extension serves it
		}
		throw new ResponseErrorException(new ResponseError(ResponseErrorCode.MethodNotFound, "Lantu does not serve '" + method + "'", null));
	}

	@Override
	public void notify(String method, Object parameter) {
		try {
			super.notify(method, parameter);
		} catch (UnsupportedOperationException e) {
			if (!method.startsWith("$/")) { // $/ notifications may be ignored (the protocol says so)
				log("ignored the notification '" + method + "', which Lantu does not serve");
			}
		}
	}

	@Override
	protected Buildable toBuildable(DidOpenTextDocumentParams params) {
		outOfStep.remove(getURI(params.getTextDocument()));
		return super.toBuildable(params);
	}

	@Override
	protected Buildable toBuildable(DidCloseTextDocumentParams params) {
		outOfStep.remove(getURI(params.getTextDocument()));
		return super.toBuildable(params);
	}

	@Override
	protected Buildable toBuildable(DidChangeTextDocumentParams params) {
		URI uri = getURI(params.getTextDocument());
		List<TextDocumentContentChangeEvent> changes = params.getContentChanges() == null ? List.of() : params.getContentChanges();
		boolean wholeText = changes.stream().anyMatch(c -> c != null && c.getRange() == null);
		if (outOfStep.contains(uri) && !wholeText) {
			return cancelIndicator -> List.of();
		}
		Document current = getWorkspaceManager().isDocumentOpen(uri) ? getWorkspaceManager().doRead(uri, (document, resource) -> document) : null;
		if (current != null) {
			try {
				current.applyTextDocumentChanges(changes);
			} catch (IndexOutOfBoundsException | NullPointerException | IllegalArgumentException e) {
				lostStep(uri, params.getTextDocument().getUri(), e);
				return cancelIndicator -> List.of();
			}
		}
		outOfStep.remove(uri);
		return super.toBuildable(params);
	}

	/** An edit did not fit: say so everywhere the author may look, and wait for the whole text. */
	private void lostStep(URI uri, String documentUri, RuntimeException e) {
		outOfStep.add(uri);
		String what = "an edit of " + uri.lastSegment() + " does not fit the text the server has (" + ServerErrors.describe(e)
				+ "); the file is not checked until the editor sends its whole text again: close and reopen it";
		log(what);
		if (getLanguageClient() != null) {
			getLanguageClient().showMessage(new MessageParams(MessageType.Warning, "Lantu: " + what));
			Diagnostic d = new Diagnostic(new Range(new Position(0, 0), new Position(0, 0)),
					"Lantu's copy of this plan is out of step with the editor; close and reopen the file to check it again", DiagnosticSeverity.Warning,
					"lantu", "file");
			getLanguageClient().publishDiagnostics(new PublishDiagnosticsParams(documentUri, List.of(d)));
		}
	}

	/** One line in the server's log: standard error, and the editor's log. */
	private void log(String line) {
		System.err.println("lantu lsp: " + line);
		if (getLanguageClient() != null) {
			getLanguageClient().logMessage(new MessageParams(MessageType.Warning, line));
		}
	}
}
