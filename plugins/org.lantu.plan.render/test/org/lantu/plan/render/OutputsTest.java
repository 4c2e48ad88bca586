package org.lantu.plan.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lantu.plan.findings.Lang;

/** Where outputs go and what happens when they cannot go there, or the process is stopped mid-write. */
class OutputsTest {

	@TempDir
	Path dir;

	@Test
	void aTemporaryFileIsRemovedWhenTheProcessIsStopped() throws Exception {
		for (String signal : List.of("TERM", "INT")) {
			Path out = Files.createDirectories(dir.resolve(signal));
			String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
			Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), HoldTemporary.class.getName(), out.toString())
					.redirectErrorStream(true).start();
			try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
				Path temp = Path.of(r.readLine());
				assertTrue(Files.exists(temp), "the temporary file is there while the write runs");
				assertEquals(0, new ProcessBuilder("kill", "-" + signal, Long.toString(p.pid())).start().waitFor());
				assertTrue(p.waitFor(20, TimeUnit.SECONDS), "the process ends on SIG" + signal);
				assertFalse(Files.exists(temp), "SIG" + signal + " left " + temp);
			} finally {
				p.destroyForcibly();
			}
		}
	}

	@Test
	void failuresAreToldInTheLanguageAskedFor() throws Exception {
		Path file = Files.writeString(dir.resolve("file.txt"), "x");
		var zh = assertThrows(Outputs.Failure.class, () -> new Outputs(file, Set.of(), Lang.ZH).prepare());
		assertTrue(zh.getMessage().endsWith("file.txt：这是一个文件，不是文件夹，无法往里写；请用 -o 另选一个文件夹"), zh.getMessage());
		var en = assertThrows(Outputs.Failure.class, () -> new Outputs(file, Set.of(), Lang.EN).prepare());
		assertTrue(en.getMessage().endsWith("file.txt: cannot write into it: it is a file, not a folder; choose a folder with -o"), en.getMessage());
		var under = assertThrows(Outputs.Failure.class, () -> new Outputs(dir, Set.of(), Lang.ZH).write("file.txt/x.html", new byte[0]));
		assertTrue(under.getMessage().contains("无法创建它所在的文件夹"), under.getMessage());
		// the system's common reasons are said in the language too; others as the system says them
		assertEquals("磁盘空间不足", Outputs.reason(new FileSystemException("x", null, "No space left on device"), Lang.ZH));
		assertEquals("the file system is read-only", Outputs.reason(new FileSystemException("x", null, "Read-only file system"), Lang.EN));
		assertEquals("没有权限", Outputs.reason(new AccessDeniedException("x"), Lang.ZH));
		assertEquals("Stale file handle", Outputs.reason(new FileSystemException("x", null, "Stale file handle"), Lang.ZH));
	}

	@Test
	void aWrittenNameIsNormalisedAndNeverWrittenTwice() throws Exception {
		Outputs outputs = new Outputs(dir.resolve("a/.."), Set.of(), Lang.EN);
		outputs.prepare();
		assertEquals(dir.resolve("a/..").resolve("x.html").normalize(), outputs.write("x.html", new byte[] { 1 }));
		var twice = assertThrows(Outputs.Failure.class, () -> outputs.write("./x.html", new byte[] { 2 }));
		assertTrue(twice.getMessage().contains("written twice in one run"), twice.getMessage());
		assertEquals(1, Files.readAllBytes(dir.resolve("x.html"))[0], "the first document stands");
		assertThrows(Outputs.Failure.class, () -> outputs.write("../x.html", new byte[0]));
	}

	@Test
	void plansSharingANameKeepTheirFolders() {
		Path a = dir.resolve("区县/甲区/规划.plan");
		Path b = dir.resolve("区县/乙区/规划.plan");
		Path c = dir.resolve("区县/市.plan");
		Map<Path, String> names = Publisher.outputNames(List.of(a, b, c));
		assertEquals("甲区/规划", names.get(a));
		assertEquals("乙区/规划", names.get(b));
		assertEquals("市", names.get(c));
		assertEquals(Map.of(a, "规划", c, "市"), Publisher.outputNames(List.of(a, c)), "unique names stay flat");
		Path upper = dir.resolve("x/P.plan");
		Path lower = dir.resolve("y/p.plan");
		assertEquals("x/P", Publisher.outputNames(List.of(upper, lower)).get(upper), "names differing only in case clash on some systems");
	}
}
