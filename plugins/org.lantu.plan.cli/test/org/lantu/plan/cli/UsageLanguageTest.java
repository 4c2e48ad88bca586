package org.lantu.plan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/** The command line speaks the reader's language: help and usage errors in Chinese by default, English with --lang en. */
class UsageLanguageTest {

	@Test
	void helpIsChineseByDefaultAndEnglishOnRequest() {
		CheckCommandTest.Result zh = CheckCommandTest.run("check", "--help");
		assertEquals(0, zh.code());
		assertTrue(zh.out().startsWith("用法：lantu check"), zh.out());
		assertTrue(zh.out().contains("把“超过/突破/低于”读作不含边界"), zh.out());
		assertTrue(zh.out().contains("  lantu check --coverage examples/"), "examples keep their indentation: " + zh.out());
		CheckCommandTest.Result en = CheckCommandTest.run("check", "--help", "--lang", "en");
		assertTrue(en.out().startsWith("Usage: lantu check"), en.out());
		assertTrue(en.out().contains("read 超过/突破/低于 as excluding the bound"), en.out());
		assertTrue(CheckCommandTest.run("--help").out().contains("check    检查规划文件，逐条列出发现的问题。"));
	}

	@Test
	void usageErrorsAreInTheReadersLanguage() {
		CheckCommandTest.Result zh = CheckCommandTest.run("check", "--bogus", "x.plan");
		assertEquals(2, zh.code());
		assertEquals("lantu: 未知选项：'--bogus'\n用法：见“lantu check --help”\n", zh.err().replace("\r\n", "\n"));
		assertTrue(CheckCommandTest.run("check").err().contains("lantu: 缺少参数：'PATH'"));
		assertTrue(CheckCommandTest.run("check", "--tolerance", "x", "a.plan").err().contains("--tolerance 取 0 到 100 之间的百分数"));
		assertTrue(CheckCommandTest.run("check", "--max-file-size", "abc", "a.plan").err().contains("选项 --max-file-size 的值无效：“abc”不是整数"),
				CheckCommandTest.run("check", "--max-file-size", "abc", "a.plan").err());
		assertTrue(CheckCommandTest.run("check", "--only", "nosuch", "a.plan").err().contains("没有名为 nosuch 的检查"));
		assertTrue(CheckCommandTest.run("explain", "sumx").err().contains("没有名为“sumx”的检查（是否指：sum.mismatch, sum.of-which？）"));
		assertTrue(CheckCommandTest.run().err().contains("需要一个命令"));
		assertTrue(CheckCommandTest.run("import", "x.docx", "--from", "word").err().contains("选项 --from 的值应为 auto, plan, text 之一（区分大小写），这里是“word”"));
		CheckCommandTest.Result en = CheckCommandTest.run("check", "--lang", "en", "--bogus", "x.plan");
		assertEquals("lantu: Unknown option: '--bogus'\nUsage: see 'lantu check --help'\n", en.err().replace("\r\n", "\n"));
		assertTrue(CheckCommandTest.run("check", "--lang=en", "--jobs", "0", "a.plan").err().contains("--jobs takes a number of at least 1 (got 0)"));
	}

	/** The language may be named before the command, as a reader coming from other tools writes it, or after it. */
	@Test
	void theLanguageMayComeBeforeTheCommand() throws Exception {
		Path dir = Files.createTempDirectory("lantu-lang");
		Path plan = dir.resolve("a.plan");
		Files.writeString(plan, "规划 示例\n指标 甲 { 单位 亿元 基期 2020 1.[ }\n", StandardCharsets.UTF_8);
		CheckCommandTest.Result after = CheckCommandTest.run("check", "--lang", "en", plan.toString());
		for (String[] before : new String[][] { { "--lang", "en" }, { "--lang=en" } }) {
			List<String> args = new ArrayList<>(List.of(before));
			args.addAll(List.of("check", plan.toString()));
			CheckCommandTest.Result r = CheckCommandTest.run(args.toArray(String[]::new));
			assertEquals(after.code(), r.code(), r.err());
			assertEquals(after.out(), r.out());
			assertTrue(r.out().contains("1 plan checked"), r.out());
		}
		assertTrue(CheckCommandTest.run("--lang", "en", "--help").out().startsWith("Usage: lantu"));
		assertTrue(CheckCommandTest.run("--lang", "en", "help", "check").out().startsWith("Usage: lantu check"));
		assertTrue(CheckCommandTest.run("--lang", "en", "explain", "sum.mismatch").out().contains("A total declared with"),
				CheckCommandTest.run("--lang", "en", "explain", "sum.mismatch").out());
		// before help, and with no command, it is the top command's own option; a wrong one is refused there
		assertTrue(CheckCommandTest.run("--lang", "en").err().contains("a command is required"), CheckCommandTest.run("--lang", "en").err());
		assertEquals(2, CheckCommandTest.run("--lang", "xx", "check", plan.toString()).code());
		assertTrue(CheckCommandTest.run("--help").out().contains("--lang=LANG"), "the top command's help names it");
	}

	/** Every option and parameter of every command has a Chinese description (a new option without one fails here). */
	@Test
	void everyOptionHasAChineseDescription() throws Exception {
		ResourceBundle zh;
		try (var in = Main.class.getResourceAsStream("usage_zh.properties")) {
			zh = new PropertyResourceBundle(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		CommandLine cli = Main.commandLine(new Main(), new String[0]);
		List<String> missing = new ArrayList<>();
		List<CommandSpec> commands = new ArrayList<>();
		commands.add(cli.getCommandSpec());
		cli.getSubcommands().values().stream().map(CommandLine::getCommandSpec).filter(s -> !s.name().equals("help")).forEach(commands::add);
		for (CommandSpec command : commands) {
			String prefix = command.qualifiedName(".") + ".";
			if (command.parent() != null && !zh.containsKey(prefix + "usage.description.0") && !zh.containsKey(prefix + "usage.description")) {
				missing.add(prefix + "usage.description");
			}
			List<ArgSpec> args = new ArrayList<>(command.options());
			args.addAll(command.positionalParameters());
			for (ArgSpec a : args) {
				if (a instanceof OptionSpec o && (o.usageHelp() || o.versionHelp())) {
					continue;
				}
				String key = a.descriptionKey() != null && !a.descriptionKey().isEmpty() ? a.descriptionKey()
						: a instanceof OptionSpec o ? o.longestName().replaceFirst("^-+", "") : ((PositionalParamSpec) a).paramLabel();
				if (!zh.containsKey(prefix + key) && !zh.containsKey(key)) {
					missing.add(prefix + key);
				}
			}
		}
		assertEquals(List.of(), missing, "usage_zh.properties lacks these");
		assertFalse(zh.keySet().isEmpty());
	}
}
