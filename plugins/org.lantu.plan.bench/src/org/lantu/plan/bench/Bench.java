package org.lantu.plan.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.ref.Reference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.EcoreUtil2;
import org.lantu.plan.api.PlanChecker;
import org.lantu.plan.api.PlanDiagnostic;
import org.lantu.plan.parser.DirectReader;
import org.lantu.plan.plan.Plan;
import org.lantu.plan.render.HtmlWriter;
import org.lantu.plan.render.TableModel;
import org.lantu.plan.render.TableWriters;
import org.lantu.plan.render.document.DocumentBuilder;

/**
 * The benchmark (run on demand with {@code bench/run}, never in unit tests): throughput of each
 * stage on synthetic plans of 1, 2, 5 and 10 MB, the growth of cost with size, peak heap, the
 * command line's cold start, and a side-by-side run with hledger and beancount on the same number
 * of numeric facts and assertions. It also asserts that every planted inconsistency is found.
 * Results are printed as a table and written as Markdown.
 */
public final class Bench {

	record Stage(String name, double seconds) {
	}

	record SizeResult(double megabytes, int facts, double parse, double link, double check, double render, double export, long peakHeap,
			long retainedHeap, int planted, int found) {
		double total() {
			return parse + link + check;
		}
	}

	public static void main(String[] args) throws Exception {
		Path out = Path.of(arg(args, "--out", "docs/performance.md"));
		Path launcher = Path.of(arg(args, "--lantu", "lantu")).toAbsolutePath();
		double[] sizes = Arrays.stream(arg(args, "--sizes", "1,2,5,10").split(",")).mapToDouble(Double::parseDouble).toArray();
		Path work = Files.createTempDirectory("lantu-bench");
		PlanChecker checker = PlanChecker.create();

		System.out.println("warming up…");
		measure(checker, work, 1, 1);
		List<SizeResult> results = new ArrayList<>();
		for (double mb : sizes) {
			SizeResult r = measure(checker, work, mb, 3);
			results.add(r);
			System.out.printf(Locale.ROOT, "%5.1f MB: parse %.2f s, link %.2f s, check %.2f s, render %.2f s, export %.2f s, heap pools' peak %d MB, retained heap %d MB, planted %d found %d%n",
					r.megabytes(), r.parse(), r.link(), r.check(), r.render(), r.export(), r.peakHeap() >> 20, r.retainedHeap() >> 20, r.planted(), r.found());
			if (r.found() != r.planted()) {
				throw new AssertionError("planted inconsistencies not all found: " + r.found() + " of " + r.planted());
			}
		}

		// ./lantu makes its start-up cache on its first run: once, before any run is timed
		Path small = work.resolve("small.plan");
		Files.writeString(small, SyntheticPlan.ofBlocks(5, 3, 0).text(), StandardCharsets.UTF_8);
		time(List.of(launcher.toString(), "check", small.toString()));

		// the largest plan checked by the command line in a JVM limited to 1 GB of heap
		Path largest = work.resolve("synthetic-" + sizes[sizes.length - 1] + ".plan");
		System.out.println("the largest plan within -Xmx1g…");
		long c0 = System.nanoTime();
		String output = output(List.of(launcher.toString(), "check", "--lang", "en", largest.toString()), "-Xmx1g");
		Report.Bounded bounded = new Report.Bounded(Files.size(largest) / 1048576.0, s(System.nanoTime() - c0),
				output.contains(" checked: ") && !output.contains("OutOfMemoryError"));
		System.out.printf(Locale.ROOT, "%.1f MB in -Xmx1g: %.1f s, %s%n", bounded.megabytes(), bounded.seconds(), bounded.completed() ? "completed" : "failed");

		// the command line, cold, on a small plan and on 25,000 facts; hledger and beancount on the same
		double coldSmall = median(5, () -> time(List.of(launcher.toString(), "check", small.toString())));
		SyntheticPlan.Generated facts = SyntheticPlan.ofBlocks(25_000 / 26 + 1, 4, 0);
		Path factsPlan = work.resolve("facts.plan");
		Files.writeString(factsPlan, facts.text(), StandardCharsets.UTF_8);
		Path journal = work.resolve("facts.journal");
		Files.writeString(journal, Peers.hledger(facts.facts(), facts.assertions()), StandardCharsets.UTF_8);
		Path beancount = work.resolve("facts.beancount");
		Files.writeString(beancount, Peers.beancount(facts.facts(), facts.assertions()), StandardCharsets.UTF_8);
		// Lantu and hledger in turns, so that both meet the machine in the same minutes (its speed drifts by 10 % and more)
		Timed lantuOnFacts = () -> time(List.of(launcher.toString(), "check", factsPlan.toString()));
		double[] paired = Peers.available("hledger")
				? medians(5, lantuOnFacts, () -> time(List.of("hledger", "-f", journal.toString(), "check")))
				: new double[] { median(5, lantuOnFacts), Double.NaN };
		double coldFacts = paired[0];
		double hledger = paired[1];
		double beanCheck = Peers.available("bean-check") ? median(3, () -> time(List.of("bean-check", beancount.toString()))) : Double.NaN;

		System.out.println("language server…");
		LspBench.Result lsp = LspBench.run(work, 5_000, 50, 50, 10_000);
		System.out.printf(Locale.ROOT, "language server, %d lines: diagnostics p95 %.0f ms, completion p95 %.0f ms, rapid edits: %d errors, heap %d -> %d MB%n",
				lsp.lines(), LspBench.Result.percentile(lsp.diagnosticsMs(), 0.95), LspBench.Result.percentile(lsp.completionMs(), 0.95), lsp.errors(),
				lsp.heapBeforeMb(), lsp.heapAfterMb());

		System.out.println("formatting a 5 MB plan in the language server…");
		LspBench.Formatting formatting = LspBench.formatting(work, 5);
		System.out.printf(Locale.ROOT, "formatting %,d bytes: %,d edits in %.1f s%n", formatting.bytes(), formatting.edits(), formatting.seconds());

		System.out.println("workspace…");
		Report.Workspace workspace = workspace(checker, launcher, work.resolve("workspace"), 999);
		System.out.printf(Locale.ROOT, "workspace of %d files: cold %.2f s (one job %.2f s), warm %.2f s%n", workspace.files(), workspace.coldSeconds(),
				workspace.coldOneJobSeconds(), workspace.warmSeconds());

		String report = Report.markdown(results, bounded, coldSmall, coldFacts, facts.facts(), facts.assertions(), hledger, beanCheck, lsp, formatting, workspace,
				Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
		System.out.println();
		System.out.println(report);
		Files.createDirectories(out.toAbsolutePath().getParent());
		Files.writeString(out, report, StandardCharsets.UTF_8);
		System.out.println("written to " + out);
		removeAll(work); // the generated plans (about 25 MB) are not kept
	}

	/** Deletes {@code dir} and what it holds. */
	private static void removeAll(Path dir) throws IOException {
		try (var walk = Files.walk(dir)) {
			for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(p);
			}
		}
	}

