package org.lantu.plan.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two materialisations of the same product, made at different times in different folders, in
 * different orders, archive to the same bytes, as .tar.gz and as .zip; what p2 wrote about the
 * build (times, the install folder, the repositories it knew) is gone; GNU tar reads the archive
 * with its modes, long names included.
 */
class ReproducibleProductTest {

	private static final Instant BUILD = Instant.parse("2026-12-02T00:00:00Z");

	@TempDir
	Path dir;

	/** A product as p2 leaves it in {@code folder}, stamped with {@code when}; {@code reversed} writes its files in the other order. */
	static void materialise(Path folder, long when, boolean reversed) throws IOException {
		String at = folder.toAbsolutePath().toString();
		List<String[]> files = new ArrayList<>(List.of(
				new String[] { "configuration/config.ini", "#This configuration file was written by: x\n#Wed Dec 02 13:28:21 UTC 2026\neclipse.product=p\n" },
				new String[] { "configuration/org.eclipse.update/platform.xml", "<?xml version=\"1.0\"?>\n<config date=\"" + when + "\" transient=\"false\"/>\n" },
				new String[] { "artifacts.xml", "<repository>\n    <property name='p2.timestamp' value='" + when + "'/>\n</repository>\n" },
				new String[] { "p2/org.eclipse.equinox.p2.engine/.settings/org.eclipse.equinox.p2.artifact.repository.prefs",
						"repositories/file\\:" + at.replace('/', '_') + "/uri=file\\:" + at + "\n" },
				new String[] { "p2/org.eclipse.equinox.p2.engine/profileRegistry/DefaultProfile.profile/.lock", "" },
				new String[] { "p2/org.eclipse.equinox.p2.engine/profileRegistry/DefaultProfile.profile/.data/org.eclipse.equinox.internal.p2.touchpoint.eclipse.actions/jvmargs",
						"#Thu Dec 03 01:02:03 CST 2026\n-Xmx=1g\n" },
				new String[] { "examples/" + "a-very-long-name-of-an-example-plan-that-makes-the-path-longer-than-one-hundred-bytes-in-all.plan", "规划 a\n" },
				new String[] { "lantu-studio", "#!/bin/sh\nexec java\n" }));
		if (reversed) {
			files = files.reversed();
		}
		for (String[] f : files) {
			Path p = folder.resolve(f[0]);
			Files.createDirectories(p.getParent());
			Files.writeString(p, f[1], StandardCharsets.UTF_8);
			Files.setLastModifiedTime(p, FileTime.fromMillis(when));
		}
		Files.setPosixFilePermissions(folder.resolve("lantu-studio"), PosixFilePermissions.fromString("rwxr-xr-x"));
		// two snapshots of the profile: the last one counts
		Path profiles = folder.resolve("p2/org.eclipse.equinox.p2.engine/profileRegistry/DefaultProfile.profile");
		for (long t : new long[] { when, when + 400 }) {
			// p2 writes its sets in the order of a hash set: here in one order, there in the other
			List<String> provided = new ArrayList<>(List.of("        <provided namespace='java.package' name='java.util.zip' version='0.0.0'/>",
					"        <provided namespace='emf' name='a' version='1.0.0'>\n          <properties size='1'>\n            <property name='class' value='A'/>\n"
							+ "          </properties>\n        </provided>",
					"        <provided namespace='java.package' name='java.awt' version='0.0.0'/>"));
			String unzipped = at + "/examples/b.plan|" + at + "/examples/a.plan|";
			if (reversed) {
				provided = provided.reversed();
				unzipped = at + "/examples/a.plan|" + at + "/examples/b.plan|";
			}
			String xml = "<?xml version='1.0' encoding='UTF-8'?>\n<profile id='DefaultProfile' timestamp='" + t + "'>\n  <properties size='3'>\n"
					+ "    <property name='org.eclipse.equinox.p2.installFolder' value='" + at + "'/>\n    <property name='org.eclipse.equinox.p2.roaming' value='true'/>\n"
					+ "    <property name='unzipped|@artifact|" + at + "' value='" + unzipped + "'/>\n  </properties>\n  <units size='1'>\n"
					+ "    <unit id='a.jre.javase' version='25.0.0'>\n      <provides size='3'>\n" + String.join("\n", provided) + "\n      </provides>\n    </unit>\n"
					+ "  </units>\n" + (t == when ? "" : "  <last/>\n") + "</profile>\n";
			Files.write(profiles.resolve(t + ".profile.gz"), ReproducibleProduct.gzip(xml.getBytes(StandardCharsets.UTF_8)));
		}
		// p2's download cache: a root file zip, with the entries' time of the build, and its size in the cache's index
		byte[] root = zip(when, "examples/", "examples/a.plan");
		Path cache = folder.resolve("p2/org.eclipse.equinox.p2.core/cache");
		Files.createDirectories(cache.resolve("binary"));
		Files.write(cache.resolve("binary/x.feature_root_1.0.0"), root);
		Files.writeString(cache.resolve("artifacts.xml"), "<repository>\n  <properties size='1'>\n    <property name='p2.timestamp' value='" + when
				+ "'/>\n  </properties>\n  <artifacts size='1'>\n    <artifact classifier='binary' id='x.feature_root' version='1.0.0'>\n      <properties size='1'>\n"
				+ "        <property name='download.size' value='" + root.length + "'/>\n      </properties>\n    </artifact>\n  </artifacts>\n</repository>\n",
				StandardCharsets.UTF_8);
		Files.createDirectories(folder.resolve("plugins"));
		Files.write(folder.resolve("plugins/a_1.0.0.jar"), zip(0, "META-INF/MANIFEST.MF"));
	}

