package org.lantu.plan.api;

import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.IGrammarAccess;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.parser.IParseResult;
import org.eclipse.xtext.parser.IParser;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.lantu.plan.PlanStandaloneSetup;
import org.lantu.plan.edit.PlanResourceCache;
import org.lantu.plan.evaluate.CheckSettings;
import org.lantu.plan.evaluate.Evaluator;
import org.lantu.plan.files.PlanFiles;
import org.lantu.plan.files.Workspace;
import org.lantu.plan.findings.Lang;
import org.lantu.plan.plan.Plan;
import org.lantu.plan.resolve.PlanContents;

import com.google.inject.Inject;
import com.google.inject.Injector;
import com.google.inject.Provider;

/**
 * The one entry point the command line and the build plugin call: read plan files (or every
 * {@code .plan} under a directory), parse, link and validate them, and return diagnostics with
 * file, line and column. Unreadable input becomes a diagnostic, never an exception.
 */
public class PlanChecker {

	public static final String EXTENSION = PlanFiles.EXTENSION;

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	@Inject
	private IResourceValidator validator;

	@Inject
	private PlanContents contents;

	@Inject
	private Evaluator evaluator;

	/** What the engine works out about plans, for generators that show evaluated values (a fresh one per publication). */
	public PlanFacts facts() {
		return new PlanFacts(evaluator);
	}

	/**
	 * How to read qualifiers: {@code --strict} and {@code --tolerance} (a fraction: 0.05 = ±5 %);
	 * where plans may be read from: the workspace root ({@code --root}; null: see
	 * {@link Workspace#forInputs}) and the largest file read ({@code --max-file-size}); how many
	 * files are read and checked at once, and how many threads check the blocks of one large plan
	 * ({@code --jobs}; the findings do not depend on it); the
	 * language of the findings ({@code --lang}); whether to record, per plan, which of its numbers
	 * the checks compared ({@link PlanCoverage}: {@code --coverage}, and every publication; a check
	 * that does not show it is spared the work).
	 */
	public record Options(boolean strict, BigDecimal tolerance, Path root, long maxFileBytes, int jobs, Lang lang, boolean coverage) {
		public static final Options DEFAULT = new Options(false, CheckSettings.DEFAULT_TOLERANCE);

		public Options {
			if (jobs < 1) {
				throw new IllegalArgumentException("jobs must be at least 1, not " + jobs);
			}
			Objects.requireNonNull(lang);
		}

		public Options(boolean strict, BigDecimal tolerance) {
			this(strict, tolerance, null, PlanFiles.DEFAULT_MAX_BYTES, Runtime.getRuntime().availableProcessors(), Lang.ZH, true);
		}

		public Options withRoot(Path root) {
			return new Options(strict, tolerance, root, maxFileBytes, jobs, lang, coverage);
		}

		public Options withMaxFileBytes(long maxFileBytes) {
			return new Options(strict, tolerance, root, maxFileBytes, jobs, lang, coverage);
		}

		public Options withJobs(int jobs) {
			return new Options(strict, tolerance, root, maxFileBytes, jobs, lang, coverage);
		}

		/** The language findings are written in ({@code --lang}; Chinese by default). */
		public Options withLang(Lang lang) {
			return new Options(strict, tolerance, root, maxFileBytes, jobs, lang, coverage);
		}

		/** Whether each plan's coverage is recorded and reported (see the record's comment); on by default. */
		public Options withCoverage(boolean coverage) {
			return new Options(strict, tolerance, root, maxFileBytes, jobs, lang, coverage);
		}
	}

	/** Told how many of the files have been checked, as a long check goes on (from any thread). */
	public interface Progress {
		Progress NONE = (done, total) -> {
		};

		void checked(int done, int total);
	}

	private static Injector shared;

	/** A checker for use outside an IDE (creates the language's injector once). */
	public static PlanChecker create() {
		return injector().getInstance(PlanChecker.class);
	}

	/**
	 * A checker from a language injector that already exists (an IDE's): the global EMF registries
	 * stay as that injector's setup left them, so the IDE's documents and the checker's agree on
	 * the grammar they were parsed with.
	 */
	public static PlanChecker create(Injector languageInjector) {
		return languageInjector.getInstance(PlanChecker.class);
	}

	/**
	 * Creates the language's injector and reads its grammar, if no one has: a command line calls it first thing, on a
	 * thread of its own, so that the language starts (docs/performance.md: start-up) while the command
	 * line reads its arguments; a {@link #create()} meanwhile waits for it. Never throws: what fails
	 * here fails again, and is reported, when a command creates its checker.
	 */
	public static void prepare() {
		try {
			// the grammar too, read from its binary form when the checker is first made
			injector().getInstance(IGrammarAccess.class).getGrammar();
		} catch (RuntimeException | LinkageError e) {
			// reported by the command's own create()
		}
	}

	/** One injector per process (creating one is slow, and EMF's registries are global). */
	private static synchronized Injector injector() {
		if (shared == null) {
			shared = new PlanStandaloneSetup().createInjectorAndDoEMFRegistration();
		}
		return shared;
	}

	public CheckReport check(List<Path> inputs) {
		return check(inputs, CheckFilter.ALL, Options.DEFAULT);
	}

	/** Checks the plans with the given reading of qualifiers, reporting only what the filter keeps. */
	public CheckReport check(List<Path> inputs, CheckFilter filter, Options options) {
		return checkAndKeep(inputs, filter, options).report();
	}

