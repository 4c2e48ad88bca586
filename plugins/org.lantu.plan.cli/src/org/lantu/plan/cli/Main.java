package org.lantu.plan.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code lantu}: the command line. Each command is a thin shell over the runtime's entry points.
 * Exit codes: 0 no errors, 1 errors in the plans, 2 usage problem or internal failure.
 */
@Command(name = "lantu", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
		description = "Lantu (蓝图): checks development plans written as .plan text and publishes them.",
		subcommands = { CheckCommand.class, RenderCommand.class, ExportCommand.class, ExplainCommand.class, FormatCommand.class, LspCommand.class, CommandLine.HelpCommand.class },
		footer = { "", "Exit codes: 0 no errors, 1 errors found, 2 usage problem or internal failure.",
				"Documentation: docs/language.md (the language), docs/checks.md (every check)." })
public class Main implements Runnable {

	@CommandLine.Spec
	CommandLine.Model.CommandSpec spec;

	@Override
	public void run() {
		throw new CommandLine.ParameterException(spec.commandLine(), "a command is required (try: lantu check examples/)");
	}

	/** The commands that read plans: they start the language while the arguments are read. */
	private static final java.util.Set<String> READING = java.util.Set.of("check", "render", "export", "format");

	public static void main(String[] args) throws InterruptedException {
		if (args.length > 0 && READING.contains(args[0])) {
			// the language's start (a quarter of a small check) overlaps reading the command line;
			// logging is set up first, so that nothing the language logs meanwhile reaches standard output
			configureLogging();
			Thread prepare = new Thread(null, org.lantu.plan.api.PlanChecker::prepare, "lantu-prepare", 64L * 1024 * 1024);
			prepare.setDaemon(true);
			prepare.start();
		}
		int[] code = { 2 };
		// parsing and checking recurse over the plan's nesting: give them a deep stack
		Thread worker = new Thread(null, () -> code[0] = run(args, new PrintWriter(System.out, true, StandardCharsets.UTF_8),
				new PrintWriter(System.err, true, StandardCharsets.UTF_8)), "lantu", 64L * 1024 * 1024);
		worker.start();
		worker.join();
		System.exit(code[0]);
	}

	private static boolean loggingConfigured;

	/**
	 * Xtext logs through log4j to standard output by default, which would mix with a command's
	 * output (and break the language server's protocol): log only errors, one line each, to
	 * standard error, without stack traces (LANTU_DEBUG=1 shows them).
	 */
	static synchronized void configureLogging() {
		if (loggingConfigured) {
			return;
		}
		loggingConfigured = true;
		org.apache.log4j.LogManager.resetConfiguration();
		org.apache.log4j.PatternLayout layout = new org.apache.log4j.PatternLayout("lantu: %p %c{1}: %m%n") {
			@Override
			public boolean ignoresThrowable() {
				return System.getenv("LANTU_DEBUG") != null;
			}
		};
		org.apache.log4j.ConsoleAppender appender = new org.apache.log4j.ConsoleAppender(layout, org.apache.log4j.ConsoleAppender.SYSTEM_ERR);
		org.apache.log4j.Logger root = org.apache.log4j.Logger.getRootLogger();
		root.addAppender(appender);
		root.setLevel(org.apache.log4j.Level.ERROR);
	}

	/** Runs the command line with the given streams; returns the exit code. */
	public static int run(String[] args, PrintWriter out, PrintWriter err) {
		configureLogging();
		CommandLine cli = new CommandLine(new Main());
		cli.setOut(out);
		cli.setErr(err);
		cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
			err.println("lantu: internal error: " + e + " (please report it with the plan that caused it; LANTU_DEBUG=1 shows the stack trace)");
			if (System.getenv("LANTU_DEBUG") != null) {
				e.printStackTrace(err);
			}
			return 2;
		});
		cli.setParameterExceptionHandler((e, args1) -> {
			err.println("lantu: " + e.getMessage());
			err.println("Usage: see 'lantu " + (e.getCommandLine().getCommandName().equals("lantu") ? "" : e.getCommandLine().getCommandName() + " ") + "--help'");
			return 2;
		});
		int code = cli.execute(args);
		out.flush();
		err.flush();
		return code;
	}

	static class Version implements CommandLine.IVersionProvider {
		@Override
		public String[] getVersion() {
			String v = Main.class.getPackage().getImplementationVersion();
			return new String[] { "lantu " + (v == null ? "development" : v) };
		}
	}
}
