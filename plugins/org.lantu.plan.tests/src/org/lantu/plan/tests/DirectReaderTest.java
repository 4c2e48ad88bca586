package org.lantu.plan.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lantu.plan.api.CheckFilter;
import org.lantu.plan.api.PlanChecker;
import org.lantu.plan.api.PlanDiagnostic;
import org.lantu.plan.api.PlanReader;
import org.lantu.plan.edit.PlanResource;
import org.lantu.plan.findings.Lang;
import org.lantu.plan.parser.DirectReader;

/**
 * The direct reader ({@link DirectReader}) builds the model Xtext's parser builds, links it as
 * Xtext's linker does, and the checks find on it what they find on Xtext's, at the same lines and
 * columns: compared on every plan of the project, with other line ends, and on mutated copies. And
 * where Xtext reports a syntax or linking error, the direct reader never reads the plan itself (it
 * leaves it to Xtext, whose messages the author gets).
 */
class DirectReaderTest {

	private final PlanChecker checker = PlanChecker.create();

	@AfterEach
	void readerBackOn() {
		System.clearProperty("lantu.reader");
	}

	/** How one file reads: whether directly, Xtext's errors, the two models, and the findings of each reading. */
	private record Compared(boolean direct, boolean xtextClean, String xtextModel, String directModel, String xtextFindings, String directFindings) {
	}

	private Compared compare(Path file) {
		return compare(file, 1);
	}

	/** {@link #compare(Path)}, the direct reading on {@code threads} threads. */
	private Compared compare(Path file, int threads) {
		XtextResourceSet viaXtext = checker.resourceSet(PlanChecker.Options.DEFAULT, List.of(file));
		Resource x = PlanReader.load(viaXtext, file, new ArrayList<>());
		boolean clean = false;
		String xModel = "";
		if (x != null) {
			EcoreUtil.resolveAll(x);
			clean = x.getErrors().isEmpty();
			xModel = dump(x);
		}
		XtextResourceSet viaDirect = checker.resourceSet(PlanChecker.Options.DEFAULT, List.of(file));
		DirectReader.ask(viaDirect, threads);
		Resource d = PlanReader.load(viaDirect, file, new ArrayList<>());
		boolean direct = d instanceof PlanResource p && p.isReadDirectly();
		String dModel = direct ? dump(d) : "";
		String xFindings = "";
		String dFindings = "";
		if (direct) {
			PlanChecker.Options options = PlanChecker.Options.DEFAULT.withLang(Lang.EN);
			System.setProperty("lantu.reader", "xtext");
			xFindings = findings(file, options);
			System.clearProperty("lantu.reader");
			dFindings = findings(file, options);
		}
		return new Compared(direct, clean, xModel, dModel, xFindings, dFindings);
	}

	private String findings(Path file, PlanChecker.Options options) {
		StringBuilder b = new StringBuilder();
		for (PlanDiagnostic d : checker.check(List.of(file), CheckFilter.ALL, options).diagnostics()) {
			b.append(d).append('\n');
		}
		return b.toString();
	}

	@Test
	void everyPlanOfTheProjectReadsDirectlyAsXtextReadsIt() throws IOException {
		List<Path> files = ExamplesTest.projectPlans();
		assertTrue(files.size() > 60, "the project's plans are found: " + files.size());
		int direct = 0;
		int clean = 0;
		for (Path file : files) {
			Compared c = compare(file);
			assertSame(file.toString(), c);
			clean += c.xtextClean() ? 1 : 0;
			direct += c.direct() ? 1 : 0;
		}
		// the reader gives up only where the grammar is ambiguous; the project's plans have none of that
		assertTrue(direct >= clean * 9 / 10, "read directly: " + direct + " of the " + clean + " plans Xtext reads without an error");
	}

	@Test
	void aLargePlanReadAndLinkedInTwoPartsAtOnceReadsAsXtextReadsIt(@TempDir Path dir) throws IOException {
		// large enough to be read in two parts and linked in two halves (DirectReader.SPLIT_TOKENS, 2,000 links)
		StringBuilder b = new StringBuilder("规划 大 \"大规划\"\n规划期限 2021—2030\n");
		for (int i = 0; i < 400; i++) {
			b.append("章 ").append(i + 1).append(" \"第").append(i + 1).append("组\" {\n  指标表 {\n    列 基期 2020 | 目标 2030 | 属性\n");
			for (int k = 0; k < 4; k++) {
				b.append("    指标 产值N").append(i).append('_').append(k).append("（亿元）：").append(10 + k).append(" | ").append(20 + k + i % 3).append(" | 预期性\n");
			}
			b.append("    指标 总产值N").append(i).append("（亿元）：46 | ").append(86 + i % 5).append(" | 约束性\n  }\n");
			b.append("  合计 总产值N").append(i).append(" = 产值N").append(i).append("_0 + 产值N").append(i).append("_1 + 产值N").append(i).append("_2 + 产值N").append(i)
					.append("_3\n");
			b.append("  段 \"到2030年达到\" [").append(86 + i % 5).append("亿元](总产值N").append(i).append("@2030) \"。\"\n}\n");
		}
		Path file = dir.resolve("large.plan");
		Files.writeString(file, b.toString(), StandardCharsets.UTF_8);
		Compared c = compare(file, 2);
		assertTrue(c.direct(), "read directly");
		assertSame(file.toString(), c);
		assertTrue(c.directFindings().contains("sum."), "some totals are off, so findings are compared too: " + c.directFindings().lines().limit(3).toList());
	}

