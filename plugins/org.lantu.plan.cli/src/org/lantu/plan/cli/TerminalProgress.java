package org.lantu.plan.cli;

import java.io.Console;
import java.io.PrintStream;

import org.lantu.plan.api.PlanChecker;

/**
 * "已检查 120/1000 个规划文件" on standard error while a long check runs, rewritten in place, gone
 * when the check ends. Shown only when standard error is a terminal: the launchers say so in
 * {@code LANTU_PROGRESS} (1 or 0); without it, a console counts as one. Silent for the first
 * second, so a small check never shows it.
 */
final class TerminalProgress implements PlanChecker.Progress {

	private static final long QUIET_NANOS = 1_000_000_000L;
	private static final long EVERY_NANOS = 200_000_000L;

	private final PrintStream err;
	private final long start = System.nanoTime();
	private long last;
	private int width;

	private TerminalProgress(PrintStream err) {
		this.err = err;
	}

	/** Progress for this process's standard error, or none when it is not a terminal. */
	static PlanChecker.Progress forStandardError() {
		return isTerminal(System.getenv("LANTU_PROGRESS")) ? new TerminalProgress(System.err) : PlanChecker.Progress.NONE;
	}

	static boolean isTerminal(String said) {
		if ("1".equals(said)) {
			return true;
		}
		if ("0".equals(said)) {
			return false;
		}
		Console console = System.console();
		if (console == null) {
			return false;
		}
		try {
			// Java 22+: a console object exists even when redirected; ask it
			return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
		} catch (ReflectiveOperationException e) {
			return true; // Java 21: a console exists only for a terminal
		}
	}

	@Override
	public void checked(int done, int total) {
		long now = System.nanoTime();
		if (now - start < QUIET_NANOS || now - last < EVERY_NANOS && done < total) {
			return;
		}
		last = now;
		String line = "已检查 " + done + "/" + total + " 个规划文件";
		err.print("\r" + line + " ".repeat(Math.max(0, width - line.length())));
		err.flush();
		width = line.length();
	}

	/** Clears the line, if one was written. */
	static void finish(PlanChecker.Progress progress) {
		if (progress instanceof TerminalProgress p && p.width > 0) {
			// full-width characters take two columns each
			p.err.print("\r" + " ".repeat(p.width * 2) + "\r");
			p.err.flush();
		}
	}
}
