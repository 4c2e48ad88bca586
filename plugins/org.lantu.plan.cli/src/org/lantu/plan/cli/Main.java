package org.lantu.plan.cli;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import java.util.Set;

import org.apache.log4j.ConsoleAppender;
import org.apache.log4j.Level;
import org.apache.log4j.LogManager;
import org.apache.log4j.Logger;
import org.apache.log4j.PatternLayout;
import org.lantu.plan.api.PlainText;
import org.lantu.plan.api.PlanChecker;
import org.lantu.plan.findings.Lang;
import org.lantu.plan.findings.Messages;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code lantu}: the command line. Each command is a thin shell over the runtime's entry points.
 * Exit codes: 0 no errors, 1 errors in the plans, 2 usage problem or internal failure.
 */
@Command(name = "lantu", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
		description = "Lantu (蓝图): checks development plans written as .plan text and publishes them.",
		footer = { "", "Exit codes: 0 no errors, 1 errors found, 2 usage problem or internal failure.",
				"Documentation: docs/language.md (the language), docs/checks.md (every check)." })
public class Main implements Runnable {

	@CommandLine.Spec
	CommandLine.Model.CommandSpec spec;

	/**
	 * The language of this run's help and usage errors ({@code --lang}, else LANTU_LANG, else Chinese). Named before a
	 * command, it is the command's too ({@link #langAfterCommand}).
	 */
	@CommandLine.Option(names = "--lang", paramLabel = "LANG", converter = ReadOptions.LangConverter.class, descriptionKey = "lantu.lang",
			description = { "the language of help and messages: zh (中文) or en (English), here or after a command;", "default: LANTU_LANG if set, else zh" })
	private Lang lang = Lang.preferred();

	@Override
	public void run() {
		throw new CommandLine.ParameterException(spec.commandLine(), Messages.say(lang, "cli.usage.no-command"));
	}

	/** The commands that read plans: they start the language while the arguments are read. */
	private static final Set<String> READING = Set.of("check", "render", "export", "format", "import");

	public static void main(String[] args) throws InterruptedException {
		if (args.length > 0 && READING.contains(args[0])) {
			// the language's start overlaps reading the command line (docs/performance.md: start-up);
			// logging is set up first, so that nothing the language logs meanwhile reaches standard output
			configureLogging();
			Thread prepare = new Thread(null, PlanChecker::prepare, "lantu-prepare", 64L * 1024 * 1024);
			prepare.setDaemon(true);
			prepare.start();
		}
		int[] code = { 2 };
		// parsing and checking recurse over the plan's nesting: give them a deep stack
		Thread worker = new Thread(null, () -> code[0] = run(args, new PrintWriter(System.out, true, StandardCharsets.UTF_8),
				new PrintWriter(System.err, true, StandardCharsets.UTF_8)), "lantu", 64L * 1024 * 1024);
		// whatever escapes a thread (an Error in a thread of a library's) is one line, never a trace
		Thread.setDefaultUncaughtExceptionHandler((thread, t) -> {
			System.err.println(failure(t, langOf(args)));
			System.err.flush();
		});
		worker.start();
		worker.join();
		System.exit(code[0]);
	}

	private static boolean loggingConfigured;

	/** log4j's switch that skips its search for a configuration on the class path (read when it starts). */
	private static final String LOG4J_OWN_CONFIGURATION = "log4j.defaultInitOverride";