	@Test
	void otherLineEndsGiveTheSameLinesAndColumns(@TempDir Path dir) throws IOException {
		int compared = 0;
		for (Path file : ExamplesTest.projectPlans()) {
			if (!file.toString().contains("examples")) {
				continue;
			}
			String text = Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
			for (String end : List.of("\r\n", "\r")) {
				Path copy = dir.resolve("x" + compared++ + ".plan");
				Files.writeString(copy, text.replace("\n", end), StandardCharsets.UTF_8);
				assertSame(copy + " (from " + file.getFileName() + ")", compare(copy));
			}
		}
		assertTrue(compared >= 8, "line ends compared: " + compared);
	}

	@Test
	void mutatedPlansReadDirectlyOnlyAsXtextReadsThem(@TempDir Path dir) throws IOException {
		int direct = 0;
		for (Path copy : mutants(dir, 240, 20261204)) {
			Compared c = compare(copy);
			assertSame(copy.toString(), c);
			direct += c.direct() ? 1 : 0;
		}
		assertTrue(direct > 20, "some mutants read directly: " + direct);
	}

	/** {@code count} copies of the examples, each with one to three random insertions, deletions or replacements. */
	static List<Path> mutants(Path dir, int count, long seed) throws IOException {
		List<Path> examples = ExamplesTest.projectPlans().stream().filter(f -> f.toString().contains("examples")).toList();
		Random random = new Random(seed);
		String[] pieces = { " ", "\n", "|", "—", "-", "－", "/", "(", "（", ")", "）", ":", "：", ".", ",", "、", "[", "]", "{", "}", "\"", "%", "年", "约",
				"以上", "1", "2025", "3.5", "亿元", "指标", "其中", "合计", "=", "+", "@", "*", "//c\n", "/*c*/", "面积", "万元/亩", "10/10万", "1/10万",
				"±", "个" };
		List<Path> mutants = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			Path source = examples.get(random.nextInt(examples.size()));
			String text = Files.readString(source, StandardCharsets.UTF_8);
			StringBuilder b = new StringBuilder(text);
			for (int k = 1 + random.nextInt(3); k > 0; k--) {
				int at = random.nextInt(b.length());
				switch (random.nextInt(3)) {
				case 0 -> b.insert(at, pieces[random.nextInt(pieces.length)]);
				case 1 -> b.delete(at, Math.min(b.length(), at + 1 + random.nextInt(4)));
				default -> b.replace(at, Math.min(b.length(), at + 1), pieces[random.nextInt(pieces.length)]);
				}
			}
			Path copy = dir.resolve(source.getFileName().toString().replace(".plan", "") + "-" + i + ".plan");
			Files.writeString(copy, b.toString(), StandardCharsets.UTF_8);
			mutants.add(copy);
		}
		return mutants;
	}

	/** Read directly only where Xtext reads without an error, to the same model, with the same findings. */
	private static void assertSame(String what, Compared c) {
		if (!c.direct()) {
			return;
		}
		assertTrue(c.xtextClean(), what + ": read directly, but Xtext reports an error");
		assertEquals(c.xtextModel(), c.directModel(), what + ": the models differ");
		assertEquals(c.xtextFindings(), c.directFindings(), what + ": the findings differ");
		assertFalse(c.directModel().isEmpty());
	}

	/** Every object with every feature set, references as the URIs of their targets. */
	static String dump(Resource r) {
		StringBuilder b = new StringBuilder();
		for (EObject root : r.getContents()) {
			dump(root, 0, b);
		}
		return b.toString();
	}

	/** {@link #dump(Resource)} of one object and what it holds. */
	static String dumpOf(EObject root) {
		StringBuilder b = new StringBuilder();
		dump(root, 0, b);
		return b.toString();
	}

	private static void dump(EObject o, int depth, StringBuilder b) {
		b.append("  ".repeat(depth)).append(o.eClass().getName()).append('\n');
		for (EStructuralFeature f : o.eClass().getEAllStructuralFeatures()) {
			if (!o.eIsSet(f)) {
				continue;
			}
			Object value = o.eGet(f, true);
			b.append("  ".repeat(depth + 1)).append(f.getName()).append(" = ");
			if (f instanceof EAttribute) {
				b.append(value instanceof Enumerator e ? e.getName() : String.valueOf(value)).append('\n');
			} else if (f instanceof EReference ref && ref.isContainment()) {
				b.append('\n');
				for (Object child : ref.isMany() ? (List<?>) value : List.of(value)) {
					dump((EObject) child, depth + 2, b);
				}
			} else {
				for (Object target : f.isMany() ? (List<?>) value : List.of(value)) {
					EObject t = (EObject) target;
					b.append(t.eIsProxy() ? "proxy " : "").append(EcoreUtil.getURI(t)).append(' ');
				}
				b.append('\n');
			}
		}
	}
}
