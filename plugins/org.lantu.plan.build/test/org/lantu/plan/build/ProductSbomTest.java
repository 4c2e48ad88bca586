package org.lantu.plan.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The product SBOM: each bundle with its name, version, hash and licence, the jars inside a bundle as its components, the same bytes twice. */
class ProductSbomTest {

	@TempDir
	Path dir;

	static byte[] jar(String name, String version, String license, String nestedName, byte[] nested) throws IOException {
		Manifest m = new Manifest();
		m.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
		if (name != null) {
			m.getMainAttributes().putValue("Bundle-SymbolicName", name + ";singleton:=true");
			m.getMainAttributes().putValue("Bundle-Version", version);
		}
		if (license != null) {
			m.getMainAttributes().putValue("Bundle-License", license);
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (JarOutputStream j = new JarOutputStream(out, m)) {
			if (nestedName != null) {
				j.putNextEntry(new JarEntry(nestedName));
				j.write(nested);
				j.closeEntry();
			}
		}
		return out.toByteArray();
	}

	@Test
	void everyBundleAndWhatItCarries() throws IOException {
		Files.createDirectories(dir.resolve("plugins/org.example.folder_1.0.0/META-INF"));
		Files.writeString(dir.resolve("plugins/org.example.folder_1.0.0/META-INF/MANIFEST.MF"),
				"Manifest-Version: 1.0\nBundle-SymbolicName: org.example.folder\nBundle-Version: 1.0.0\n\n");
		byte[] engine = jar(null, null, null, null, null);
		byte[] lantu = jar("org.lantu.plan.eclipse", "0.1.0.qualifier", "Apache-2.0", "lib/engine-1.2.jar", engine);
		Files.write(dir.resolve("plugins/org.lantu.plan.eclipse_0.1.0.jar"), lantu);
		Files.write(dir.resolve("plugins/org.eclipse.swt_3.1.jar"), jar("org.eclipse.swt", "3.1.0", "https://www.eclipse.org/legal/epl-2.0", null, null));
		String json = ProductSbom.json("lantu-studio", "0.1.0", ProductSbom.components(dir));
		assertTrue(json.contains("\"bomFormat\": \"CycloneDX\""));
		assertTrue(json.contains("\"name\": \"org.lantu.plan.eclipse\", \"version\": \"0.1.0.qualifier\", \"hashes\": [{\"alg\": \"SHA-256\", \"content\": \""
				+ ProductSbom.sha256(lantu) + "\"}], \"licenses\": [{\"license\": {\"name\": \"Apache-2.0\"}}]"), json);
		assertTrue(json.contains("\"name\": \"engine\""), "the jar inside the bundle, named by its file: " + json);
		assertTrue(json.contains("\"url\": \"https://www.eclipse.org/legal/epl-2.0\""), json);
		assertTrue(json.contains("\"name\": \"org.example.folder\", \"version\": \"1.0.0\""), "a bundle unpacked as a folder: " + json);
		assertEquals(json, ProductSbom.json("lantu-studio", "0.1.0", ProductSbom.components(dir)), "the same files give the same SBOM");
		assertEquals("EPL-2.0", ProductSbom.license("\"EPL-2.0\";link=\"https://www.eclipse.org/legal/epl-2.0\""));
		assertEquals("Apache-2.0", ProductSbom.license(" Apache-2.0;link=x "));
		assertEquals(null, ProductSbom.license(" "));
		List<ProductSbom.Component> components = ProductSbom.components(dir);
		assertEquals(List.of("org.eclipse.swt", "org.example.folder", "org.lantu.plan.eclipse"), components.stream().map(ProductSbom.Component::name).toList());
	}
}
