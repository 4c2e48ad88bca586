package org.lantu.plan.api;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CoderResult;
import java.nio.charset.CharsetDecoder;
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
import org.lantu.plan.validation.CheckIds;

import com.google.inject.Inject;
import com.google.inject.Injector;
import com.google.inject.Provider;

/**
 * The one entry point the command line and the build plugin call: read plan files (or every
 * {@code .plan} under a directory), parse, link and validate them, and return diagnostics with
 * file, line and column. Unreadable input becomes a diagnostic, never an exception.
 */
public class PlanChecker {

	public static final String EXTENSION = ".plan";

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	@Inject
	private IResourceValidator validator;

	@Inject
	private ElementNames elementNames;

	@Inject
	private org.lantu.plan.evaluate.Evaluator evaluator;

	/** The evaluator the checks use, for generators that show evaluated values. */
	public org.lantu.plan.evaluate.Evaluator evaluator() {
		return evaluator;
	}

	/** How to read qualifiers: {@code --strict} and {@code --tolerance} (a fraction: 0.05 = ±5 %). */
	public record Options(boolean strict, java.math.BigDecimal tolerance) {
		public static final Options DEFAULT = new Options(false, CheckSettings.DEFAULT_TOLERANCE);
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

	/** Plan files named by the arguments: files as given, directories searched for *.plan. */
	public static List<Path> expand(List<Path> inputs, List<PlanDiagnostic> problems) {
		List<Path> files = new ArrayList<>();
		for (Path input : inputs) {
			if (Files.isDirectory(input)) {
				try (Stream<Path> walk = Files.walk(input)) {
					List<Path> found = walk.filter(p -> p.toString().endsWith(EXTENSION) && Files.isRegularFile(p)).sorted().toList();
					if (found.isEmpty()) {
						problems.add(PlanDiagnostic.ofFile(input.toString(), 1, 1, CheckIds.FILE, "directory contains no " + EXTENSION + " files"));
					}
					files.addAll(found);
				} catch (IOException e) {
					problems.add(PlanDiagnostic.ofFile(input.toString(), 1, 1, CheckIds.FILE, "cannot read directory: " + e.getMessage()));
				}
			} else if (!Files.exists(input)) {
				problems.add(PlanDiagnostic.ofFile(input.toString(), 1, 1, CheckIds.FILE, "no such file"));
			} else {
				files.add(input);
			}
		}
		return files;
	}

	public CheckReport check(List<Path> inputs) {
		return check(inputs, CheckFilter.ALL, Options.DEFAULT);
	}

	/** Checks the plans with the given reading of qualifiers, reporting only what the filter keeps. */
	public CheckReport check(List<Path> inputs, CheckFilter filter, Options options) {
		return checkAndKeep(inputs, filter, options).report();
	}

	/** One plan file as checked: its model (null if it could not be read) and its own findings. */
	public record CheckedPlan(Path file, org.lantu.plan.plan.Plan plan, List<PlanDiagnostic> diagnostics) {
	}

	/** The outcome of a check, with the models, for generators that publish what was checked. */
	public record Checked(CheckReport report, List<CheckedPlan> plans) {
	}

	/** Checks the plans and keeps their models (linked, evaluated as checked) for rendering. */
	public Checked checkAndKeep(List<Path> inputs, CheckFilter filter, Options options) {
		List<PlanDiagnostic> diagnostics = new ArrayList<>();
		List<Path> files = expand(inputs, diagnostics);
		XtextResourceSet resourceSet = newResourceSet();
		new CheckSettings().setStrict(options.strict()).setTolerance(options.tolerance()).attachTo(resourceSet);
		Map<Path, Resource> loaded = new LinkedHashMap<>();
		for (Path file : files) {
			Resource r = load(resourceSet, file, diagnostics);
			if (r != null) {
				loaded.put(file, r);
			}
		}
		for (Map.Entry<Path, Resource> e : loaded.entrySet()) {
			diagnostics.addAll(validate(e.getKey().toString(), e.getValue()));
		}
		diagnostics.removeIf(d -> !filter.keeps(d.check()));
		if (options.strict()) {
			diagnostics.replaceAll(PlanDiagnostic::asErrorIfWarning);
		}
		Collections.sort(diagnostics);
		List<CheckedPlan> plans = new ArrayList<>();
		for (Path file : files) {
			Resource r = loaded.get(file);
			org.lantu.plan.plan.Plan plan = r != null && !r.getContents().isEmpty() && r.getContents().get(0) instanceof org.lantu.plan.plan.Plan p ? p : null;
			plans.add(new CheckedPlan(file, plan, diagnostics.stream().filter(d -> d.file().equals(file.toString())).toList()));
		}
		return new Checked(new CheckReport(files.stream().map(Path::toString).toList(), diagnostics), plans);
	}

	@Inject
	private org.eclipse.xtext.formatting2.IFormatter2 formatter;

	@Inject
	private Provider<org.eclipse.xtext.formatting2.FormatterRequest> formatterRequests;

	@Inject
	private Provider<org.eclipse.xtext.formatting2.regionaccess.TextRegionAccessBuilder> regionAccess;