	/**
	 * Xtext logs through log4j to standard output by default, which would mix with a command's
	 * output (and break the language server's protocol): log only errors, one line each, to
	 * standard error, without stack traces (LANTU_DEBUG=1 shows them). log4j is told not to look for
	 * a configuration of its own first: it would find and apply Xtext's (on standard output), only
	 * for it to be thrown away here (docs/performance.md).
	 */
	static synchronized void configureLogging() {
		if (loggingConfigured) {
			return;
		}
		loggingConfigured = true;
		if (System.getProperty(LOG4J_OWN_CONFIGURATION) == null) {
			System.setProperty(LOG4J_OWN_CONFIGURATION, "true");
		}
		LogManager.resetConfiguration();
		PatternLayout layout = new PatternLayout("lantu: %p %c{1}: %m%n") {
			@Override
			public boolean ignoresThrowable() {
				return System.getenv("LANTU_DEBUG") != null;
			}
		};
		ConsoleAppender appender = new ConsoleAppender(layout, ConsoleAppender.SYSTEM_ERR);
		Logger root = Logger.getRootLogger();
		root.addAppender(appender);
		root.setLevel(Level.ERROR);
	}

	/** Runs the command line with the given streams; returns the exit code. */
	public static int run(String[] args, PrintWriter out, PrintWriter err) {
		configureLogging();
		Main main = new Main();
		main.lang = langOf(args);
		Lang lang = main.lang;
		CommandLine cli = commandLine(main, args);
		if (lang == Lang.ZH) {
			cli.setResourceBundle(usageInChinese());
			CommandLine help = cli.getSubcommands().get("help");
			if (help != null) {
				help.getCommandSpec().usageMessage().header(Messages.say(lang, "cli.usage.help"));
			}
		}
		cli.setOut(out);
		cli.setErr(err);
		args = langAfterCommand(args, cli);
		cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
			err.println(failure(e, lang));
			if (System.getenv("LANTU_DEBUG") != null) {
				e.printStackTrace(err);
			}
			return 2;
		});
		cli.setParameterExceptionHandler((e, args1) -> {
			err.println("lantu: " + PlainText.visible(UsageErrors.inWords(e.getMessage(), lang)));
			for (String a : args1) {
				if (a.startsWith("-") && a.length() > 1 && !a.startsWith("--") && a.endsWith(".plan")) {
					err.println("lantu: " + Messages.say(lang, "cli.usage.dash-file", e.getCommandLine().getCommandName(), PlainText.visible(a)));
					break;
				}
			}
			String command = e.getCommandLine().getCommandName().equals("lantu") ? "" : e.getCommandLine().getCommandName() + " ";
			err.println(Messages.say(lang, "cli.usage.see-help", "lantu " + command + "--help"));
			return 2;
		});
		int code;
		try {
			code = cli.execute(args);
		} catch (Throwable t) {
			// an Error (out of memory, stack overflow) passes picocli's handler: one line, never a trace
			err.println(failure(t, lang));
			if (System.getenv("LANTU_DEBUG") != null) {
				t.printStackTrace(err);
			}
			code = 2;
		}
		out.flush();
		err.flush();
		return code;
	}

	/** The commands, in the order the help lists them. */
	private static final List<Class<?>> COMMANDS = List.of(CheckCommand.class, RenderCommand.class, ExportCommand.class, ImportCommand.class,
			ExplainCommand.class, FormatCommand.class, NewCommand.class, LspCommand.class, CommandLine.HelpCommand.class);

	/**
	 * The command line and its commands. picocli builds each command's model by reflection when it is added, about a
	 * tenth of a small check's time for all of them (docs/performance.md: start-up); a run whose first argument names a
	 * command other than {@code help} runs that command alone, so only it is added (its options, help and errors are
	 * the same); any other run gets them all.
	 */
	static CommandLine commandLine(Main main, String[] args) {
		CommandLine cli = new CommandLine(main);
		String first = args.length > 0 ? args[0] : "";
		Class<?> only = null;
		for (Class<?> c : COMMANDS) {
			if (c != CommandLine.HelpCommand.class && c.getAnnotation(Command.class).name().equals(first)) {
				only = c;
			}
		}
		for (Class<?> c : COMMANDS) {
			if (only == null || c == only) {
				cli.addSubcommand(c);
			}
		}
		return cli;
	}

	/** The language asked for on the command line ({@code --lang en}, {@code --lang=zh}), else the process's preference. */
	static Lang langOf(String[] args) {
		for (int i = 0; i < args.length; i++) {
			if (args[i].equals("--")) {
				break;
			}
			int n = langTokens(args, i);
			if (n > 0) {
				return Lang.parse(n == 1 ? args[i].substring("--lang=".length()) : args[i + 1]).orElse(Lang.preferred());
			}
		}
		return Lang.preferred();
	}

	/** How many arguments from {@code i} on name the language: 1 for {@code --lang=en}, 2 for {@code --lang en}, else 0. */
	private static int langTokens(String[] args, int i) {
		return args[i].startsWith("--lang=") ? 1 : args[i].equals("--lang") && i + 1 < args.length ? 2 : 0;
	}

	/**
	 * {@code lantu --lang en check a.plan} read as {@code lantu check --lang en a.plan}: a language named before a command
	 * that takes {@code --lang} moves behind the command's name (its options read it there); before {@code help} or no
	 * command it stays, and is this command's.
	 */
	static String[] langAfterCommand(String[] args, CommandLine cli) {
		int i = 0;
		while (i < args.length && langTokens(args, i) > 0) {
			i += langTokens(args, i);
		}
		// the command follows the language directly (another option first, -h, -V or --, leaves the arguments as written)
		CommandLine command = i == 0 || i == args.length ? null : cli.getSubcommands().get(args[i]);
		if (command == null || command.getCommandSpec().findOption("--lang") == null) {
			return args;
		}
		List<String> moved = new ArrayList<>();
		moved.add(args[i]);
		moved.addAll(List.of(args).subList(0, i));
		moved.addAll(List.of(args).subList(i + 1, args.length));
		return moved.toArray(String[]::new);
	}

	/** The Chinese help (usage_zh.properties); the annotations hold the English. */
	private static ResourceBundle usageInChinese() {
		try (var in = Main.class.getResourceAsStream("usage_zh.properties")) {
			if (in == null) {
				throw new IllegalStateException("usage_zh.properties is missing from the jar");
			}
			return new PropertyResourceBundle(new InputStreamReader(in, StandardCharsets.UTF_8));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** What a failure that ends a command means for the user, in one line. */
	static String failure(Throwable t, Lang lang) {
		if (t instanceof OutOfMemoryError) {
			return "lantu: " + Messages.say(lang, "cli.failure.memory", Runtime.getRuntime().maxMemory() >> 20);
		}
		if (t instanceof StackOverflowError) {
			return "lantu: " + Messages.say(lang, "cli.failure.depth");
		}
		return "lantu: " + Messages.say(lang, "cli.failure.internal", PlainText.visible(String.valueOf(t)));
	}

	/** {@code lantu --version}: the version, the commit it was built from and that commit's date. */
	static class Version implements CommandLine.IVersionProvider {
		/** The version alone: {@code 0.1.0-SNAPSHOT}, or {@code development} outside a built jar. */
		static String number() {
			return known(properties().getProperty("version"), "development");
		}

		private static Properties properties() {
			Properties p = new Properties();
			try (var in = Main.class.getResourceAsStream("version.properties")) {
				if (in != null) {
					p.load(in);
				}
			} catch (IOException e) {
				// a jar without it: say what is known
			}
			return p;
		}

		@Override
		public String[] getVersion() {
			Properties p = properties();
			String version = number();
			String commit = known(p.getProperty("commit"), "unknown commit");
			if ("true".equals(p.getProperty("dirty"))) {
				commit += " with uncommitted changes";
			}
			String date = known(p.getProperty("date"), null);
			return new String[] { "lantu " + version + " (" + commit + (date == null ? "" : ", " + date) + ")",
					"Java " + Runtime.version() + " (" + System.getProperty("java.vendor", "") + ")" };
		}

		private static String known(String value, String otherwise) {
			return value == null || value.isBlank() || value.startsWith("${") ? otherwise : value;
		}
	}
}
