package org.lantu.plan.build;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.jar.Attributes;
import java.util.jar.JarInputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;

/**
 * A CycloneDX 1.5 SBOM of an Eclipse product or p2 repository as built: one component per bundle
 * in its {@code plugins} folder (symbolic name, version, SHA-256, licence as the bundle declares
 * it), and the jars a bundle carries inside it (Lantu's engine and its libraries) as that bundle's
 * components. Tycho has no SBOM of its own on Maven Central, so the build writes it:
 *
 * <pre>
 *   ProductSbom FOLDER NAME VERSION OUT.json
 * </pre>
 *
 * The output depends only on the files (no time stamp; the serial number is derived from the
 * content), so reproducible builds give the same SBOM.
 */
public final class ProductSbom {
	private ProductSbom() {
	}

	/** A bundle or a jar inside one. */
	record Component(String name, String version, String sha256, String license, List<Component> inside) {
	}

	public static void main(String[] args) throws IOException {
		if (args.length != 4) {
			System.err.println("usage: ProductSbom FOLDER NAME VERSION OUT.json");
			System.exit(2);
		}
		Path folder = Path.of(args[0]);
		if (!Files.isDirectory(folder.resolve("plugins"))) {
			System.err.println("ProductSbom: " + folder + " has no plugins folder");
			System.exit(1);
		}
		Files.writeString(Path.of(args[3]), json(args[1], args[2], components(folder)), StandardCharsets.UTF_8);
	}

	/** The bundles under {@code folder/plugins}, in the order of their file names. */
	static List<Component> components(Path folder) throws IOException {
		List<Component> components = new ArrayList<>();
		List<Path> entries;
		try (Stream<Path> s = Files.list(folder.resolve("plugins"))) {
			entries = s.sorted().toList();
		}
		for (Path p : entries) {
			if (Files.isRegularFile(p) && p.getFileName().toString().endsWith(".jar")) {
				components.add(bundle(p.getFileName().toString(), Files.readAllBytes(p)));
			} else if (Files.isRegularFile(p.resolve("META-INF/MANIFEST.MF"))) {
				// a bundle unpacked as a folder: described by its manifest, hashed by its manifest
				byte[] manifest = Files.readAllBytes(p.resolve("META-INF/MANIFEST.MF"));
				components.add(fromManifest(p.getFileName().toString(), new Manifest(new ByteArrayInputStream(manifest)), sha256(manifest), List.of()));
			}
		}
		return components;
	}

	private static Component bundle(String file, byte[] jar) throws IOException {
		List<Component> inside = new ArrayList<>();
		Manifest manifest;
		try (JarInputStream in = new JarInputStream(new ByteArrayInputStream(jar))) {
			manifest = in.getManifest();
			for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
				if (!e.isDirectory() && e.getName().endsWith(".jar")) {
					inside.add(bundle(e.getName(), in.readAllBytes()));
				}
			}
		}
		return fromManifest(file, manifest, sha256(jar), inside);
	}

	private static Component fromManifest(String file, Manifest manifest, String sha256, List<Component> inside) {
		Attributes a = manifest == null ? new Attributes() : manifest.getMainAttributes();
		String name = a.getValue("Bundle-SymbolicName");
		name = name == null ? stripVersion(file) : name.split(";")[0].strip();
		String version = a.getValue("Bundle-Version");
		if (version == null) {
			version = a.getValue("Implementation-Version");
		}
		return new Component(name, version, sha256, a.getValue("Bundle-License"), inside);
	}

	private static String stripVersion(String file) {
		String base = file.substring(file.lastIndexOf('/') + 1).replaceAll("\\.jar$", "");
		return base.replaceAll("[-_]\\d.*$", "");
	}

	static String json(String name, String version, List<Component> components) {
		StringBuilder body = new StringBuilder();
		components(body, components, "    ");
		String serial = UUID.nameUUIDFromBytes((name + "@" + version + "\n" + body).getBytes(StandardCharsets.UTF_8)).toString();
		return "{\n  \"bomFormat\": \"CycloneDX\",\n  \"specVersion\": \"1.5\",\n  \"serialNumber\": \"urn:uuid:" + serial + "\",\n  \"version\": 1,\n"
				+ "  \"metadata\": {\n    \"component\": {\"type\": \"application\", \"name\": " + str(name) + ", \"version\": " + str(version) + "}\n  },\n"
				+ "  \"components\": [\n" + body + "  ]\n}\n";
	}

	private static void components(StringBuilder b, List<Component> components, String indent) {
		for (int i = 0; i < components.size(); i++) {
			Component c = components.get(i);
			b.append(indent).append("{\"type\": \"library\", \"bom-ref\": ").append(str(c.name() + (c.version() == null ? "" : "@" + c.version()) + "#" + c.sha256().substring(0, 12)))
					.append(", \"name\": ").append(str(c.name()));
			if (c.version() != null) {
				b.append(", \"version\": ").append(str(c.version()));
			}
			b.append(", \"hashes\": [{\"alg\": \"SHA-256\", \"content\": \"").append(c.sha256()).append("\"}]");
			String l = license(c.license());
			if (l != null) {
				b.append(", \"licenses\": [{\"license\": {").append(l.startsWith("http") ? "\"name\": " + str(l) + ", \"url\": " + str(l) : "\"name\": " + str(l))
						.append("}}]");
			}
			if (!c.inside().isEmpty()) {
				b.append(", \"components\": [\n");
				components(b, c.inside(), indent + "  ");
				b.append(indent).append(']');
			}
			b.append('}').append(i + 1 < components.size() ? "," : "").append('\n');
		}
	}

	/**
	 * The licence a {@code Bundle-License} header names: its first clause without attributes
	 * ({@code "Apache-2.0";link="…"} is Apache-2.0, a quoted value loses its quotes); null when blank.
	 */
	static String license(String header) {
		if (header == null || header.isBlank()) {
			return null;
		}
		String h = header.strip();
		String l;
		if (h.startsWith("\"")) {
			int end = h.indexOf('"', 1);
			l = end < 0 ? h.substring(1) : h.substring(1, end);
		} else {
			l = h.split(";")[0];
		}
		l = l.strip();
		return l.isEmpty() ? null : l;
	}

	private static String str(String s) {
		StringBuilder b = new StringBuilder("\"");
		for (char ch : s.toCharArray()) {
			switch (ch) {
			case '"' -> b.append("\\\"");
			case '\\' -> b.append("\\\\");
			default -> {
				if (ch < 0x20) {
					b.append(String.format("\\u%04x", (int) ch));
				} else {
					b.append(ch);
				}
			}
			}
		}
		return b.append('"').toString();
	}

	static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
		}
	}
}
