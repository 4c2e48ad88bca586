package org.lantu.plan.ide.server;

import java.lang.reflect.InvocationTargetException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.lantu.plan.api.PlainText;
import org.lantu.plan.findings.Lang;
import org.lantu.plan.findings.Messages;

/**
 * What a request that failed answers: the protocol's error code and a plain message, never a Java
 * stack trace. A position outside the document (Xtext's {@code Document} cannot place it) is the
 * client's mistake, {@code InvalidParams}; anything else is {@code InternalError}, logged as one
 * line by {@link #log}, and told to the author (an editor shows it) in the server's language.
 */
public final class ServerErrors implements Function<Throwable, ResponseError> {

	/** Where the one-line log of a failure goes (standard error for {@code lantu lsp}). */
	private final Consumer<String> log;
	private final Lang lang;

	public ServerErrors(Consumer<String> log, Lang lang) {
		this.log = log;
		this.lang = lang;
	}

	@Override
	public ResponseError apply(Throwable thrown) {
		Throwable t = unwrap(thrown);
		if (t instanceof ResponseErrorException e) {
			return e.getResponseError();
		}
		if (t instanceof IndexOutOfBoundsException && fromDocument(t)) {
			return new ResponseError(ResponseErrorCode.InvalidParams, "the position lies outside the document: " + firstLine(t.getMessage()), null);
		}
		if (t instanceof NullPointerException && lacksParams(t)) {
			return new ResponseError(ResponseErrorCode.InvalidParams, "the request lacks its params", null);
		}
		log.accept("a request failed: " + describe(t));
		if (t instanceof OutOfMemoryError) {
			return new ResponseError(ResponseErrorCode.InternalError, Messages.say(lang, "lsp.memory"), null);
		}
		return new ResponseError(ResponseErrorCode.InternalError, Messages.say(lang, "lsp.internal", describe(t)), null);
	}

	static Throwable unwrap(Throwable t) {
		while ((t instanceof CompletionException || t instanceof ExecutionException || t instanceof InvocationTargetException)
				&& t.getCause() != null) {
			t = t.getCause();
		}
		return t;
	}

	/**
	 * Whether the server's entry point read the request's params and found none (lsp4j's message
	 * validation checks the fields of params, not whether there are any).
	 */
	private static boolean lacksParams(Throwable t) {
		StackTraceElement[] trace = t.getStackTrace();
		return t.getMessage() != null && t.getMessage().contains("\"params\" is null") && trace.length > 0
				&& trace[0].getClassName().startsWith("org.eclipse.xtext.ide.server.");
	}

	/** Whether Xtext's document model threw it while turning a position into an offset. */
	private static boolean fromDocument(Throwable t) {
		for (StackTraceElement e : t.getStackTrace()) {
			if (e.getClassName().equals("org.eclipse.xtext.ide.server.Document")) {
				return true;
			}
		}
		return false;
	}

	/** The exception in one line: its simple name and the first line of its message. */
	public static String describe(Throwable t) {
		String m = t.getMessage();
		return t.getClass().getSimpleName() + (m == null || m.isBlank() ? "" : ": " + firstLine(m));
	}

	private static String firstLine(String s) {
		if (s == null) {
			return "";
		}
		int end = s.indexOf('\n');
		String line = end < 0 ? s : s.substring(0, end);
		return PlainText.visible(line.length() > 200 ? line.substring(0, 199) + "…" : line);
	}
}
