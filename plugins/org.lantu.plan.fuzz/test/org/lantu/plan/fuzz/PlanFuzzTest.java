package org.lantu.plan.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.parser.Parser;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.lantu.plan.api.CheckFilter;
import org.lantu.plan.api.PlanChecker;
import org.lantu.plan.api.PlanDiagnostic;
import org.lantu.plan.api.PlanOutline;
import org.lantu.plan.files.PlanFiles;
import org.lantu.plan.files.Workspace;
import org.lantu.plan.importer.Importer;
import org.lantu.plan.importer.source.DocxSource;
import org.lantu.plan.importer.source.ImportFailure;
import org.lantu.plan.importer.source.TextSource;
import org.lantu.plan.findings.Lang;
import org.lantu.plan.plan.Plan;
import org.lantu.plan.render.Publisher;
import org.lantu.plan.render.Sheet;
import org.lantu.plan.render.TableWriters;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzz targets. In {@code ./mvnw verify} each replays its inputs: the example plans (copied in by
 * the build) and every input that once made it fail, kept under
 * {@code test-resources/org/lantu/plan/fuzz/PlanFuzzTestInputs/<target>/}. {@code fuzz/run} fuzzes
 * (JAZZER_FUZZ=1) and writes new failing inputs there.
 */
class PlanFuzzTest {

	private static final PlanChecker CHECKER = PlanChecker.create();
	private static final Publisher PUBLISHER = new Publisher(CHECKER);
	private static Path work;

	@BeforeAll
	static void workDirectory() throws IOException {
		work = Files.createTempDirectory("lantu-fuzz");
	}