	private byte[] archive(Path folder, String out) throws IOException {
		Path target = dir.resolve(out);
		ReproducibleProduct.main(new String[] { folder.toString(), "lantu-studio", target.toString(), BUILD.toString(), dir.toString() });
		return Files.readAllBytes(target);
	}

	@Test
	void twoMaterialisationsGiveTheSameArchives() throws IOException {
		Path first = dir.resolve("build-one/products/lantu-studio");
		Path second = dir.resolve("elsewhere/products/lantu-studio");
		materialise(first, 1796218100722L, false);
		materialise(second, 1796300000000L, true);
		assertArrayEquals(archive(first, "one.tar.gz"), archive(second, "two.tar.gz"), "the same .tar.gz");
		assertArrayEquals(archive(first, "one.zip"), archive(second, "two.zip"), "the same .zip");
	}

	@Test
	void whatP2WroteAboutTheBuildIsGone() throws IOException {
		Path folder = dir.resolve("build/products/lantu-studio");
		materialise(folder, 1796218100722L, false);
		List<ReproducibleProduct.Entry> entries = ReproducibleProduct.normalise(ReproducibleProduct.read(folder, "lantu-studio"),
				List.of(folder.toAbsolutePath().toString()), BUILD);
		List<String> names = entries.stream().map(ReproducibleProduct.Entry::name).toList();
		String millis = Long.toString(BUILD.toEpochMilli());
		String profile = "lantu-studio/p2/org.eclipse.equinox.p2.engine/profileRegistry/DefaultProfile.profile/";
		assertEquals(List.of(profile + ".data/", profile + ".data/org.eclipse.equinox.internal.p2.touchpoint.eclipse.actions/",
				profile + ".data/org.eclipse.equinox.internal.p2.touchpoint.eclipse.actions/jvmargs", profile + ".lock", profile + millis + ".profile.gz"),
				names.stream().filter(n -> n.startsWith(profile) && !n.equals(profile)).toList(), "one snapshot, named after the build");
		assertFalse(names.stream().anyMatch(n -> n.contains(".settings/")), "no repositories of the build machine: " + names);
		String last = new String(ReproducibleProduct.gunzip(entry(entries, profile + millis + ".profile.gz")), StandardCharsets.UTF_8);
		assertTrue(last.contains("<last/>") && last.contains("timestamp='" + millis + "'") && last.contains("value='" + ReproducibleProduct.INSTALL_FOLDER + "'")
				&& last.contains("unzipped|@artifact|" + ReproducibleProduct.INSTALL_FOLDER + "' value='" + ReproducibleProduct.INSTALL_FOLDER + "/examples/a.plan|"
						+ ReproducibleProduct.INSTALL_FOLDER + "/examples/b.plan|'"),
				last);
		// the capabilities in the order of their text, an element over several lines kept whole
		assertTrue(last.contains("      <provides size='3'>\n        <provided namespace='emf' name='a' version='1.0.0'>\n          <properties size='1'>\n"
				+ "            <property name='class' value='A'/>\n          </properties>\n        </provided>\n"
				+ "        <provided namespace='java.package' name='java.awt' version='0.0.0'/>\n"
				+ "        <provided namespace='java.package' name='java.util.zip' version='0.0.0'/>\n      </provides>\n"), last);
		assertEquals("#This configuration file was written by: x\neclipse.product=p\n", text(entries, "lantu-studio/configuration/config.ini"));
		assertEquals("-Xmx=1g\n", text(entries, profile + ".data/org.eclipse.equinox.internal.p2.touchpoint.eclipse.actions/jvmargs"));
		assertTrue(text(entries, "lantu-studio/configuration/org.eclipse.update/platform.xml").contains("date=\"" + millis + "\""));
		assertTrue(text(entries, "lantu-studio/artifacts.xml").contains("value='" + millis + "'"));
		// the root file zip zipped again, and its new size in the cache's index
		byte[] root = entry(entries, "lantu-studio/p2/org.eclipse.equinox.p2.core/cache/binary/x.feature_root_1.0.0");
		assertTrue(text(entries, "lantu-studio/p2/org.eclipse.equinox.p2.core/cache/artifacts.xml").contains("value='" + root.length + "'"));
		assertEquals(List.of(), ReproducibleProduct.leaks(entries, List.of(folder.toAbsolutePath().toString())));
		// and an archive that still names the folder is refused
		assertEquals(List.of("lantu-studio/a.txt"), ReproducibleProduct.leaks(
				List.of(new ReproducibleProduct.Entry("lantu-studio/a.txt", false, ("at " + folder.toAbsolutePath()).getBytes(StandardCharsets.UTF_8))),
				List.of(folder.toAbsolutePath().toString())));
	}

