package org.lantu.plan.render;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.lantu.plan.api.CheckFilter;
import org.lantu.plan.api.PlanChecker;
import org.lantu.plan.render.document.Document;
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
}