	/** Writes the district plans and the city plan, then checks the folder warm (in this JVM) and cold (the command line). */
	static Report.Workspace workspace(PlanChecker checker, Path launcher, Path folder, int districts) throws Exception {
		Files.createDirectories(folder);
		long bytes = 0;
		for (var e : SyntheticPlan.workspace(districts, 5).entrySet()) {
			Path f = folder.resolve(e.getKey());
			Files.writeString(f, e.getValue(), StandardCharsets.UTF_8);
			bytes += Files.size(f);
		}
		long t0 = System.nanoTime();
		List<PlanDiagnostic> found = checker.check(List.of(folder)).diagnostics();
		double warm = s(System.nanoTime() - t0);
		if (found.size() != 1 || !found.get(0).check().equals("sum.mismatch")) {
			throw new AssertionError("the workspace should give exactly its planted sum.mismatch: " + found);
		}
		double cold = median(3, () -> time(List.of(launcher.toString(), "check", folder.toString())));
		double coldOneJob = median(3, () -> time(List.of(launcher.toString(), "check", "--jobs", "1", folder.toString())));
		return new Report.Workspace(districts + 1, bytes, warm, cold, coldOneJob, found.size());
	}

	static SizeResult measure(PlanChecker checker, Path work, double megabytes, int runs) throws Exception {
		SyntheticPlan.Generated g = SyntheticPlan.ofSize((long) (megabytes * 1024 * 1024), 1, 50);
		Path file = work.resolve("synthetic-" + megabytes + ".plan");
		Files.writeString(file, g.text(), StandardCharsets.UTF_8);
		double mb = Files.size(file) / 1048576.0;
		SizeResult best = null;
		for (int run = 0; run < runs; run++) {
			System.gc();
			resetPeaks();
			List<PlanDiagnostic> diagnostics = new ArrayList<>();
			var set = checker.resourceSet(PlanChecker.Options.DEFAULT);
			DirectReader.ask(set, PlanChecker.Options.DEFAULT.jobs()); // read as the command line reads: without a node model, linked as it is read
			long t0 = System.nanoTime();
			Resource r = checker.load(set, file, diagnostics);
			long t1 = System.nanoTime();
			EcoreUtil2.resolveAll(r);
			long t2 = System.nanoTime();
			diagnostics.addAll(checker.validate(file.toString(), r));
			long t3 = System.nanoTime();
			Plan plan = (Plan) r.getContents().get(0);
			String html = HtmlWriter.write(new DocumentBuilder(checker.facts(), "zh").build(plan, file.getFileName().toString(), diagnostics, null));
			long t4 = System.nanoTime();
			byte[] xlsx = TableWriters.xlsx(new TableModel(checker.facts(), "zh").sheets(plan, file.getFileName().toString(), diagnostics));
			long t5 = System.nanoTime();
			long peak = peakHeap();
			System.gc(); // a full collection while the model, the findings and the outputs are still held
			long retained = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
			Reference.reachabilityFence(r);
			Reference.reachabilityFence(diagnostics);
			Reference.reachabilityFence(html);
			Reference.reachabilityFence(xlsx);
			int found = 0;
			for (SyntheticPlan.Planted p : g.planted()) {
				String tag = "N" + p.block();
				if (diagnostics.stream().anyMatch(d -> d.check().equals(p.check()) && d.message().matches("(?s).*" + tag + "(?![0-9]).*"))) {
					found++;
				}
			}
			if (html.isEmpty() || xlsx.length == 0) {
				throw new AssertionError("nothing rendered");
			}
			SizeResult result = new SizeResult(mb, g.facts(), s(t1 - t0), s(t2 - t1), s(t3 - t2), s(t4 - t3), s(t5 - t4), peak, retained, g.planted().size(), found);
			if (best == null || result.total() < best.total()) {
				best = result;
			}
		}
		return best;
	}

