package org.lantu.plan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lantu.plan.cli.CheckCommandTest.Result;
import org.lantu.plan.findings.Lang;

/**
 * Files a careless or hostile colleague could send, which cannot live in the bad-input catalogue
 * (named pipes, devices, sparse giants, links, permissions) or need a listening server: each is
 * refused at once with file:1:1 or the import's position, nothing hangs, nothing reaches the network.
 */
class HostileFilesTest {

	static final Duration BOUND = Duration.ofSeconds(20);

	@TempDir
	Path dir;

	/** A command with English messages (--lang en after the command's name), which the assertions quote. */
	static Result run(String... args) {
		String[] english = new String[args.length + 2];
		english[0] = args[0];
		english[1] = "--lang";
		english[2] = "en";
		System.arraycopy(args, 1, english, 3, args.length - 1);
		return assertTimeoutPreemptively(BOUND, () -> CheckCommandTest.run(english));
	}

	Path write(String name, String text) throws IOException {
		Path p = dir.resolve(name);
		Files.createDirectories(p.getParent());
		Files.writeString(p, text, StandardCharsets.UTF_8);
		return p;
	}

	static void noTrace(Result r) {
		assertFalse(r.err().contains("Exception") || r.err().contains("\tat ") || r.out().contains("\tat "), r.err() + r.out());
	}

	@Test
	void aNamedPipeIsRefusedNotOpened() throws Exception {
		Path fifo = dir.resolve("x.plan");
		assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo is not available");
		for (String command : new String[] { "check", "format", "render" }) {
			Result r = command.equals("render") ? run(command, fifo.toString(), "-o", dir.resolve("out").toString()) : run(command, fifo.toString());
			noTrace(r);
			assertEquals(1, r.code(), command + ": " + r.out() + r.err());
			assertTrue((r.out() + r.err()).contains("x.plan:1:1: error: [file] a named pipe (FIFO), not a plan file"), command + ": " + r.out() + r.err());
		}
		Path importer = write("a.plan", "规划 a\n引用 \"x.plan\"\n");
		Result r = run("check", importer.toString());
		assertTrue(r.out().contains("a.plan:2:4: error: [import.missing] cannot import 'x.plan': a named pipe (FIFO)"), r.out());
		assertTrue(r.out().contains("2 plans checked") || r.out().contains("1 plan checked"), r.out());
	}

	/** "-" is standard input to many tools; Lantu reads files only and says so, rather than "no such file". */
	@Test
	void aDashIsNotTakenForStandardInput() {
		for (String command : new String[] { "check", "format" }) {
			Result r = run(command, "-");
			noTrace(r);
			assertEquals(1, r.code(), command + ": " + r.out() + r.err());
			assertTrue((r.out() + r.err()).contains("-:1:1: error: [file] no file named \"-\": Lantu reads plans from files only, not from standard input"),
					command + ": " + r.out() + r.err());
		}
	}

	@Test
	void linksToDevicesAndDirectoriesAreRefused() throws Exception {
		assumeTrue(Files.exists(Path.of("/dev/zero")) && Files.exists(Path.of("/dev/urandom")));
		Files.createSymbolicLink(dir.resolve("zero.plan"), Path.of("/dev/zero"));
		Files.createSymbolicLink(dir.resolve("random.plan"), Path.of("/dev/urandom"));
		Files.createDirectories(dir.resolve("folder.plan"));
		Result r = run("check", dir.resolve("zero.plan").toString(), dir.resolve("random.plan").toString());
		noTrace(r);
		assertTrue(r.out().contains("zero.plan:1:1: error: [file] a symbolic link to a character device, not a plan file"), r.out());
		assertTrue(r.out().contains("random.plan:1:1: error: [file] a symbolic link to a character device"), r.out());
		Path importer = write("a.plan", "规划 a\n引用 \"folder.plan\"\n引用 \"zero.plan\"\n");
		Result imports = run("check", "--root", dir.toString(), importer.toString());
		assertTrue(imports.out().contains("a.plan:2:4: error: [import.missing] cannot import 'folder.plan': a directory, not a plan file"), imports.out());
		assertTrue(imports.out().contains("a.plan:3:4: error: [import.outside]"), imports.out());
	}

	@Test
	void anOversizeFileIsRefusedWithoutBeingRead() throws Exception {
		Path giant = dir.resolve("giant.plan");
		try (RandomAccessFile f = new RandomAccessFile(giant.toFile(), "rw")) {
			f.setLength(3L << 30); // sparse: 3 GiB on paper, nothing on disk
		}
		Result r = run("check", giant.toString());
		noTrace(r);
		assertEquals(1, r.code());
		assertTrue(r.out().contains("giant.plan:1:1: error: [file] the file is 3.0 GB, more than the 64 MB Lantu reads"), r.out());
		assertTrue(r.out().contains("--max-file-size 3073"), r.out());
		Path small = write("small.plan", "规划 s\n段 \"" + "字".repeat(400_000) + "\"\n");
		assertTrue(run("check", "--max-file-size", "1", small.toString()).out().contains("more than the 1 MB Lantu reads"));
		assertEquals(0, run("check", "--max-file-size", "2", small.toString()).code());
	}

