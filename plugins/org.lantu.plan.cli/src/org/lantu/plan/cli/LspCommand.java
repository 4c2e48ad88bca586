package org.lantu.plan.cli;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;

import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.xtext.ide.server.LanguageServerImpl;

import org.lantu.plan.ide.server.PlanServerModule;

import picocli.CommandLine.Command;

/**
 * {@code lantu lsp}: the language server on standard input and output, for any editor that speaks
 * the Language Server Protocol. Diagnostics are the consistency engine's, with their check ids.
 */
@Command(name = "lsp", mixinStandardHelpOptions = true,
		description = { "Runs the language server on stdin/stdout.",
				"Editors start it themselves; see the README for VS Code and other editors." })
public class LspCommand implements Callable<Integer> {

	@Override
	public Integer call() throws InterruptedException, ExecutionException {
		Launcher<LanguageClient> launcher = start(System.in, System.out);
		launcher.startListening().get();
		return 0;
	}

	/** A server wired to the given streams (the test drives one through pipes). */
	public static Launcher<LanguageClient> start(InputStream in, OutputStream out) {
		LanguageServerImpl server = PlanServerModule.createInjector().getInstance(LanguageServerImpl.class);
		Launcher<LanguageClient> launcher = LSPLauncher.createServerLauncher(server, in, out);
		server.connect(launcher.getRemoteProxy());
		return launcher;
	}
}
