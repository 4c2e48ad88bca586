package org.lantu.plan.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lantu.plan.api.PlanChecker;
import org.lantu.plan.api.PlanDiagnostic;
import org.lantu.plan.api.PlanReader;
import org.lantu.plan.edit.PlanResource;
import org.lantu.plan.parser.DirectReader;

/**
 * The nesting guard of {@link PlanReader#load}: a plan whose model is deeper than
 * {@link PlanReader#MAX_DEPTH} is refused, one as deep or less is read, whichever reader reads it
 * (Lantu's own gives up on deep nesting and leaves the plan to Xtext's parser).
 */
class PlanReaderDepthTest {

	@TempDir
	Path dir;

	private final PlanChecker checker = PlanChecker.create();

	/** Chapters {@code levels} deep, the innermost holding an indicator with a target. */
	private static String nested(int levels) {
		StringBuilder b = new StringBuilder("plan p\n");
		for (int i = 1; i <= levels; i++) {
			b.append("chapter ").append(i).append(" \"第").append(i).append("层\" {\n");
		}
		b.append("indicator 总量（亿元）{ target 2025: 30 }\n");
		b.append("}\n".repeat(levels));
		return b.toString();
	}

	/** The model's depth, the plan at 1, counted by recursion (no guard). */
	private static int depth(EObject o) {
		int max = 0;
		for (EObject child : o.eContents()) {
			max = Math.max(max, depth(child));
		}
		return max + 1;
	}

	@Test
	void aPlanIsRefusedExactlyWhenItIsDeeperThanTheLimit() throws Exception {
		int read = 0;
		int refused = 0;
		for (int levels = 85; levels <= 100; levels++) {
			Path file = Files.writeString(dir.resolve("p" + levels + ".plan"), nested(levels));
			XtextResourceSet unguarded = checker.resourceSet(PlanChecker.Options.DEFAULT, List.of(file));
			Resource plain = unguarded.getResource(URI.createFileURI(file.toAbsolutePath().toString()), true);
			assertTrue(plain.getErrors().isEmpty(), plain.getErrors().toString());
			int actual = depth(plain.getContents().get(0));
			for (boolean direct : new boolean[] { true, false }) {
				XtextResourceSet set = checker.resourceSet(PlanChecker.Options.DEFAULT, List.of(file));
				if (direct) {
					DirectReader.ask(set, 1);
				}
				List<PlanDiagnostic> problems = new ArrayList<>();
				Resource r = PlanReader.load(set, file, problems);
				String what = levels + " levels (depth " + actual + "), " + (r instanceof PlanResource p && p.isReadDirectly() ? "read directly" : "Xtext's parser");
				assertEquals(actual > PlanReader.MAX_DEPTH, r == null, what + ": " + problems);
				if (r == null) {
					assertEquals(1, problems.size(), what);
					assertTrue(problems.get(0).message().contains(String.valueOf(PlanReader.MAX_DEPTH)), problems.get(0).message());
					refused++;
				} else {
					read++;
				}
			}
		}
		assertTrue(read > 0 && refused > 0, "both sides of the limit are tried: read " + read + ", refused " + refused);
	}
}