	/**
	 * The plan's text in the standard layout, or null (with problems reported) when the file
	 * cannot be read or has syntax errors: only a plan that parses is reformatted.
	 */
	public String format(Path file, List<PlanDiagnostic> problems) {
		Resource r = load(newResourceSet(), file, problems);
		if (r == null) {
			return null;
		}
		if (!r.getErrors().isEmpty()) {
			for (var e : r.getErrors()) {
				problems.add(PlanDiagnostic.ofFile(file.toString(), e.getLine(), Math.max(1, e.getColumn()), CheckIds.SYNTAX, e.getMessage()));
			}
			return null;
		}
		var access = regionAccess.get().forNodeModel((XtextResource) r).create();
		var request = formatterRequests.get();
		request.setTextRegionAccess(access);
		request.setPreferences(org.eclipse.xtext.preferences.TypedPreferenceValues.castOrWrap(
				new org.eclipse.xtext.preferences.MapBasedPreferenceValues(Map.of(org.eclipse.xtext.formatting2.FormatterPreferenceKeys.indentation.getId(), "  "))));
		return access.getRewriter().renderToString(formatter.format(request));
	}

	/** A resource set configured for loading plans with the given options (for tools that time the stages). */
	public XtextResourceSet resourceSet(Options options) {
		XtextResourceSet set = newResourceSet();
		new CheckSettings().setStrict(options.strict()).setTolerance(options.tolerance()).attachTo(set);
		return set;
	}

	private XtextResourceSet newResourceSet() {
		XtextResourceSet set = resourceSets.get();
		set.addLoadOption(XtextResource.OPTION_ENCODING, StandardCharsets.UTF_8.name());
		return set;
	}

	/** Reads one plan on its own (for generators and tests); null, with problems reported, if it cannot be read. */
	public org.lantu.plan.plan.Plan parse(Path file, List<PlanDiagnostic> problems) {
		Resource r = load(newResourceSet(), file, problems);
		if (r == null || r.getContents().isEmpty() || !(r.getContents().get(0) instanceof org.lantu.plan.plan.Plan plan)) {
			return null;
		}
		EcoreUtil2.resolveLazyCrossReferences(r, CancelIndicator.NullImpl);
		return plan;
	}

	/** Loads one file into the resource set, or reports why it cannot be read and returns null. */
	public Resource load(XtextResourceSet resourceSet, Path file, List<PlanDiagnostic> diagnostics) {
		String name = file.toString();
		byte[] bytes;
		try {
			bytes = Files.readAllBytes(file);
		} catch (IOException e) {
			diagnostics.add(PlanDiagnostic.ofFile(name, 1, 1, CheckIds.FILE, "cannot read file: " + e.getMessage()));
			return null;
		}
		if (!name.endsWith(EXTENSION)) {
			diagnostics.add(PlanDiagnostic.ofFile(name, 1, 1, CheckIds.FILE, "not a plan file (plans end in " + EXTENSION + ")"));
			return null;
		}
		String text = decodeUtf8(bytes, name, diagnostics);
		if (text == null) {
			return null;
		}
		if (text.replace("\uFEFF", "").isBlank()) {
			diagnostics.add(PlanDiagnostic.ofFile(name, 1, 1, CheckIds.FILE, "the file is empty; a plan starts with: plan <name> \"<title>\""));
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
			diagnostics.add(PlanDiagnostic.ofFile(name, 1, 1, CheckIds.FILE, tooDeep
					? "the elements are nested too deeply to be read; a plan rarely needs more than a few levels of chapters, sections and boxes"
					: "cannot parse: " + e.getMessage()));
			return null;
		}
		int depth = depth(resource);
		if (depth > MAX_DEPTH) {
			diagnostics.add(PlanDiagnostic.ofFile(name, 1, 1, CheckIds.FILE, "the elements are nested more than " + MAX_DEPTH
					+ " levels deep, more than Lantu reads (a plan rarely needs more than a few levels of chapters, sections and boxes)"));
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
	static String decodeUtf8(byte[] bytes, String name, List<PlanDiagnostic> diagnostics) {
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
		int column = before.length() - before.lastIndexOf('\n');
		diagnostics.add(PlanDiagnostic.ofFile(name, line, column, CheckIds.FILE, String.format(
				"invalid UTF-8 (byte 0x%02X at offset %d); plans are UTF-8 text: re-save the file as UTF-8 (a GBK file can be converted with: iconv -f GBK -t UTF-8)",
				bytes[bad] & 0xFF, bad)));
		return null;
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

	PlanDiagnostic toDiagnostic(String file, Resource resource, Issue issue) {
		String check = checkId(issue);
		String message = issue.getMessage();
		if (CheckIds.REFERENCE_UNRESOLVED.equals(check)) {
			message = message.replace("Couldn't resolve reference to Referable", "unknown name");
		}
		int line = issue.getLineNumber() == null ? 1 : issue.getLineNumber();
		int column = issue.getColumn() == null ? 1 : issue.getColumn();
		int endLine = issue.getLineNumberEnd() == null ? line : issue.getLineNumberEnd();
		int endColumn = issue.getColumnEnd() == null ? column + 1 : issue.getColumnEnd();
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
			return CheckIds.REFERENCE_UNRESOLVED;
		}
		if (code == null || code.startsWith("org.eclipse.xtext")) {
			return CheckIds.SYNTAX;
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
