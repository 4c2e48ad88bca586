package org.lantu.plan.render;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.lantu.plan.api.CheckFilter;
import org.lantu.plan.api.PlanChecker;
import org.lantu.plan.render.document.Document;
import org.lantu.plan.render.document.Document.Block;
import org.lantu.plan.render.document.Document.Division;
import org.lantu.plan.render.document.Document.DivisionKind;
import org.lantu.plan.render.document.Document.Facts;
import org.lantu.plan.render.document.Document.Grid;
import org.lantu.plan.render.document.Document.IndicatorTable;
import org.lantu.plan.render.document.Document.ProjectFacts;
import org.lantu.plan.render.document.Document.TextTable;
import org.lantu.plan.render.document.DocumentBuilder;

/** The example plans and their documents, for the writers' tests. */
public final class Examples {
	private Examples() {
	}

	private static final PlanChecker CHECKER = PlanChecker.create();

	public static Path folder() {
		return Path.of(System.getProperty("lantu.root", "../..")).resolve("examples");
	}

	/** Every example plan, in the order of their names. */
	public static List<Path> plans() throws IOException {
		try (Stream<Path> s = Files.list(folder())) {
			return s.filter(p -> p.toString().endsWith(".plan")).sorted().toList();
		}
	}

	/** The checked document of {@code plan}, its labels in {@code lang}. */
	public static synchronized Document document(Path plan, String lang) {
		var c = CHECKER.checkAndKeep(List.of(plan), CheckFilter.ALL, PlanChecker.Options.DEFAULT).plans().get(0);
		return new DocumentBuilder(CHECKER.facts(), lang).build(c.plan(), plan.getFileName().toString(), c.diagnostics(), c.coverage());
	}

	/** The headings a document prints: divisions' (a box's and an annex's by their title), tasks', items' and projects' names, at any depth. */
	public static List<String> headings(List<Block> blocks) {
		List<String> out = new ArrayList<>();
		for (Block b : blocks) {
			if (b instanceof Division d) {
				out.add(d.kind() == DivisionKind.BOX ? (d.title() == null ? "" : d.title()) : d.kind() == DivisionKind.ANNEX ? d.title() : d.heading());
				out.addAll(headings(d.children()));
			} else if (b instanceof Facts f) {
				out.add(f.heading());
				out.addAll(headings(f.children()));
			} else if (b instanceof ProjectFacts p) {
				out.add(p.name());
				out.addAll(headings(p.children()));
			}
		}
		return out;
	}

	/** The indicator grids of {@code blocks}, at any depth. */
	public static List<Grid> grids(List<Block> blocks) {
		List<Grid> out = new ArrayList<>();
		for (Block b : blocks) {
			if (b instanceof IndicatorTable it) {
				out.add(it.grid());
			} else if (b instanceof TextTable t && t.grid() != null) {
				out.add(t.grid());
			} else if (b instanceof Division d) {
				out.addAll(grids(d.children()));
			} else if (b instanceof Facts f) {
				out.addAll(grids(f.children()));
			} else if (b instanceof ProjectFacts p) {
				out.addAll(grids(p.children()));
			}
		}
		return out;
	}
}
