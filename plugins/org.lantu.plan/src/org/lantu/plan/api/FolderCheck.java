package org.lantu.plan.api;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.lantu.plan.parser.DirectReader;
import org.lantu.plan.plan.Plan;
import org.lantu.plan.util.Workers;

/**
 * The files of one check, read and checked {@link PlanChecker.Options#jobs()} at a time.
 * <p>
 * A plan sees other plans only through its own imports (import-URI scoping), so its findings
 * depend on its text and the plans it imports, never on which other files are read beside it.
 * Hence two rounds: first every file is read, each worker into a resource set of its own, and a
 * plan that imports nothing is checked there and then (most plans of a folder, every district of a
 * city's); then the plans are gathered into one resource set and those that import others are
 * checked one after another, their imports found among the plans already read. One job runs both
 * rounds in the calling thread; the findings, sorted, are the same for any number of jobs
 * ({@code FolderCheckTest} compares them).
 */
final class FolderCheck {

	/** One file after the first round: its resource (null if it could not be read), findings, and whether it was checked. */
	private record Read(Path file, Resource resource, List<PlanDiagnostic> found, boolean checked) {
	}

	private final PlanChecker checker;
	private final PlanChecker.Options options;
	private final List<Path> inputs;
	private final PlanChecker.Progress progress;
	private final AtomicInteger done = new AtomicInteger();
	private int total;

	FolderCheck(PlanChecker checker, PlanChecker.Options options, List<Path> inputs, PlanChecker.Progress progress) {
		this.checker = checker;
		this.options = options;
		this.inputs = inputs;
		this.progress = progress;
	}

	/** Reads and checks {@code files}; adds their findings to {@code diagnostics}; returns the plans read, in file order. */
	Map<Path, Resource> run(List<Path> files, List<PlanDiagnostic> diagnostics) {
		total = files.size();
		XtextResourceSet shared = resourceSet(options);
		int jobs = Math.min(options.jobs(), files.size());
		List<Read> read = jobs <= 1 ? readHere(files, shared) : readInParallel(files, jobs);
		Map<Path, Resource> loaded = new LinkedHashMap<>();
		for (Read r : read) {
			diagnostics.addAll(r.found());
			if (r.resource() != null) {
				if (r.resource().getResourceSet() != shared) {
					shared.getResources().add(r.resource()); // leaves the worker's set
				}
				loaded.put(r.file(), r.resource());
			}
		}
		for (Read r : read) {
			if (r.resource() != null && !r.checked()) {
				diagnostics.addAll(checker.validate(r.file().toString(), r.resource()));
				tell();
			}
		}
		return loaded;
	}

	private List<Read> readHere(List<Path> files, XtextResourceSet set) {
		List<Read> read = new ArrayList<>();
		for (Path file : files) {
			read.add(read(file, set));
		}
		return read;
	}

	private List<Read> readInParallel(List<Path> files, int jobs) {
		// the files take the processors: each worker checks its plans' blocks on its own thread
		PlanChecker.Options oneThreadEach = options.withJobs(1);
		ThreadLocal<XtextResourceSet> sets = ThreadLocal.withInitial(() -> resourceSet(oneThreadEach));
		List<Callable<Read>> tasks = new ArrayList<>();
		for (Path file : files) {
			tasks.add(() -> read(file, sets.get()));
		}
		return Workers.inOrder("lantu-check", jobs, tasks);
	}

	/**
	 * A resource set for reading and checking: its plans are read without a node model where they can
	 * be ({@link DirectReader}), except when coverage is asked for (it reads the node model).
	 */
	private XtextResourceSet resourceSet(PlanChecker.Options with) {
		XtextResourceSet set = checker.resourceSet(with, inputs);
		if (!with.coverage()) {
			DirectReader.ask(set, with.jobs());
		}
		return set;
	}

	/** Reads one file, and checks it if it imports nothing. */
	private Read read(Path file, XtextResourceSet set) {
		List<PlanDiagnostic> found = new ArrayList<>();
		Resource r = checker.load(set, file, found);
		if (r == null) {
			tell();
			return new Read(file, null, found, true);
		}
		boolean importsNothing = r.getContents().isEmpty() || !(r.getContents().get(0) instanceof Plan plan) || plan.getImports().isEmpty();
		if (!importsNothing) {
			return new Read(file, r, found, false);
		}
		found.addAll(checker.validate(file.toString(), r));
		tell();
		return new Read(file, r, found, true);
	}

	private void tell() {
		synchronized (done) {
			progress.checked(done.incrementAndGet(), total);
		}
	}
}