	@AfterAll
	static void clean() throws IOException {
		try (Stream<Path> files = Files.walk(work)) {
			for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(p);
			}
		}
	}

	/**
	 * Any bytes as a plan: reading, linking, every check, the HTML document and every table format
	 * finish without an exception, report every problem as a finding with a position, and never
	 * touch the input.
	 */
	@FuzzTest(maxDuration = "5m")
	void publish(byte[] input) throws IOException {
		Path dir = Files.createTempDirectory(work, "p");
		Path plan = dir.resolve("fuzz.plan");
		Files.write(plan, input);
		Publisher.Result result = PUBLISHER.publish(List.of(plan), dir.resolve("out"), "zh", PlanChecker.Options.DEFAULT, true,
				List.of(Publisher.Format.values()));
		assertNotNull(result.report());
		for (PlanDiagnostic d : result.report().diagnostics()) {
			assertTrue(d.line() >= 1 && d.column() >= 1, () -> "a finding without a position: " + d.format());
			assertNotNull(d.check(), () -> "a finding without a check id: " + d.format());
			assertTrue(!d.check().equals("internal"), () -> "a check failed: " + d.format());
		}
		assertTrue(Arrays.equals(input, Files.readAllBytes(plan)), "the input is never written");
		Plan parsed = CHECKER.parse(plan, new ArrayList<>());
		if (parsed != null) {
			outlined(PlanOutline.of(parsed, Lang.ZH)); // the editors' outline of whatever parsed
		}
		delete(dir);
	}

	private static void outlined(PlanOutline.Node node) {
		assertTrue(node.label() != null && node.detail() != null, () -> "a node without a label: " + node);
		node.children().forEach(PlanFuzzTest::outlined);
	}

	/**
	 * Any text that parses: format(format(x)) == format(x), and format(x) reads as the same model
	 * with every comment kept.
	 */
	@FuzzTest(maxDuration = "5m")
	void format(byte[] input) throws IOException {
		Path dir = Files.createTempDirectory(work, "f");
		Path plan = dir.resolve("fuzz.plan");
		Files.write(plan, input);
		List<PlanDiagnostic> problems = new ArrayList<>();
		String once = CHECKER.format(plan, problems);
		if (once != null) {
			Path formatted = dir.resolve("formatted.plan");
			Files.writeString(formatted, once, StandardCharsets.UTF_8);
			String twice = CHECKER.format(formatted, problems);
			assertEquals(once, twice, "format(format(x)) == format(x)");
			Plan before = CHECKER.parse(plan, problems);
			Plan after = CHECKER.parse(formatted, problems);
			assertTrue(new SameModel().equals(before, after), "the model is unchanged by formatting");
			String text = new String(input, StandardCharsets.UTF_8);
			assertEquals(comments(text), comments(once), "every comment is kept");
		}
		delete(dir);
	}

	/**
	 * Any import string: the import is refused, or it leads to a plan under the workspace root
	 * (symbolic links resolved). Beside the workspace lie a plan whose value is 987654 and a link
	 * into its folder; a plan that imports the string and claims that value must never see it, and
	 * {@link Workspace#resolveImport} never returns a file outside the root.
	 */
	@FuzzTest(maxDuration = "5m")
	void importsNeverLeaveTheRoot(byte[] input) throws IOException {
		String written = new String(input, StandardCharsets.UTF_8);
		Path dir = Files.createTempDirectory(work, "i");
		Files.createDirectories(dir.resolve("ws/a/b"));
		Path root = dir.resolve("ws");
		Path outside = Files.createDirectories(dir.resolve("outside"));
		Files.writeString(outside.resolve("x.plan"), "规划 x\n指标 营收（亿元）{ 目标 2025：987654 }\n", StandardCharsets.UTF_8);
		Files.createSymbolicLink(root.resolve("link"), outside);
		Files.createSymbolicLink(root.resolve("x.plan"), outside.resolve("x.plan"));
		Path plan = root.resolve("a/p.plan");
		String quoted = written.replace("\\", "\\\\").replace("\"", "\\\"");
		Files.writeString(plan, "规划 p\n引用 \"" + quoted + "\"\n段 [1亿元](x.营收@2025)\n", StandardCharsets.UTF_8);

		Workspace workspace = new Workspace(List.of(root), PlanFiles.DEFAULT_MAX_BYTES);
		Workspace.Resolution r = workspace.resolveImport(URI.createFileURI(plan.toString()), written);
		if (r.uri() != null) {
			Path target = Path.of(r.uri().toFileString());
			assertTrue(target.normalize().startsWith(root) && Workspace.isUnder(target, root), () -> "'" + written + "' leads to " + target);
		}
		var report = CHECKER.check(List.of(plan), CheckFilter.ALL, PlanChecker.Options.DEFAULT.withRoot(root));
		for (PlanDiagnostic d : report.diagnostics()) {
			assertTrue(!d.message().contains("987654"), () -> "'" + written + "' read the plan outside the workspace: " + d.format());
		}
		delete(dir);
	}

	/**
	 * Any text, and any bytes read as Word, give a draft that parses or one failure the user is told in
	 * a line; a Word document is read as {@code lantu import} reads it, the plan it may carry included
	 * (given back as it is, so only a draft read from text must parse).
	 */
	@FuzzTest(maxDuration = "5m")
	void importAlwaysParses(byte[] input) {
		try {
			Importer.Result r = Importer.of(TextSource.read(input), "text", CHECKER::syntaxErrorLines);
			assertEquals(List.of(), CHECKER.syntaxErrorLines(r.plan()), r.plan());
		} catch (ImportFailure e) {
			assertNotNull(e.key());
		}
		try {
			Importer.Result r = Importer.word(DocxSource.open(input), Importer.From.AUTO, CHECKER::syntaxErrorLines);
			if (!r.restored()) {
				assertEquals(List.of(), CHECKER.syntaxErrorLines(r.plan()), r.plan());
			}
		} catch (ImportFailure e) {
			assertNotNull(e.key());
		}
	}

	/**
	 * Any text in a table: the Markdown export, read back by a CommonMark reader with GitHub's
	 * tables, has no link, image, HTML (but the export's own {@code <br>}), emphasis or code from it.
	 */
	@FuzzTest(maxDuration = "5m")
	void markdownKeepsTextAsText(byte[] input) {
		String text = new String(input, StandardCharsets.UTF_8);
		Sheet sheet = new Sheet("t", List.of("列"));
		sheet.rows().add(List.of(Sheet.Cell.of(text)));
		String md = TableWriters.markdown(text, List.of(sheet));
		Node document = MARKDOWN.parse(md);
		document.accept(new AbstractVisitor() {
			@Override
			public void visit(Link link) {
				fail(link);
			}

			@Override
			public void visit(Image image) {
				fail(image);
			}

			@Override
			public void visit(HtmlInline html) {
				if (!html.getLiteral().equals("<br>")) { // the export's own line break inside a cell
					fail(html);
				}
			}

			@Override
			public void visit(HtmlBlock html) {
				fail(html);
			}

			@Override
			public void visit(Emphasis e) {
				fail(e);
			}

			@Override
			public void visit(StrongEmphasis e) {
				fail(e);
			}

			@Override
			public void visit(Code code) {
				fail(code);
			}

			private void fail(Node node) {
				throw new AssertionError(node.getClass().getSimpleName() + " from author text " + text + ":\n" + md);
			}
		});
		// title, sheet heading, column row, rule, one row: a line break in author text stays inside its cell
		assertEquals(5, md.lines().filter(l -> !l.isEmpty()).count(), () -> "author text broke the table:\n" + md);
	}

	private static final Parser MARKDOWN = Parser.builder().extensions(List.of(TablesExtension.create())).build();

	/**
	 * Structural equality of two readings of a plan from two files: a reference that cannot be
	 * resolved (an import that is not there) is a proxy whose URI names its file, so proxies are
	 * compared by what they point at within the file.
	 */
	static final class SameModel extends EcoreUtil.EqualityHelper {
		private static final long serialVersionUID = 1L;

		@Override
		public boolean equals(EObject a, EObject b) {
			if (a != null && b != null && a.eIsProxy() && b.eIsProxy()) {
				return Objects.equals(((InternalEObject) a).eProxyURI().fragment(),
						((InternalEObject) b).eProxyURI().fragment());
			}
			return super.equals(a, b);
		}
	}

	/** Comment openers (and the same characters inside strings, which formatting keeps too). */
	private static int comments(String text) {
		return text.split("//|/\\*", -1).length - 1;
	}

	private static void delete(Path dir) throws IOException {
		try (Stream<Path> files = Files.walk(dir)) {
			for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(p);
			}
		}
	}
}