	@Test
	void importsNeverReachTheNetwork() throws Exception {
		AtomicInteger contacts = new AtomicInteger();
		try (ServerSocket server = new ServerSocket()) {
			server.bind(new InetSocketAddress("127.0.0.1", 0));
			Thread listener = new Thread(() -> {
				while (!server.isClosed()) {
					try (Socket s = server.accept()) {
						contacts.incrementAndGet(); // never answers: a client that waited would hang
					} catch (IOException e) {
						return;
					}
				}
			});
			listener.setDaemon(true);
			listener.start();
			int port = server.getLocalPort();
			Path plan = write("net.plan", "规划 n\n引用 \"http://127.0.0.1:" + port + "/x.plan\"\n引用 \"https://127.0.0.1:" + port + "/y.plan\"\n"
					+ "引用 \"jar:http://127.0.0.1:" + port + "/z.jar!/z.plan\"\n引用 \"//127.0.0.1:" + port + "/w.plan\"\n"
					+ "段 [100亿元](n.营收@2025)\n");
			for (String command : new String[] { "check", "render", "export" }) {
				Result r = command.equals("check") ? run(command, plan.toString())
						: command.equals("render") ? run(command, plan.toString(), "-o", dir.resolve("out").toString())
								: run(command, "--format", "json", plan.toString(), "-o", dir.resolve("out").toString());
				noTrace(r);
				if (command.equals("check")) {
					assertEquals(4, r.out().split("\\[import.outside]", -1).length - 1, r.out());
				}
			}
			assertEquals(0, contacts.get(), "Lantu contacted the server");
		}
	}

	@Test
	void importsStayUnderTheRoot() throws Exception {
		write("outside/x.plan", "规划 x\n指标 营收（亿元）{ 目标 2025：100 }\n");
		Path plan = write("ws/a.plan", "规划 a\n引用 \"../outside/x.plan\"\n引用 \"sub/../../outside/x.plan\"\n引用 \"linked/x.plan\"\n段 [200亿元](x.营收@2025)\n");
		Files.createDirectories(dir.resolve("ws/sub"));
		Files.createSymbolicLink(dir.resolve("ws/linked"), dir.resolve("outside"));
		Result r = run("check", "--root", dir.resolve("ws").toString(), plan.toString());
		assertTrue(r.out().contains("a.plan:2:4: error: [import.outside] import '../outside/x.plan' is refused: it leads outside the workspace"), r.out());
		assertTrue(r.out().contains("a.plan:3:4: error: [import.outside]"), r.out());
		assertTrue(r.out().contains("a.plan:4:4: error: [import.outside] import 'linked/x.plan' is refused: it is a symbolic link"), r.out());
		assertFalse(r.out().contains("claim"), "the outside plan's values were used: " + r.out());
		// with the common folder as the root, the same import is read and its value checked
		Result inside = run("check", "--root", dir.toString(), plan.toString());
		assertTrue(inside.out().contains("[claim.mismatch]"), inside.out());
	}

	@Test
	void aFileNameStartingWithADashGetsAHint() {
		Result r = CheckCommandTest.run("check", "-x.plan");
		assertEquals(2, r.code());
		assertTrue(r.err().contains("请在它前面加 --：lantu check -- -x.plan"), r.err());
		assertTrue(CheckCommandTest.run("check", "--lang", "en", "-x.plan").err().contains("put -- before it: lantu check -- -x.plan"));
	}

	@Test
	void errorsOfTheJvmAreOneLine() {
		assertEquals("lantu: a plan is nested too deeply to be read (a plan rarely needs more than a few levels of chapters, sections and boxes)",
				Main.failure(new StackOverflowError(), Lang.EN));
		assertTrue(Main.failure(new StackOverflowError(), Lang.ZH).startsWith("lantu: 有规划嵌套过深"));
		String oom = Main.failure(new OutOfMemoryError("Required array size too large"), Lang.EN);
		assertTrue(oom.startsWith("lantu: out of memory") && oom.contains("LANTU_JAVA_OPTS=-Xmx4g") && !oom.contains("\n"), oom);
	}

	@Test
	void formatWriteKeepsPermissionsLineEndsAndLinks() throws Exception {
		String messy = "规划 p\r\n// kept\r\n章 1 \"x\" {     段 \"a\"\r\n        段 \"b\" }\r\n";
		Path crlf = write("crlf.plan", messy);
		Files.setPosixFilePermissions(crlf, PosixFilePermissions.fromString("rw-------"));
		assertEquals(0, run("format", "--write", crlf.toString()).code());
		assertEquals("规划 p\r\n// kept\r\n章 1 \"x\" {\r\n  段 \"a\"\r\n  段 \"b\"\r\n}\r\n", Files.readString(crlf));
		assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(crlf)));

		Path cr = write("cr.plan", messy.replace("\r\n", "\r"));
		assertEquals(0, run("format", "--write", cr.toString()).code());
		assertFalse(Files.readString(cr).contains("\n"), Files.readString(cr));

		Path target = write("real/target.plan", messy.replace("\r\n", "\n"));
		Path link = dir.resolve("link.plan");
		Files.createSymbolicLink(link, target);
		assertEquals(0, run("format", "--write", link.toString()).code());
		assertTrue(Files.isSymbolicLink(link), "the link stays a link");
		assertTrue(Files.readString(target).contains("{\n  段 \"a\""), "its target is formatted");

		Path readOnly = write("ro.plan", messy);
		Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r--r--r--"));
		Result r = run("format", "--write", readOnly.toString());
		assertEquals(1, r.code());
		assertTrue(r.err().contains("ro.plan: the file is read-only"), r.err());
		assertEquals(messy, Files.readString(readOnly));
	}
}
