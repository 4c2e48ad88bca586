package org.lantu.plan.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.lantu.plan.api.PlanChecker;

/**
 * Every example rendered and loaded in headless Chromium: no console errors (a missing resource
 * or a script would log one), and a screenshot (kept in target/screenshots). CI installs
 * Chromium and sets LANTU_REQUIRE_BROWSER, so there this test cannot be skipped.
 */
class BrowserTest {

	static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	@Test
	void everyExampleLoadsWithoutConsoleErrors() throws Exception {
		if (!Files.isExecutable(CHROMIUM)) {
			if (System.getenv("LANTU_REQUIRE_BROWSER") != null) {
				throw new AssertionError("Chromium is required (LANTU_REQUIRE_BROWSER is set) but " + CHROMIUM + " is missing");
			}
			Assumptions.abort("Chromium is not installed (apt-get install chromium)");
		}
		List<Path> plans;
		try (Stream<Path> s = Files.list(RenderTest.examples())) {
			plans = s.filter(p -> p.toString().endsWith(".plan")).sorted().toList();
		}
		Path out = Path.of("target", "screenshots").toAbsolutePath();
		var result = new Publisher(PlanChecker.create()).render(plans, out, "zh", PlanChecker.Options.DEFAULT);
		assertEquals(plans.size(), result.written().size());
		List<String> problems = new ArrayList<>();
		for (Path html : result.written()) {
			Path png = out.resolve(html.getFileName().toString().replace(".html", ".png"));
			Path profile = Files.createTempDirectory("chromium");
			Process p = new ProcessBuilder(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
					"--disable-background-networking", "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile, "--hide-scrollbars",
					"--window-size=1000,2400", "--enable-logging=stderr", "--v=0", "--screenshot=" + png, html.toUri().toString()).redirectErrorStream(true).start();
			String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			assertTrue(p.waitFor(120, TimeUnit.SECONDS), "Chromium did not finish");
			for (String line : log.split("\n")) {
				if (line.contains(":CONSOLE") || line.contains("Uncaught") || line.contains("ERR_FILE_NOT_FOUND")) {
					problems.add(html.getFileName() + ": " + line);
				}
			}
			assertTrue(Files.size(png) > 20_000, "screenshot of " + html.getFileName() + " is missing or blank");
		}
		assertTrue(problems.isEmpty(), String.join("\n", problems));
	}
}
