package org.lantu.plan.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The engine's shape holds: generators, editors and front ends read what the engine worked out
 * through its API ({@code api/PlanFacts}), never its evaluator; the code names classes by
 * import, not by their fully qualified names written inline.
 */
class LayeringTest {

	private static final Path ROOT = Path.of(System.getProperty("lantu.root", "../.."));

	private static List<Path> sources(String... modules) {
		List<Path> files = new ArrayList<>();
		for (String module : modules) {
			Path src = ROOT.resolve("plugins").resolve(module).resolve("src");
			if (!Files.isDirectory(src)) {
				continue;
			}
			try (Stream<Path> walk = Files.walk(src)) {
				walk.filter(p -> p.toString().endsWith(".java")).forEach(files::add);
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
		return files;
	}

	@Test
	void nothingOutsideTheEngineReachesTheEvaluator() throws IOException {
		List<Path> files = sources("org.lantu.plan.ide", "org.lantu.plan.render", "org.lantu.plan.cli", "lantu-maven-plugin", "org.lantu.plan.eclipse",
				"org.lantu.plan.bench");
		assertTrue(files.size() > 50, "the scan found the front ends' sources (" + files.size() + ")");
		List<String> reaching = new ArrayList<>();
		for (Path f : files) {
			if (Files.readString(f, StandardCharsets.UTF_8).contains("org.lantu.plan.evaluate.Evaluator")) {
				reaching.add(ROOT.relativize(f).toString());
			}
		}
		assertEquals(List.of(), reaching, "these use the evaluator instead of api/PlanFacts");
	}

	private static final Pattern INLINE = Pattern.compile("(?<![\\w.\"])(?:org|com|java|javax)\\.(?:[a-z_][a-z0-9_]*\\.)+[A-Z]\\w*");

	@Test
	void classesAreNamedByImport() throws IOException {
		List<Path> files = sources("org.lantu.plan", "org.lantu.plan.ide", "org.lantu.plan.render", "org.lantu.plan.cli", "lantu-maven-plugin",
				"org.lantu.plan.eclipse", "org.lantu.plan.bench", "org.lantu.plan.tests");
		List<String> inline = new ArrayList<>();
		for (Path f : files) {
			List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
			for (int i = 0; i < lines.size(); i++) {
				String line = lines.get(i).strip();
				if (line.startsWith("import ") || line.startsWith("package ") || line.startsWith("*") || line.startsWith("/*") || line.startsWith("//")) {
					continue;
				}
				String code = line.replaceAll("\"(?:\\\\.|[^\"\\\\])*\"", "\"\"").replaceAll("//.*", "").replaceAll("\\{@\\w+ [^}]*}", "");
				var m = INLINE.matcher(code);
				if (m.find()) {
					inline.add(ROOT.relativize(f) + ":" + (i + 1) + ": " + m.group());
				}
			}
		}
		assertEquals(List.of(), inline, "write an import instead");
	}
}
