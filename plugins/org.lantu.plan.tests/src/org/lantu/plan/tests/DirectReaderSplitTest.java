package org.lantu.plan.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.lantu.plan.parser.DirectReader;
import org.lantu.plan.parser.SourceMap;

import com.google.inject.Inject;

/**
 * A large plan is lexed and read in two parts at once ({@link DirectReader#read(String, int, int)}):
 * what it gives is what a reading in one part gives — the model, where each object and value stands,
 * its tokens with the hidden text between them, the references to link, in the same order — and it
 * gives up exactly where one reading gives up.
 * Every plan is split here, wherever its split falls: on the project's plans and on mutated ones
 * (where the guess of a split is often wrong, and must then be dropped).
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(PlanInjectorProvider.class)
class DirectReaderSplitTest {

	@Inject
	DirectReader reader;

	@Test
	void aPlanReadInTwoPartsIsThePlanReadInOne() throws IOException {
		int split = 0;
		for (Path file : ExamplesTest.projectPlans()) {
			split += compare(file) ? 1 : 0;
		}
		assertTrue(split >= 10, "plans read in two parts: " + split);
	}

	@Test
	void mutatedPlansToo(@TempDir Path dir) throws IOException {
		int split = 0;
		for (Path file : DirectReaderTest.mutants(dir, 240, 20261205)) {
			split += compare(file) ? 1 : 0;
		}
		assertTrue(split > 20, "mutants read in two parts: " + split);
	}

	/** Compares the two readings of a file; whether it was read in two parts. */
	private boolean compare(Path file) throws IOException {
		String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8); // some are not UTF-8 on purpose
		DirectReader.Read one = reader.read(text, 1);
		DirectReader.Read two = reader.read(text, 2, 1);
		assertEquals(one == null, two == null, file + ": read in one part but not in two, or the other way");
		if (one == null) {
			return false;
		}
		assertEquals(1, one.parts());
		assertEquals(describe(one), describe(two), file + ": the readings differ");
		return two.parts() == 2;
	}

	/** The model with, for each object, its span and each feature's spans, then the links. */
	private static String describe(DirectReader.Read read) {
		StringBuilder b = new StringBuilder(DirectReaderTest.dumpOf(read.plan()));
		SourceMap map = read.map();
		List<EObject> all = new ArrayList<>(List.of(read.plan()));
		read.plan().eAllContents().forEachRemaining(all::add);
		for (EObject o : all) {
			int[] at = map.span(o);
			b.append(EcoreUtil.getURI(o).fragment()).append(' ').append(span(at));
			if (at != null) {
				b.append(" \"").append(map.tokenText(at[0], at[1])).append('"'); // the tokens, one space where hidden text stood
			}
			for (EStructuralFeature f : o.eClass().getEAllStructuralFeatures()) {
				List<int[]> spans = map.spans(o, f);
				if (!spans.isEmpty()) {
					b.append(' ').append(f.getName());
					spans.forEach(s -> b.append(span(s)));
				}
			}
			b.append('\n');
		}
		for (DirectReader.Link link : read.links()) {
			b.append(EcoreUtil.getURI(link.owner()).fragment()).append(' ').append(link.reference().getName()).append(' ').append(link.name()).append('\n');
		}
		return b.toString();
	}

	private static String span(int[] span) {
		return span == null ? "-" : "[" + span[0] + "," + span[1] + "]";
	}
}
