package org.lantu.plan.api;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.diagnostics.Diagnostic;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.lantu.plan.PlanStandaloneSetup;
import org.lantu.plan.evaluate.CheckSettings;
import org.lantu.plan.files.PlanFiles;
import org.lantu.plan.files.Workspace;
import org.lantu.plan.findings.CheckType;
import org.lantu.plan.findings.Lang;
import org.lantu.plan.findings.Text;

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
	private ElementNames elementNames;

	@Inject
	private org.lantu.plan.resolve.PlanContents contents;

	@Inject
	private org.lantu.plan.evaluate.Evaluator evaluator;

	/** The evaluator the checks use, for generators that show evaluated values. */
	public org.lantu.plan.evaluate.Evaluator evaluator() {
		return evaluator;
	}

	/**
	 * How to read qualifiers: {@code --strict} and {@code --tolerance} (a fraction: 0.05 = ±5 %);
	 * where plans may be read from: the workspace root ({@code --root}; null: see
	 * {@link Workspace#forInputs}) and the largest file read ({@code --max-file-size}); how many
	 * files are read and checked at once ({@code --jobs}; the findings do not depend on it); the
	 * language of the findings ({@code --lang}).
	 */
	public record Options(boolean strict, java.math.BigDecimal tolerance, Path root, long maxFileBytes, int jobs, Lang lang) {
		public static final Options DEFAULT = new Options(false, CheckSettings.DEFAULT_TOLERANCE);

		public Options {
			if (jobs < 1) {
				throw new IllegalArgumentException("jobs must be at least 1, not " + jobs);
			}
			java.util.Objects.requireNonNull(lang);
		}

		public Options(boolean strict, java.math.BigDecimal tolerance) {
			this(strict, tolerance, null, PlanFiles.DEFAULT_MAX_BYTES, Runtime.getRuntime().availableProcessors(), Lang.ZH);
		}

		public Options withRoot(Path root) {
			return new Options(strict, tolerance, root, maxFileBytes, jobs, lang);
		}

		public Options withMaxFileBytes(long maxFileBytes) {
			return new Options(strict, tolerance, root, maxFileBytes, jobs, lang);
		}

		public Options withJobs(int jobs) {
			return new Options(strict, tolerance, root, maxFileBytes, jobs, lang);
		}

		/** The language findings are written in ({@code --lang}; Chinese by default). */
		public Options withLang(Lang lang) {
			return new Options(strict, tolerance, root, maxFileBytes, jobs, lang);
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
	 * Creates the language's injector, if no one has: a command line calls it first thing, on a
	 * thread of its own, so that the language starts (a quarter of a small check) while the command
	 * line reads its arguments; a {@link #create()} meanwhile waits for it. Never throws: what fails
	 * here fails again, and is reported, when a command creates its checker.
	 */
	public static void prepare() {
		try {
			injector();
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

	/**
	 * Plan files named by the arguments: files as given (what cannot be read is reported when it
	 * is loaded), directories searched for *.plan (symbolic links to folders are not followed).
	 */
	public static List<Path> expand(List<Path> inputs, List<PlanDiagnostic> problems) {
		return expand(inputs, problems, Lang.preferred());
	}

	/** {@link #expand(List, List)}, saying what cannot be read in {@code lang}. */
	public static List<Path> expand(List<Path> inputs, List<PlanDiagnostic> problems, Lang lang) {
		Map<Path, Path> files = new LinkedHashMap<>(); // by absolute path: a plan named twice is read once
		for (Path input : inputs) {
			if (Files.isDirectory(input)) {
				try (Stream<Path> walk = Files.walk(input)) {
					List<Path> found = walk.filter(p -> p.toString().endsWith(EXTENSION) && !Files.isDirectory(p)).sorted().toList();
					if (found.isEmpty()) {
						problems.add(PlanDiagnostic.ofFile(input.toString(), 1, 1, CheckType.FILE.id(), Text.of("files.folder.empty").in(lang)));
					}
					for (Path p : found) {
						if (Files.isSymbolicLink(p) && !Workspace.isUnder(p, input)) {
							// a folder's link to a file elsewhere (/etc/…) is not read unless it is named itself
							problems.add(PlanDiagnostic.ofFile(p.toString(), 1, 1, CheckType.FILE.id(), Text.of("files.folder.link-outside").in(lang)));
						} else {
							files.putIfAbsent(p.toAbsolutePath().normalize(), p);
						}
					}
				} catch (IOException | java.io.UncheckedIOException e) {
					problems.add(PlanDiagnostic.ofFile(input.toString(), 1, 1, CheckType.FILE.id(),
							Text.of("files.folder.unreadable", e.getCause() != null ? e.getCause().getMessage() : e.getMessage()).in(lang)));
				}
			} else {
				files.putIfAbsent(input.toAbsolutePath().normalize(), input);
			}
		}
		return new ArrayList<>(files.values());
	}

	public CheckReport check(List<Path> inputs) {
		return check(inputs, CheckFilter.ALL, Options.DEFAULT);
	}

	/** Checks the plans with the given reading of qualifiers, reporting only what the filter keeps. */
	public CheckReport check(List<Path> inputs, CheckFilter filter, Options options) {
		return checkAndKeep(inputs, filter, options).report();
	}

	/** One plan file as checked: its model (null if it could not be read), its own findings and its coverage (null if not read). */
	public record CheckedPlan(Path file, org.lantu.plan.plan.Plan plan, List<PlanDiagnostic> diagnostics, PlanCoverage coverage) {
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
		List<Path> files = expand(inputs, diagnostics, options.lang());
		Map<Path, Resource> loaded = new FolderCheck(this, options, inputs, progress).run(files, diagnostics);
		diagnostics.removeIf(d -> !filter.keeps(d.check()));
		Collections.sort(diagnostics);
		List<CheckedPlan> plans = new ArrayList<>();
		List<PlanCoverage> coverage = new ArrayList<>();
		for (Path file : files) {
			Resource r = loaded.get(file);
			org.lantu.plan.plan.Plan plan = r != null && !r.getContents().isEmpty() && r.getContents().get(0) instanceof org.lantu.plan.plan.Plan p ? p : null;
			PlanCoverage covered = plan == null ? null : PlanCoverage.of(file.toString(), r, contents, elementNames, options.lang());
			plans.add(new CheckedPlan(file, plan, diagnostics.stream().filter(d -> d.file().equals(file.toString())).toList(), covered));
			if (covered != null) {
				coverage.add(covered);
			}
		}
		return new Checked(new CheckReport(files.stream().map(Path::toString).toList(), diagnostics, coverage), plans);
	}

	@Inject
	private org.eclipse.xtext.formatting2.IFormatter2 formatter;

	@Inject
	private Provider<org.eclipse.xtext.formatting2.FormatterRequest> formatterRequests;

	@Inject
	private Provider<org.eclipse.xtext.formatting2.regionaccess.TextRegionAccessBuilder> regionAccess;

	/**
	 * The plan's text in the standard layout, with the file's own line ends (LF, CRLF or CR), or
	 * null (with problems reported) when the file cannot be read or has syntax errors: only a plan
	 * that parses is reformatted.
	 */
	public String format(Path file, List<PlanDiagnostic> problems) {
		return format(file, problems, Options.DEFAULT);
	}

	/** {@link #format(Path, List)} with the workspace and size limit of {@code options}. */
	public String format(Path file, List<PlanDiagnostic> problems, Options options) {
		Resource r = load(resourceSet(options, List.of(file)), file, problems);
		if (r == null) {
			return null;
		}
		if (!r.getErrors().isEmpty()) {
			String text = ((XtextResource) r).getParseResult().getRootNode().getText();
			for (var e : r.getErrors()) {
				int column = Math.max(1, e.getColumn());
				if (e instanceof org.eclipse.xtext.diagnostics.AbstractDiagnostic d) {
					column = characterColumn(text, d.getOffset(), column);
				}
				problems.add(PlanDiagnostic.ofFile(file.toString(), e.getLine(), column, CheckType.SYNTAX.id(), e.getMessage()));
			}
			return null;
		}
		var access = regionAccess.get().forNodeModel((XtextResource) r).create();
		var request = formatterRequests.get();
		request.setTextRegionAccess(access);
		request.setPreferences(org.eclipse.xtext.preferences.TypedPreferenceValues.castOrWrap(
				new org.eclipse.xtext.preferences.MapBasedPreferenceValues(Map.of(org.eclipse.xtext.formatting2.FormatterPreferenceKeys.indentation.getId(), "  "))));
		String formatted = access.getRewriter().renderToString(formatter.format(request));
		return withLineEnds(formatted, lineEnd(((XtextResource) r).getParseResult().getRootNode().getText()));
	}

	/** The line end a text uses (its first one): CRLF, a lone CR, or LF (also for a text with none). */
	static String lineEnd(String text) {
		int i = 0;
		while (i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
			i++;
		}
		if (i == text.length() || text.charAt(i) == '\n') {
			return "\n";
		}
		return i + 1 < text.length() && text.charAt(i + 1) == '\n' ? "\r\n" : "\r";
	}

	/** {@code text} with every line end (CRLF, CR or LF) written as {@code lineEnd}. */
	static String withLineEnds(String text, String lineEnd) {
		String lf = text.replace("\r\n", "\n").replace('\r', '\n');
		return lineEnd.equals("\n") ? lf : lf.replace("\n", lineEnd);
	}

	/** A resource set configured for loading plans with the given options (for tools that time the stages). */
	public XtextResourceSet resourceSet(Options options) {
		return resourceSet(options, List.of());
	}

	/** A resource set for reading {@code inputs} with {@code options}: its settings and its workspace. */
	public XtextResourceSet resourceSet(Options options, List<Path> inputs) {
		XtextResourceSet set = newResourceSet();
		new CheckSettings().setStrict(options.strict()).setTolerance(options.tolerance()).setLang(options.lang()).setRecordsCoverage(true).attachTo(set);
		Workspace.forInputs(options.root(), inputs, options.maxFileBytes()).attachTo(set);
		return set;
	}

	private XtextResourceSet newResourceSet() {
		XtextResourceSet set = resourceSets.get();
		set.addLoadOption(XtextResource.OPTION_ENCODING, StandardCharsets.UTF_8.name());
		return set;
	}

	/** Reads one plan on its own (for generators and tests); null, with problems reported, if it cannot be read. */
	public org.lantu.plan.plan.Plan parse(Path file, List<PlanDiagnostic> problems) {
		Resource r = load(resourceSet(Options.DEFAULT, List.of(file)), file, problems);
		if (r == null || r.getContents().isEmpty() || !(r.getContents().get(0) instanceof org.lantu.plan.plan.Plan plan)) {
			return null;
		}
		EcoreUtil2.resolveLazyCrossReferences(r, CancelIndicator.NullImpl);
		return plan;
	}

	/** Loads one file into the resource set, or reports why it cannot be read and returns null. */
	public Resource load(XtextResourceSet resourceSet, Path file, List<PlanDiagnostic> diagnostics) {
		String name = file.toString();
		long maxBytes = Workspace.of(resourceSet).maxBytes();
		Lang lang = CheckSettings.of(resourceSet).lang();
		byte[] bytes;
		try {
			if (!name.endsWith(EXTENSION)) {
				// why it cannot be read if it cannot, else that it is no plan: never read
				Text problem = PlanFiles.problem(file, maxBytes);
				throw new PlanFiles.Unreadable(problem != null ? problem : Text.of("files.not-plan"));
			}
			bytes = PlanFiles.read(file, maxBytes);
		} catch (PlanFiles.Unreadable e) {
			diagnostics.add(PlanDiagnostic.ofFile(name, 1, 1, CheckType.FILE.id(), e.text().in(lang)));
			return null;
		}
		String text = decodeUtf8(bytes, name, diagnostics, lang);
		if (text == null) {
			return null;
		}
		if (text.replace("\uFEFF", "").isBlank()) {
			diagnostics.add(PlanDiagnostic.ofFile(name, 1, 1, CheckType.FILE.id(), Text.of("files.empty").in(lang)));
			return null;
		}
		URI uri = URI.createFileURI(file.toAbsolutePath().normalize().toString());
		Resource resource = resourceSet.getResource(uri, false);
		if (resource == null) {
			resource = resourceSet.createResource(uri);
		} else {
			resource.unload();
		}
		try {
			resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), resourceSet.getLoadOptions());
		} catch (IOException | RuntimeException | StackOverflowError e) {
			boolean tooDeep = false;
			for (Throwable t = e; t != null; t = t.getCause()) {
				tooDeep |= t instanceof StackOverflowError;
			}
			diagnostics.add(PlanDiagnostic.ofFile(name, 1, 1, CheckType.FILE.id(),
					(tooDeep ? Text.of("files.too-deep") : Text.of("files.cannot-parse", String.valueOf(e.getMessage()))).in(lang)));
			return null;
		}
		int depth = depth(resource);
		if (depth > MAX_DEPTH) {
			diagnostics.add(PlanDiagnostic.ofFile(name, 1, 1, CheckType.FILE.id(), Text.of("files.nested", MAX_DEPTH).in(lang)));
			return null;
		}
		return resource;
	}

	/** How deeply elements may nest before a file is refused (deeper trees are hostile, not plans). */
	public static final int MAX_DEPTH = 100;

	/**
	 * The depth of the model tree, or the first depth found beyond {@link #MAX_DEPTH}: recursion
	 * that never goes deeper than that (the parser has already built the tree, so it fits).
	 */
	static int depth(Resource resource) {
		int max = 0;
		for (EObject root : resource.getContents()) {
			max = Math.max(max, depth(root, 1));
		}
		return max;
	}

	private static int depth(EObject o, int level) {
		int max = level;
		if (level <= MAX_DEPTH) {
			for (EObject child : o.eContents()) {
				max = Math.max(max, depth(child, level + 1));
				if (max > MAX_DEPTH) {
					break;
				}
			}
		}
		return max;
	}

	/** Strict UTF-8; the first invalid byte is reported with its line and column. */
	static String decodeUtf8(byte[] bytes, String name, List<PlanDiagnostic> diagnostics, Lang lang) {
		if (isUtf16(bytes)) {
			diagnostics.add(PlanDiagnostic.ofFile(name, 1, 1, CheckType.FILE.id(), Text.of("files.utf16").in(lang)));
			return null;
		}
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer in = ByteBuffer.wrap(bytes);
		CharBuffer out = CharBuffer.allocate(bytes.length);
		CoderResult result = decoder.decode(in, out, true);
		if (!result.isError()) {
			result = decoder.flush(out);
		}
		if (!result.isError()) {
			return out.flip().toString();
		}
		int bad = Math.min(in.position(), bytes.length - 1);
		String before = new String(bytes, 0, bad, StandardCharsets.UTF_8);
		int line = 1 + (int) before.chars().filter(c -> c == '\n').count();
		int column = characterColumn(before, before.length(), 1);
		diagnostics.add(PlanDiagnostic.ofFile(name, line, column, CheckType.FILE.id(),
				Text.of("files.not-utf8", String.format("0x%02X", bytes[bad] & 0xFF), bad).in(lang)));
		return null;
	}

	/**
	 * UTF-16: a UTF-16 byte-order mark, or (without one) text whose every other byte is zero, as
	 * UTF-16 spells ASCII and line ends. A UTF-8 plan has no zero bytes at all.
	 */
	static boolean isUtf16(byte[] bytes) {
		if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE) || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF))) {
			return true;
		}
		int n = Math.min(bytes.length, 4096) & ~1;
		int evenZeros = 0;
		int oddZeros = 0;
		for (int i = 0; i < n; i += 2) {
			evenZeros += bytes[i] == 0 ? 1 : 0;
			oddZeros += bytes[i + 1] == 0 ? 1 : 0;
		}
		int pairs = n / 2;
		return pairs >= 4 && Math.max(evenZeros, oddZeros) * 10 >= pairs * 3 && Math.min(evenZeros, oddZeros) * 10 < pairs;
	}

	/** Parses, links and validates one loaded resource. */
	public List<PlanDiagnostic> validate(String file, Resource resource) {
		List<PlanDiagnostic> out = new ArrayList<>();
		List<Issue> issues = validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl);
		for (Issue issue : issues) {
			out.add(toDiagnostic(file, resource, issue));
		}
		return out;
	}

	/**
	 * The 1-based column of {@code offset} in characters (code points) from the start of its line
	 * (after the last LF or CR before it), or {@code fallback} if the offset lies outside the text.
	 */
	public static int characterColumn(String text, int offset, int fallback) {
		if (offset < 0 || offset > text.length()) {
			return fallback;
		}
		int start = offset;
		while (start > 0 && text.charAt(start - 1) != '\n' && text.charAt(start - 1) != '\r') {
			start--;
		}
		return 1 + text.codePointCount(start, offset);
	}

	PlanDiagnostic toDiagnostic(String file, Resource resource, Issue issue) {
		String check = checkId(issue);
		String message = issue.getMessage();
		int line = issue.getLineNumber() == null ? 1 : issue.getLineNumber();
		int column = issue.getColumn() == null ? 1 : issue.getColumn();
		int endLine = issue.getLineNumberEnd() == null ? line : issue.getLineNumberEnd();
		int endColumn = issue.getColumnEnd() == null ? column + 1 : issue.getColumnEnd();
		String text = resource instanceof XtextResource x && x.getParseResult() != null ? x.getParseResult().getRootNode().getText() : null;
		if (text != null && issue.getOffset() != null && issue.getLength() != null) {
			// Xtext counts UTF-16 units; an author counts characters (an emoji or 𠀀 is one)
			column = characterColumn(text, issue.getOffset(), column);
			endColumn = characterColumn(text, issue.getOffset() + issue.getLength(), endColumn);
		}
		String element = null;
		if (issue.getUriToProblem() != null && issue.getUriToProblem().fragment() != null) {
			EObject o = resource.getEObject(issue.getUriToProblem().fragment());
			element = elementNames.nameOf(o);
		}
		List<String> data = issue.getData() == null ? List.of() : List.of(issue.getData());
		return new PlanDiagnostic(file, line, column, endLine, endColumn, severity(issue), check, message, element, data);
	}

	/**
	 * Lantu's own check ids (syntax and value come from PlanSyntaxErrorMessages) pass through;
	 * Xtext's linking code becomes reference.unresolved, any other Xtext code syntax.
	 */
	static String checkId(Issue issue) {
		String code = issue.getCode();
		if (Diagnostic.LINKING_DIAGNOSTIC.equals(code)) {
			return CheckType.REFERENCE_UNRESOLVED.id();
		}
		if (code == null || code.startsWith("org.eclipse.xtext")) {
			return CheckType.SYNTAX.id();
		}
		return code;
	}

	private static PlanDiagnostic.Severity severity(Issue issue) {
		return switch (issue.getSeverity()) {
		case ERROR -> PlanDiagnostic.Severity.ERROR;
		case WARNING -> PlanDiagnostic.Severity.WARNING;
		default -> PlanDiagnostic.Severity.INFO;
		};
	}
}