	private static double s(long nanos) {
		return nanos / 1e9;
	}

	private static void resetPeaks() {
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP) {
				pool.resetPeakUsage();
			}
		}
	}

	private static long peakHeap() {
		long sum = 0;
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP) {
				sum += pool.getPeakUsage().getUsed();
			}
		}
		return sum;
	}

	interface Timed {
		double run() throws Exception;
	}

	/** The median time of each command, run {@code n} times in turns (first, second, first, second…). */
	static double[] medians(int n, Timed... timed) throws Exception {
		double[][] t = new double[timed.length][n];
		for (int i = 0; i < n; i++) {
			for (int k = 0; k < timed.length; k++) {
				t[k][i] = timed[k].run();
			}
		}
		double[] medians = new double[timed.length];
		for (int k = 0; k < timed.length; k++) {
			Arrays.sort(t[k]);
			medians[k] = t[k][n / 2];
		}
		return medians;
	}

	static double median(int n, Timed timed) throws Exception {
		double[] t = new double[n];
		for (int i = 0; i < n; i++) {
			t[i] = timed.run();
		}
		Arrays.sort(t);
		return t[n / 2];
	}

	/** Wall time of a command, in seconds; its output is discarded. */
	static double time(List<String> command) throws Exception {
		long t0 = System.nanoTime();
		output(command, null);
		return s(System.nanoTime() - t0);
	}

	/** What a command prints (both streams); {@code javaOptions}, when given, are the JVM options for Lantu. */
	static String output(List<String> command, String javaOptions) throws Exception {
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
		if (javaOptions != null) {
			builder.environment().put("LANTU_JAVA_OPTS", javaOptions);
		}
		Process p = builder.start();
		ByteArrayOutputStream sink = new ByteArrayOutputStream();
		p.getInputStream().transferTo(sink);
		if (!p.waitFor(900, TimeUnit.SECONDS)) {
			p.destroyForcibly();
			throw new IllegalStateException("timed out: " + command);
		}
		return sink.toString(StandardCharsets.UTF_8);
	}

	private static String arg(String[] args, String name, String fallback) {
		for (int i = 0; i + 1 < args.length; i++) {
			if (args[i].equals(name)) {
				return args[i + 1];
			}
		}
		return fallback;
	}
}