	@Test
	void gnuTarReadsTheArchiveWithItsModesAndLongNames() throws Exception {
		Path folder = dir.resolve("build/products/lantu-studio");
		materialise(folder, 1796218100722L, false);
		archive(folder, "studio.tar.gz");
		Process p;
		try {
			p = new ProcessBuilder("tar", "tzvf", dir.resolve("studio.tar.gz").toString()).redirectErrorStream(true).start();
		} catch (IOException e) {
			assumeTrue(false, "no tar here");
			return;
		}
		String listing = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertTrue(p.waitFor(60, TimeUnit.SECONDS));
		assertEquals(0, p.exitValue(), listing);
		assertTrue(listing.lines().anyMatch(l -> l.startsWith("-rwxr-xr-x root/root") && l.endsWith(" lantu-studio/lantu-studio")), listing);
		assertTrue(listing.lines().anyMatch(l -> l.startsWith("-rw-r--r-- root/root") && l.contains("2026-12-02 00:00")
				&& l.endsWith("/a-very-long-name-of-an-example-plan-that-makes-the-path-longer-than-one-hundred-bytes-in-all.plan")), listing);
		assertTrue(listing.lines().anyMatch(l -> l.startsWith("drwxr-xr-x root/root") && l.endsWith(" lantu-studio/")), listing);
		// a name no ustar header can hold goes in a PAX header
		String deep = "lantu-studio/" + "a-folder-name-of-sixty-characters-to-make-the-path-very-long/".repeat(5) + "f.txt";
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ReproducibleProduct.tarGz(List.of(new ReproducibleProduct.Entry(deep, false, "x".getBytes(StandardCharsets.UTF_8))), BUILD, out);
		Files.write(dir.resolve("deep.tar.gz"), out.toByteArray());
		Process q = new ProcessBuilder("tar", "tzf", dir.resolve("deep.tar.gz").toString()).redirectErrorStream(true).start();
		String names = new String(q.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertTrue(q.waitFor(60, TimeUnit.SECONDS));
		assertEquals(deep, names.strip());
	}

	private static byte[] entry(List<ReproducibleProduct.Entry> entries, String name) {
		return entries.stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow(() -> new AssertionError("no " + name)).bytes();
	}

	private static String text(List<ReproducibleProduct.Entry> entries, String name) {
		return new String(entry(entries, name), StandardCharsets.UTF_8);
	}

	private static byte[] zip(long when, String... names) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream z = new ZipOutputStream(out)) {
			for (int i = names.length - 1; i >= 0; i--) {
				ZipEntry e = new ZipEntry(names[i]);
				e.setTime(when);
				z.putNextEntry(e);
				if (!names[i].endsWith("/")) {
					z.write(("content of " + names[i]).getBytes(StandardCharsets.UTF_8));
				}
				z.closeEntry();
			}
		}
		return out.toByteArray();
	}
}
