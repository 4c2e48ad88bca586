package org.lantu.plan.ide.server;

import java.util.concurrent.CompletableFuture;

import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.services.LanguageClient;

/**
 * The client side of a language server that runs in the same process (the Eclipse plugin, the
 * benchmark, tests): it receives diagnostics and errors; messages, questions and telemetry, which
 * have no one to show them to, are dropped (a question is answered with no choice).
 */
public abstract class InProcessClient implements LanguageClient {

	@Override
	public abstract void publishDiagnostics(PublishDiagnosticsParams params);

	/** An error the server reports (logged or shown); nothing by default. */
	protected void error(String message) {
	}

	@Override
	public void logMessage(MessageParams message) {
		if (message.getType() == MessageType.Error) {
			error(message.getMessage());
		}
	}

	@Override
	public void showMessage(MessageParams message) {
		logMessage(message);
	}

	@Override
	public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams params) {
		return CompletableFuture.completedFuture(null);
	}

	@Override
	public void telemetryEvent(Object object) {
	}
}
