package org.lantu.plan.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.lantu.plan.files.PlanFiles;
import org.lantu.plan.files.PlanResourceSet;
import org.lantu.plan.files.Workspace;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * The resource set every front end loads plans into reads only regular files in the workspace:
 * every other scheme is refused before anything is opened, whatever asks for it.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(PlanInjectorProvider.class)
class PlanResourceSetTest {

	@Inject
	Provider<XtextResourceSet> resourceSets;

	@TempDir
	Path dir;

	@Test
	void theLanguageLoadsIntoAGuardedResourceSet() {
		assertTrue(resourceSets.get() instanceof PlanResourceSet);
	}

	@Test
	void everySchemeButFilesIsRefused() {
		var converter = resourceSets.get().getURIConverter();
		for (String uri : List.of("http://127.0.0.1:1/x.plan", "https://example.invalid/x.plan", "ftp://example.invalid/x.plan",
				"jar:http://127.0.0.1:1/x.jar!/x.plan", "platform:/resource/p/x.plan", "archive:http://127.0.0.1:1/x.zip!/x.plan", "mailto:a@b")) {
			URI u = URI.createURI(uri);
			assertFalse(converter.exists(u, Map.of()), uri);
			IOException e = assertThrows(IOException.class, () -> converter.createInputStream(u), uri);
			assertTrue(e.getMessage().contains("is refused"), e.getMessage());
			assertThrows(IOException.class, () -> converter.createOutputStream(u), uri);
		}
	}

	@Test
	void filesAreReadWithinTheWorkspaceAndTheLimit() throws Exception {
		Path inside = Files.createDirectories(dir.resolve("ws")).resolve("a.plan");
		Files.writeString(inside, "规划 a\n", StandardCharsets.UTF_8);
		Path outside = dir.resolve("b.plan");
		Files.writeString(outside, "规划 b\n", StandardCharsets.UTF_8);
		XtextResourceSet set = resourceSets.get();
		new Workspace(List.of(dir.resolve("ws")), 4).attachTo(set);
		var converter = set.getURIConverter();
		IOException tooLarge = assertThrows(IOException.class, () -> converter.createInputStream(URI.createFileURI(inside.toString())));
		assertTrue(tooLarge.getMessage().contains("more than the"), tooLarge.getMessage());
		new Workspace(List.of(dir.resolve("ws")), PlanFiles.DEFAULT_MAX_BYTES).attachTo(set);
		try (InputStream in = converter.createInputStream(URI.createFileURI(inside.toString()))) {
			assertEquals("规划 a\n", new String(in.readAllBytes(), StandardCharsets.UTF_8));
		}
		IOException out = assertThrows(IOException.class, () -> converter.createInputStream(URI.createFileURI(outside.toString())));
		assertTrue(out.getMessage().contains("outside the workspace"), out.getMessage());
	}

	@Test
	void aNamedPipeIsNotOpened() throws Exception {
		Path fifo = dir.resolve("p.plan");
		Assumptions.assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0);
		IOException e = assertThrows(IOException.class, () -> resourceSets.get().getURIConverter().createInputStream(URI.createFileURI(fifo.toString())));
		assertTrue(e.getMessage().contains("named pipe"), e.getMessage());
	}
}
