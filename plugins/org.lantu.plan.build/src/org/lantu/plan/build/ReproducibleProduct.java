package org.lantu.plan.build;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Archives an Eclipse product or p2 repository that Tycho has materialised so that two builds of
 * the same commit give the same bytes and the archive names no folder of the build machine. Tycho's
 * own archives list files in the order the file system gives them and carry what p2 wrote while it
 * installed the product: the time of each step, and the absolute folder it installed into. Here:
 *
 * <ul>
 * <li>entries in the order of their names, each with the build's time ({@code
 * project.build.outputTimestamp}), owner root, mode 755 for folders and executables and 644 for the
 * rest;</li>
 * <li>{@code config.ini}, {@code p2.index} and p2's data files without the time stamp comment
 * Java's {@code Properties} writes;</li>
 * <li>the {@code p2.timestamp} of every {@code artifacts.xml} (also inside {@code artifacts.jar}
 * and {@code content.jar}) and the {@code date} of {@code platform.xml} set to the build's time;</li>
 * <li>of a p2 profile's snapshots only the last, named after the build's time, its time stamp the
 * build's and the install folder written as {@code @install.folder}; the profile is roaming, so p2
 * sets its folder where the product is unpacked if it ever runs;</li>
 * <li>p2's list of the repositories it knew while installing (the build machine's folders) left
 * out, and the root files p2 keeps zipped in its download cache zipped again in order;</li>
 * <li>the sets p2 writes from hash sets (units, artifacts, capabilities, properties; the files a
 * root file zip unzipped) in the order of their text, in the profile and the repositories' indexes;</li>
 * <li>a repository's {@code .xml.xz} copies left out ({@code p2.index} then names the {@code .jar}
 * forms, which p2 reads as well), since no xz writer is at hand to write them again.</li>
 * </ul>
 *
 * Finally no text entry may still hold the install folder or the build's root folder: the archive
 * is refused if one does.
 *
 * <pre>
 *   ReproducibleProduct FOLDER ROOT_NAME OUT.tar.gz|OUT.zip BUILD_TIME BUILD_ROOT
 * </pre>
 *
 * FOLDER is what Tycho materialised (the product's folder, or a repository), ROOT_NAME the folder
 * the archive holds it in ({@code lantu-studio}, or {@code .} for none), BUILD_TIME an ISO instant.
 */
public final class ReproducibleProduct {

	/** The folder p2 installed into, as a profile names it after {@link #normalise}. */
	static final String INSTALL_FOLDER = "@install.folder";
	private static final Pattern PROPERTIES_STAMP = Pattern
			.compile("(?m)^#(Mon|Tue|Wed|Thu|Fri|Sat|Sun) [A-Z][a-z]{2} [ 0-9]?[0-9] [0-9]{2}:[0-9]{2}:[0-9]{2} [A-Za-z0-9+:_/-]+ [0-9]{4}\r?\n");
	private static final Pattern P2_TIMESTAMP = Pattern.compile("(<property name='p2\\.timestamp' value=')[0-9]+('/>)");
	private static final Pattern PLATFORM_DATE = Pattern.compile("(<config date=\")[0-9]+(\")");
	private static final Pattern PROFILE_TIMESTAMP = Pattern.compile("(<profile id='[^']*' timestamp=')[0-9]+(')");
	private static final Pattern PROFILE_SNAPSHOT = Pattern.compile("([0-9]+)\\.profile\\.gz");
	private static final Pattern DOWNLOAD_SIZE = Pattern.compile(
			"(<artifact classifier='binary' id='([^']+)' version='([^']+)'>\\s*<properties size='[0-9]+'>\\s*(?:<property [^>]*/>\\s*)*?<property name='download\\.size' value=')([0-9]+)(')");

	/** An entry of the archive: its name (folders end with /), whether it may be executed, its bytes (null for a folder). */
	record Entry(String name, boolean executable, byte[] bytes) {
	}

	private ReproducibleProduct() {
	}

	public static void main(String[] args) throws IOException {
		if (args.length != 5) {
			System.err.println("usage: ReproducibleProduct FOLDER ROOT_NAME OUT.tar.gz|OUT.zip BUILD_TIME BUILD_ROOT");
			System.exit(2);
		}
		Path folder = Path.of(args[0]);
		if (!Files.isDirectory(folder)) {
			System.err.println("ReproducibleProduct: " + folder + " is not a folder");
			System.exit(1);
		}
		Instant time = Instant.parse(args[3]);
		// the folder as the build named it, and as it really is (a folder reached through a link has two names)
		List<String> spellings = List.copyOf(new LinkedHashSet<>(List.of(folder.toAbsolutePath().normalize().toString(), folder.toRealPath().toString())));
		List<Entry> entries = normalise(read(folder, args[1]), spellings, time);
		List<String> folders = new ArrayList<>(spellings);
		folders.add(Path.of(args[4]).toAbsolutePath().normalize().toString());
		List<String> leaks = leaks(entries, folders);
		if (!leaks.isEmpty()) {
			System.err.println("ReproducibleProduct: these entries still name a folder of the build machine: " + leaks);
			System.exit(1);
		}
		Path out = Path.of(args[2]);
		Path temporary = out.resolveSibling(out.getFileName() + ".part");
		try (OutputStream o = Files.newOutputStream(temporary)) {
			if (out.toString().endsWith(".zip")) {
				zip(entries, time, o);
			} else if (out.toString().endsWith(".tar.gz")) {
				tarGz(entries, time, o);
			} else {
				throw new IllegalArgumentException("an archive is a .zip or a .tar.gz: " + out);
			}
		}
		Files.move(temporary, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
	}

	/** The files and folders under {@code folder}, named below {@code root} ("." for none), in the order of their names. */
	static List<Entry> read(Path folder, String root) throws IOException {
		String prefix = root.equals(".") ? "" : root + "/";
		List<Entry> entries = new ArrayList<>();
		if (!prefix.isEmpty()) {
			entries.add(new Entry(prefix, true, null));
		}
		List<Path> paths;
		try (Stream<Path> s = Files.walk(folder)) {
			paths = s.filter(p -> !p.equals(folder)).toList();
		}
		for (Path p : paths) {
			String name = prefix + folder.relativize(p).toString().replace('\\', '/');
			if (Files.isSymbolicLink(p)) {
				throw new IOException("a symbolic link cannot be archived for every platform: " + p);
			} else if (Files.isDirectory(p)) {
				entries.add(new Entry(name + "/", true, null));
			} else {
				entries.add(new Entry(name, Files.isExecutable(p), Files.readAllBytes(p)));
			}
		}
		entries.sort(Comparator.comparing(Entry::name));
		return entries;
	}

	/** The entries with the build's traces taken out (see the class comment). */
	static List<Entry> normalise(List<Entry> entries, List<String> installFolders, Instant time) throws IOException {
		String millis = Long.toString(time.toEpochMilli());
		Map<String, Entry> out = new LinkedHashMap<>();
		Map<String, Long> rezipped = new LinkedHashMap<>();
		Map<String, String> lastSnapshot = lastSnapshots(entries);
		for (Entry e : entries) {
			String name = e.name();
			String file = name.substring(name.lastIndexOf('/', name.length() - 2) + 1);
			if (("/" + name).contains("/p2/org.eclipse.equinox.p2.engine/.settings/") || file.endsWith(".xml.xz")) {
				continue; // the build machine's repositories (the folder too); the xz copies of a repository's index
			} else if (e.bytes() == null) {
				out.put(name, e);
			} else if (PROFILE_SNAPSHOT.matcher(file).matches()) {
				String folder = name.substring(0, name.length() - file.length());
				if (!name.equals(lastSnapshot.get(folder))) {
					continue;
				}
				String xml = new String(gunzip(e.bytes()), StandardCharsets.UTF_8);
				for (String spelling : installFolders) {
					xml = xml.replace(spelling, INSTALL_FOLDER);
				}
				xml = canonical(PROFILE_TIMESTAMP.matcher(xml).replaceAll("$1" + millis + "$2"));
				out.put(folder + millis + ".profile.gz", new Entry(folder + millis + ".profile.gz", false, gzip(xml.getBytes(StandardCharsets.UTF_8))));
			} else if (("/" + name).contains("/cache/binary/")) {
				byte[] again = rezip(e.bytes(), time);
				rezipped.put(file, (long) again.length);
				out.put(name, new Entry(name, e.executable(), again));
			} else if (file.equals("artifacts.jar") || file.equals("content.jar")) {
				out.put(name, new Entry(name, e.executable(), rezip(e.bytes(), time, xml -> canonical(stamped(xml, millis)))));
			} else if (file.equals("config.ini") || file.equals("p2.index") || file.equals("jvmargs") || name.contains("/.data/")) {
				String text = PROPERTIES_STAMP.matcher(new String(e.bytes(), StandardCharsets.UTF_8)).replaceAll("");
				if (file.equals("p2.index")) {
					text = text.replace("artifacts.xml.xz,", "").replace("content.xml.xz,", "");
				}
				out.put(name, new Entry(name, e.executable(), text.getBytes(StandardCharsets.UTF_8)));
			} else if (file.equals("platform.xml")) {
				String text = PLATFORM_DATE.matcher(new String(e.bytes(), StandardCharsets.UTF_8)).replaceAll("$1" + millis + "$2");
				out.put(name, new Entry(name, e.executable(), text.getBytes(StandardCharsets.UTF_8)));
			} else if (file.equals("artifacts.xml") || file.equals("content.xml")) {
				out.put(name, new Entry(name, e.executable(), canonical(stamped(new String(e.bytes(), StandardCharsets.UTF_8), millis)).getBytes(StandardCharsets.UTF_8)));
			} else {
				out.put(name, e);
			}
		}
		// the download cache's index records each root file zip's size, which zipping again changed
		for (Map.Entry<String, Entry> e : out.entrySet()) {
			if (("/" + e.getKey()).endsWith("/cache/artifacts.xml")) {
				String xml = new String(e.getValue().bytes(), StandardCharsets.UTF_8);
				Matcher m = DOWNLOAD_SIZE.matcher(xml);
				StringBuilder b = new StringBuilder();
				while (m.find()) {
					Long size = rezipped.get(m.group(2) + "_" + m.group(3));
					m.appendReplacement(b, Matcher.quoteReplacement(m.group(1) + (size == null ? m.group(4) : size.toString()) + m.group(5)));
				}
				m.appendTail(b);
				e.setValue(new Entry(e.getKey(), false, b.toString().getBytes(StandardCharsets.UTF_8)));
			}
		}
		List<Entry> result = new ArrayList<>(out.values());
		result.sort(Comparator.comparing(Entry::name));
		return result;
	}

	/** For each profile folder, the name of its last snapshot (the largest time stamp). */
	private static Map<String, String> lastSnapshots(List<Entry> entries) {
		Map<String, String> last = new LinkedHashMap<>();
		Map<String, Long> best = new LinkedHashMap<>();
		for (Entry e : entries) {
			String file = e.name().substring(e.name().lastIndexOf('/') + 1);
			Matcher m = PROFILE_SNAPSHOT.matcher(file);
			if (e.bytes() != null && m.matches()) {
				String folder = e.name().substring(0, e.name().length() - file.length());
				long stamp = Long.parseLong(m.group(1));
				if (!best.containsKey(folder) || stamp > best.get(folder)) {
					best.put(folder, stamp);
					last.put(folder, e.name());
				}
			}
		}
		return last;
	}

	private static String stamped(String xml, String millis) {
		return P2_TIMESTAMP.matcher(xml).replaceAll("$1" + millis + "$2");
	}

	/** The p2 collections whose order means nothing and comes from hash sets: written in the order of their text. */
	private static final Pattern UNORDERED = Pattern.compile("^( *)<(units|artifacts|provides|requires|properties)(?: [^>]*)?>$");
	private static final Pattern UNZIPPED = Pattern.compile("(<property name='unzipped\\|[^']*' value=')([^']*)(')");

	/**
	 * p2's XML (one element a line, two spaces a level) with the children of its sets (units,
	 * artifacts, provided and required capabilities, properties) in the order of their text, and
	 * the files a root file zip unzipped in the order of their names.
	 */
	static String canonical(String xml) {
		List<String> lines = new ArrayList<>(xml.lines().toList());
		List<String> sorted = sortBlocks(lines);
		String text = String.join("\n", sorted) + (xml.endsWith("\n") ? "\n" : "");
		Matcher m = UNZIPPED.matcher(text);
		StringBuilder b = new StringBuilder();
		while (m.find()) {
			List<String> files = new ArrayList<>(List.of(m.group(2).split("\\|")));
			files.removeIf(String::isEmpty);
			files.sort(null);
			m.appendReplacement(b, Matcher.quoteReplacement(m.group(1) + String.join("|", files) + (m.group(2).endsWith("|") ? "|" : "") + m.group(3)));
		}
		m.appendTail(b);
		return b.toString();
	}

	private static List<String> sortBlocks(List<String> lines) {
		List<String> out = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i);
			Matcher m = UNORDERED.matcher(line);
			int end = m.matches() ? lines.subList(i + 1, lines.size()).indexOf(m.group(1) + "</" + m.group(2) + ">") : -1;
			if (end < 0) {
				out.add(line);
				continue;
			}
			end += i + 1;
			List<String> inner = sortBlocks(lines.subList(i + 1, end));
			// the children: each starts at the indentation of the first, and runs to the next one
			List<String> blocks = new ArrayList<>();
			String indent = inner.isEmpty() ? "" : inner.get(0).substring(0, inner.get(0).length() - inner.get(0).stripLeading().length());
			for (String l : inner) {
				boolean starts = l.startsWith(indent) && !l.startsWith(indent + " ") && !l.stripLeading().startsWith("</");
				if (starts || blocks.isEmpty()) {
					blocks.add(l);
				} else {
					blocks.set(blocks.size() - 1, blocks.get(blocks.size() - 1) + "\n" + l);
				}
			}
			blocks.sort(null);
			out.add(line);
			blocks.forEach(block -> out.addAll(List.of(block.split("\n", -1))));
			out.add(lines.get(end));
			i = end;
		}
		return out;
	}

	/** The text entries (not archives, not class files) that still contain one of {@code folders}. */
	static List<String> leaks(List<Entry> entries, List<String> folders) {
		List<String> leaks = new ArrayList<>();
		for (Entry e : entries) {
			if (e.bytes() == null || e.name().endsWith(".jar") || e.name().endsWith(".so") || e.name().endsWith(".dll") || e.name().endsWith(".exe")) {
				continue;
			}
			byte[] bytes = e.name().endsWith(".gz") ? gunzipQuietly(e.bytes()) : e.bytes();
			String text = new String(bytes, StandardCharsets.ISO_8859_1);
			for (String f : folders) {
				String utf8 = new String(f.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
				if (f.length() > 1 && (text.contains(utf8) || text.contains(utf8.replace('/', '_')))) {
					leaks.add(e.name());
					break;
				}
			}
		}
		return leaks;
	}

	// ---------------------------------------------------------------- archive formats

	/** A zip of {@code zip}'s entries in the order of their names, each with the build's time and deflated. */
	static byte[] rezip(byte[] zip, Instant time) throws IOException {
		return rezip(zip, time, UnaryOperator.identity());
	}

	/** The same, each .xml entry's text passed through {@code xml}. */
	static byte[] rezip(byte[] zip, Instant time, UnaryOperator<String> xml) throws IOException {
		List<Entry> entries = new ArrayList<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
			for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
				byte[] bytes = e.isDirectory() ? null : in.readAllBytes();
				if (bytes != null && e.getName().endsWith(".xml")) {
					bytes = xml.apply(new String(bytes, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
				}
				entries.add(new Entry(e.getName(), false, bytes));
			}
		}
		entries.sort(Comparator.comparing(Entry::name));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		zip(entries, time, out);
		return out.toByteArray();
	}

	static void zip(List<Entry> entries, Instant time, OutputStream o) throws IOException {
		LocalDateTime local = LocalDateTime.ofInstant(time, ZoneOffset.UTC);
		ZipOutputStream zip = new ZipOutputStream(o);
		zip.setLevel(9);
		for (Entry e : entries) {
			ZipEntry z = new ZipEntry(e.name());
			z.setTimeLocal(local);
			zip.putNextEntry(z);
			if (e.bytes() != null) {
				zip.write(e.bytes());
			}
			zip.closeEntry();
		}
		zip.finish();
		zip.flush();
	}

	/** A POSIX (ustar, with PAX headers for names too long for it) tar, gzipped without a name or time. */
	static void tarGz(List<Entry> entries, Instant time, OutputStream o) throws IOException {
		GZIPOutputStream gz = new GZIPOutputStream(o, 1 << 16);
		long mtime = time.getEpochSecond();
		for (Entry e : entries) {
			boolean folder = e.bytes() == null;
			String name = e.name();
			String[] split = ustarName(name);
			if (split == null) {
				byte[] record = paxRecord("path", name);
				gz.write(header("PaxHeaders/" + Math.abs(name.hashCode()), "", 0644, record.length, mtime, 'x'));
				gz.write(record);
				pad(gz, record.length);
				split = new String[] { "", name.length() > 100 ? name.substring(name.length() - 99) : name };
			}
			int mode = folder || e.executable() ? 0755 : 0644;
			long size = folder ? 0 : e.bytes().length;
			gz.write(header(split[1], split[0], mode, size, mtime, folder ? '5' : '0'));
			if (!folder) {
				gz.write(e.bytes());
				pad(gz, e.bytes().length);
			}
		}
		gz.write(new byte[1024]); // two empty records end the archive
		gz.finish();
		gz.flush();
	}

	/** {prefix, name} for a ustar header, or null if the name cannot be split to fit (155 + 100 bytes). */
	static String[] ustarName(String name) {
		byte[] bytes = name.getBytes(StandardCharsets.UTF_8);
		if (bytes.length <= 100) {
			return new String[] { "", name };
		}
		for (int i = name.indexOf('/'); i >= 0 && i < name.length() - 1; i = name.indexOf('/', i + 1)) {
			String prefix = name.substring(0, i);
			String rest = name.substring(i + 1);
			if (prefix.getBytes(StandardCharsets.UTF_8).length <= 155 && rest.getBytes(StandardCharsets.UTF_8).length <= 100) {
				return new String[] { prefix, rest };
			}
		}
		return null;
	}

	private static byte[] paxRecord(String key, String value) {
		byte[] body = (" " + key + "=" + value + "\n").getBytes(StandardCharsets.UTF_8);
		int length = body.length + 1;
		while (Integer.toString(length).length() + body.length != length) {
			length = Integer.toString(length).length() + body.length;
		}
		return (length + new String(body, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
	}

	private static byte[] header(String name, String prefix, int mode, long size, long mtime, char type) {
		byte[] h = new byte[512];
		put(h, 0, 100, name.getBytes(StandardCharsets.UTF_8));
		octal(h, 100, 8, mode);
		octal(h, 108, 8, 0);
		octal(h, 116, 8, 0);
		octal(h, 124, 12, size);
		octal(h, 136, 12, mtime);
		h[156] = (byte) type;
		put(h, 257, 6, "ustar\0".getBytes(StandardCharsets.US_ASCII));
		put(h, 263, 2, "00".getBytes(StandardCharsets.US_ASCII));
		put(h, 265, 32, "root".getBytes(StandardCharsets.US_ASCII));
		put(h, 297, 32, "root".getBytes(StandardCharsets.US_ASCII));
		put(h, 345, 155, prefix.getBytes(StandardCharsets.UTF_8));
		for (int i = 148; i < 156; i++) {
			h[i] = ' ';
		}
		long sum = 0;
		for (byte b : h) {
			sum += b & 0xFF;
		}
		String check = String.format("%06o", sum);
		put(h, 148, 6, check.getBytes(StandardCharsets.US_ASCII));
		h[154] = 0;
		h[155] = ' ';
		return h;
	}

	private static void put(byte[] h, int at, int length, byte[] value) {
		if (value.length > length) {
			throw new IllegalArgumentException("a tar header field of " + length + " bytes cannot hold " + value.length);
		}
		System.arraycopy(value, 0, h, at, value.length);
	}

	private static void octal(byte[] h, int at, int length, long value) {
		String s = String.format("%0" + (length - 1) + "o", value);
		if (s.length() > length - 1) {
			throw new IllegalArgumentException("too large for a tar header: " + value);
		}
		put(h, at, length - 1, s.getBytes(StandardCharsets.US_ASCII));
	}

	private static void pad(OutputStream o, long length) throws IOException {
		int rest = (int) (length % 512);
		if (rest != 0) {
			o.write(new byte[512 - rest]);
		}
	}

	static byte[] gzip(byte[] bytes) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
			gz.write(bytes);
		}
		return out.toByteArray();
	}

	static byte[] gunzip(byte[] bytes) throws IOException {
		try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
			return in.readAllBytes();
		}
	}

	private static byte[] gunzipQuietly(byte[] bytes) {
		try {
			return gunzip(bytes);
		} catch (IOException e) {
			return bytes;
		}
	}
}
