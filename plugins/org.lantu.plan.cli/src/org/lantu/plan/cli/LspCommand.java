package org.lantu.plan.cli;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.lantu.plan.api.PlainText;
import org.lantu.plan.findings.Lang;
import org.lantu.plan.ide.server.FramedInput;
import org.lantu.plan.ide.server.PlanServerModule;
import org.lantu.plan.ide.server.ServerErrors;

import picocli.CommandLine.Command;

/**
 * {@code lantu lsp}: the language server on standard input and output, for any editor that speaks
 * the Language Server Protocol. Diagnostics are the consistency engine's, with their check ids.
 * A failed request answers the protocol's error code with a plain message; the log (standard
 * error) has one line per failure and never a stack trace; a stream whose framing breaks ends the
 * server with a line saying why (exit 1).
 */
@Command(name = "lsp", mixinStandardHelpOptions = true,
		description = { "Runs the language server on stdin/stdout.",
				"Editors start it themselves; see the README for VS Code and other editors.",
				"Its log (one line per problem) goes to standard error." })
public class LspCommand implements Callable<Integer> {

	@picocli.CommandLine.Option(names = "--lang", paramLabel = "LANG", converter = ReadOptions.LangConverter.class,
			description = { "the language of diagnostics, hovers and quick fixes: zh (中文) or en (English);", "default: LANTU_LANG if set, else zh" })
	Lang lang = Lang.preferred();

	@Override
	public Integer call() throws InterruptedException, ExecutionException {
		Lang.prefer(lang);
		oneLineLogging();
		FramedInput in = new FramedInput(System.in);
		Launcher<LanguageClient> launcher = start(in, System.out);
		launcher.startListening().get();
		if (in.failure() != null) {
			System.err.println("lantu lsp: stopped: the client's stream broke the protocol's framing: " + in.failure());
			return 1;
		}
		return 0;
	}

	/** A server wired to the given streams (the test drives one through pipes). */
	public static Launcher<LanguageClient> start(InputStream in, OutputStream out) {
		LanguageServerImpl server = PlanServerModule.createInjector().getInstance(LanguageServerImpl.class);
		Launcher<LanguageClient> launcher = new LSPLauncher.Builder<LanguageClient>().setLocalService(server).setRemoteInterface(LanguageClient.class)
				.setInput(in instanceof FramedInput ? in : new FramedInput(in)).setOutput(out).validateMessages(true)
				.setExceptionHandler(new ServerErrors(line -> System.err.println("lantu lsp: " + line), Lang.preferred())).create();
		server.connect(launcher.getRemoteProxy());
		return launcher;
	}

	/**
	 * lsp4j logs through java.util.logging, whose console handler prints stack traces: one line
	 * per record instead, on standard error, without the trace (LANTU_DEBUG=1 shows it).
	 */
	static void oneLineLogging() {
		Logger root = Logger.getLogger("");
		for (Handler h : root.getHandlers()) {
			root.removeHandler(h);
		}
		root.addHandler(new Handler() {
			@Override
			public void publish(LogRecord r) {
				if (!isLoggable(r)) {
					return;
				}
				String message = r.getMessage() == null ? "" : r.getMessage();
				String cause = r.getThrown() == null ? "" : " (" + ServerErrors.describe(r.getThrown()) + ")";
				String line = message.lines().findFirst().orElse("") + cause;
				System.err.println("lantu lsp: " + r.getLevel().getName().toLowerCase(Locale.ROOT) + ": " + PlainText.visible(line));
				if (r.getThrown() != null && System.getenv("LANTU_DEBUG") != null) {
					r.getThrown().printStackTrace();
				}
			}

			@Override
			public void flush() {
				System.err.flush();
			}

			@Override
			public void close() {
			}
		});
		root.setLevel(Level.WARNING);
	}
}
