package org.lantu.plan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.lantu.plan.cli.CheckCommandTest.Result;

/**
 * The bad-input catalogue: malformed and hostile plans in {@code test-resources/bad-inputs},
 * each checked through the command line against its expected output in {@code expected/}
 * (file:line:col, the message, the exit code), with no stack trace and within a time bound.
 * After a deliberate change, rewrite the expected outputs with {@code -Dlantu.golden=update}.
 */
class BadInputTest {

	static final Path CATALOGUE = Path.of("test-resources", "bad-inputs");
	static final Duration BOUND = Duration.ofSeconds(30);

	@TempDir
	Path dir;

	static List<Path> cases() {
		try (Stream<Path> s = Files.list(CATALOGUE)) {
			return s.filter(p -> !p.getFileName().toString().startsWith("expected") && !p.getFileName().toString().equals("README.md")).sorted().toList();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	@Test
	void theCatalogueHoldsAtLeastFortyCases() throws Exception {
		assertTrue(cases().size() >= 40, "cases: " + cases().size());
	}

	@Test
	void theReadmeListsEveryCase() throws Exception {
		Set<Integer> listed = new HashSet<>();
		for (String line : Files.readAllLines(CATALOGUE.resolve("README.md"), StandardCharsets.UTF_8)) {
			String[] cells = line.split("\\|");
			if (!line.startsWith("| ") || cells.length < 2) {
				continue;
			}
			for (String item : cells[1].split(",")) {
				String[] range = item.trim().split("–");
				if (range[0].matches("[0-9]+")) {
					int to = range.length > 1 ? Integer.parseInt(range[1]) : Integer.parseInt(range[0]);
					for (int n = Integer.parseInt(range[0]); n <= to; n++) {
						listed.add(n);
					}
				}
			}
		}
		for (Path c : cases()) {
			int number = Integer.parseInt(c.getFileName().toString().substring(0, 2));
			assertTrue(listed.contains(number), "README.md does not list " + c.getFileName());
		}
	}

	@TestFactory
	Stream<DynamicTest> everyBadInputGetsItsExpectedMessage() throws Exception {
		// in Chinese (the default: expected/) and in English (--lang en: expected-en/)
		return Stream.of("zh", "en").flatMap(lang -> cases().stream().map(c -> DynamicTest.dynamicTest(lang + " " + c.getFileName(), () -> {
			Result r = assertTimeoutPreemptively(BOUND, () -> CheckCommandTest.run("check", "--lang", lang, c.toString()));
			assertFalse(r.err().contains("Exception") || r.err().contains("\tat ") || r.out().contains("\tat "), r.err());
			String actual = r.out().replace(CATALOGUE + "/", "") + "exit " + r.code() + "\n";
			String name = c.getFileName().toString().replaceAll("\\.plan$", "") + ".txt";
			Path expected = CATALOGUE.resolve(lang.equals("zh") ? "expected" : "expected-en").resolve(name);
			if ("update".equals(System.getProperty("lantu.golden"))) {
				Files.createDirectories(expected.getParent());
				Files.writeString(expected, actual, StandardCharsets.UTF_8);
			}
			assertEquals(Files.readString(expected, StandardCharsets.UTF_8), actual);
			assertTrue(r.code() == 0 || r.code() == 1, "exit code " + r.code());
		})));
	}

	@Test
	void aOneMegabyteLineIsReadInBoundedTime() throws Exception {
		Path string = dir.resolve("string.plan");
		Files.writeString(string, "规划 p\n段 \"" + "字".repeat(350_000) + "\"\n", StandardCharsets.UTF_8);
		Result ok = assertTimeoutPreemptively(BOUND, () -> CheckCommandTest.run("check", string.toString()));
		assertEquals(0, ok.code(), ok.out());
		Path garbage = dir.resolve("garbage.plan");
		Files.writeString(garbage, "规划 p\n" + "}{ ".repeat(350_000) + "\n", StandardCharsets.UTF_8);
		Result bad = assertTimeoutPreemptively(BOUND, () -> CheckCommandTest.run("check", garbage.toString()));
		assertEquals(1, bad.code());
		assertTrue(bad.out().contains(":2:1: error: [syntax] “}”不能在此处开始一个元素"), bad.out());
	}

	@Test
	void aHostileNestingDepthIsRefusedNotRecursedInto() throws Exception {
		Path deep = dir.resolve("deep.plan");
		Files.writeString(deep, "规划 p\n" + "章 1 \"x\" {\n".repeat(20_000) + "}\n".repeat(20_000), StandardCharsets.UTF_8);
		Result r = assertTimeoutPreemptively(BOUND, () -> CheckCommandTest.run("check", deep.toString()));
		assertEquals(1, r.code());
		assertTrue(r.out().contains("[file] 元素嵌套超过") || r.out().contains("元素嵌套太深"), r.out());
	}
}
