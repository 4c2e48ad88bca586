package org.lantu.plan.cli;

import java.util.List;
import java.util.concurrent.Callable;

import org.lantu.plan.api.CheckCatalogue;
import org.lantu.plan.findings.CheckType;
import org.lantu.plan.findings.Lang;
import org.lantu.plan.findings.Messages;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code lantu explain [ID]}: a check's catalogue entry, or the list of checks. */
@Command(name = "explain", mixinStandardHelpOptions = true,
		description = { "Prints what a check verifies, an example and how to fix its findings.", "Without an id, lists every check." },
		footer = { "", "Examples:", "  lantu explain", "  lantu explain space.parts", "  lantu explain sum     (a whole family)" })
public class ExplainCommand implements Callable<Integer> {

	@Parameters(paramLabel = "ID", arity = "0..1", descriptionKey = "id", description = "a check id as shown in [brackets] by lantu check, or a family (sum, growth…)")
	String id;

	@CommandLine.Option(names = "--lang", paramLabel = "LANG", converter = ReadOptions.LangConverter.class,
			description = { "zh (中文: the title, what it finds and how to fix it, from the user guide) or en (the full English catalogue);",
					"default: LANTU_LANG if set, else zh" })
	Lang lang = Lang.preferred();

	@CommandLine.Spec
	CommandLine.Model.CommandSpec spec;

	@Override
	public Integer call() {
		CheckCatalogue catalogue = CheckCatalogue.load(lang);
		var out = spec.commandLine().getOut();
		if (id == null) {
			for (CheckCatalogue.Entry e : catalogue.entries()) {
				String paragraph = e.text().split("\n\\s*\n")[0].replace('\n', ' ');
				int stop = paragraph.indexOf(". ");
				String first = stop < 0 ? paragraph : paragraph.substring(0, stop + 1);
				out.println(String.join(", ", e.ids()));
				out.println("    " + first);
			}
			return 0;
		}
		var entry = catalogue.find(id);
		if (entry.isPresent()) {
			print(entry.get());
			return 0;
		}
		List<CheckCatalogue.Entry> family = catalogue.entries().stream().filter(e -> e.ids().stream().anyMatch(i -> i.startsWith(id + "."))).toList();
		if (!family.isEmpty()) {
			family.forEach(this::print);
			return 0;
		}
		List<String> near = CheckType.ids().stream().filter(i -> i.contains(id) || id.contains(i.split("\\.")[0])).toList();
		throw new CommandLine.ParameterException(spec.commandLine(), near.isEmpty() ? Messages.say(lang, "cli.usage.explain-unknown", id)
				: Messages.say(lang, "cli.usage.explain-near", id, String.join(", ", near)));
	}

	private void print(CheckCatalogue.Entry e) {
		var out = spec.commandLine().getOut();
		out.println(e.heading());
		out.println();
		out.println(e.text());
		out.println();
	}
}