	/** One plan file as checked: its model (null if it could not be read), its own findings and its coverage (null if not read or not asked for). */
	public record CheckedPlan(Path file, Plan plan, List<PlanDiagnostic> diagnostics, PlanCoverage coverage) {
	}

	/** The outcome of a check, with the models, for generators that publish what was checked. */
	public record Checked(CheckReport report, List<CheckedPlan> plans) {
	}

	/** Checks the plans and keeps their models (linked, evaluated as checked) for rendering. */
	public Checked checkAndKeep(List<Path> inputs, CheckFilter filter, Options options) {
		return checkAndKeep(inputs, filter, options, Progress.NONE);
	}

	/**
	 * {@link #checkAndKeep(List, CheckFilter, Options)}, telling {@code progress} as files are done.
	 * Files are read and checked {@link Options#jobs()} at a time (see {@link FolderCheck}); the
	 * findings and their order are those of a check one file at a time.
	 */
	public Checked checkAndKeep(List<Path> inputs, CheckFilter filter, Options options, Progress progress) {
		List<PlanDiagnostic> diagnostics = new ArrayList<>();
		List<Path> files = PlanReader.expand(inputs, diagnostics, options.lang());
		Map<Path, Resource> loaded = new FolderCheck(this, options, inputs, progress).run(files, diagnostics);
		diagnostics.removeIf(d -> !filter.keeps(d.check()));
		Collections.sort(diagnostics);
		List<CheckedPlan> plans = new ArrayList<>();
		List<PlanCoverage> coverage = new ArrayList<>();
		for (Path file : files) {
			Resource r = loaded.get(file);
			Plan plan = r != null && !r.getContents().isEmpty() && r.getContents().get(0) instanceof Plan p ? p : null;
			PlanCoverage covered = plan == null || !options.coverage() ? null : PlanCoverage.of(file.toString(), r, contents, options.lang());
			plans.add(new CheckedPlan(file, plan, diagnostics.stream().filter(d -> d.file().equals(file.toString())).toList(), covered));
			if (covered != null) {
				coverage.add(covered);
			}
		}
		return new Checked(new CheckReport(files.stream().map(Path::toString).toList(), diagnostics, coverage), plans);
	}

	@Inject
	private StandardLayout layout;

	/**
	 * The plan's text in the standard layout, with the file's own line ends, or null (with
	 * problems reported) when the file cannot be read or does not parse ({@link StandardLayout}).
	 */
	public String format(Path file, List<PlanDiagnostic> problems) {
		return format(file, problems, Options.DEFAULT);
	}

	/** {@link #format(Path, List)} with the workspace and size limit of {@code options}. */
	public String format(Path file, List<PlanDiagnostic> problems, Options options) {
		Resource r = load(resourceSet(options, List.of(file)), file, problems);
		return r == null ? null : layout.format(file, r, problems);
	}

	/** A resource set configured for loading plans with the given options (for tools that time the stages). */
	public XtextResourceSet resourceSet(Options options) {
		return resourceSet(options, List.of());
	}

	/** A resource set for reading {@code inputs} with {@code options}: its settings and its workspace. */
	public XtextResourceSet resourceSet(Options options, List<Path> inputs) {
		XtextResourceSet set = newResourceSet();
		new CheckSettings().setStrict(options.strict()).setTolerance(options.tolerance()).setLang(options.lang()).setRecordsCoverage(options.coverage())
				.setJobs(options.jobs()).attachTo(set);
		Workspace.forInputs(options.root(), inputs, options.maxFileBytes()).attachTo(set);
		return set;
	}

	private XtextResourceSet newResourceSet() {
		XtextResourceSet set = resourceSets.get();
		set.addLoadOption(XtextResource.OPTION_ENCODING, StandardCharsets.UTF_8.name());
		PlanResourceCache.readOnce(set); // the engine's plans are read, checked and published, never changed
		return set;
	}

	/** Reads one plan on its own (for generators and tests); null, with problems reported, if it cannot be read. */
	public Plan parse(Path file, List<PlanDiagnostic> problems) {
		Resource r = load(resourceSet(Options.DEFAULT, List.of(file)), file, problems);
		if (r == null || r.getContents().isEmpty() || !(r.getContents().get(0) instanceof Plan plan)) {
			return null;
		}
		EcoreUtil2.resolveLazyCrossReferences(r, CancelIndicator.NullImpl);
		return plan;
	}

	/** Loads one file into the resource set, or reports why it cannot be read and returns null ({@link PlanReader#load}). */
	public Resource load(XtextResourceSet resourceSet, Path file, List<PlanDiagnostic> diagnostics) {
		return PlanReader.load(resourceSet, file, diagnostics);
	}

	@Inject
	private IssueDiagnostics issueDiagnostics;

	@Inject
	private IParser parser;

	/**
	 * The lines (1-based, each once, in order) where a plan's text has syntax errors: for writers of
	 * plan text that must always parse (the importer).
	 */
	public List<Integer> syntaxErrorLines(String text) {
		IParseResult result = parser.parse(new StringReader(text));
		List<Integer> lines = new ArrayList<>();
		for (INode error : result.getSyntaxErrors()) {
			if (!lines.contains(error.getStartLine())) {
				lines.add(error.getStartLine());
			}
		}
		Collections.sort(lines);
		return lines;
	}

	/** Parses, links and validates one loaded resource. */
	public List<PlanDiagnostic> validate(String file, Resource resource) {
		List<Issue> issues = validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl);
		return issueDiagnostics.toDiagnostics(file, resource, issues);
	}

}
