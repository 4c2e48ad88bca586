package org.lantu.plan.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.IGrammarAccess;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.TerminalRule;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lantu.plan.api.CheckCatalogue;
import org.lantu.plan.findings.CheckType;

import com.google.inject.Inject;

/**
 * The two language references, English (docs/language.md) and Chinese (docs/用户手册.md), cover the
 * same constructs: every Chinese keyword of the grammar appears in both; and every check has its
 * entry in the catalogue (docs/checks.md) and a row in the Chinese guide.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(PlanInjectorProvider.class)
class DocumentationTest {

	@Inject
	IGrammarAccess grammar;

	static String doc(String name) throws Exception {
		return Files.readString(Path.of(System.getProperty("lantu.root", "../..")).resolve("docs").resolve(name), StandardCharsets.UTF_8);
	}

	@Test
	void bothLanguageReferencesNameEveryChineseKeyword() throws Exception {
		String english = doc("language.md");
		String chinese = doc("用户手册.md");
		TreeSet<String> missingInEnglish = new TreeSet<>();
		TreeSet<String> missingInChinese = new TreeSet<>();
		for (Keyword k : GrammarUtil.containedKeywords(grammar.getGrammar())) {
			String v = k.getValue();
			if (GrammarUtil.containingRule(k) instanceof TerminalRule) {
				continue; // a character range of a terminal (々, 〇), not a keyword an author writes
			}
			if (v.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
				if (!english.contains(v)) {
					missingInEnglish.add(v);
				}
				if (!chinese.contains(v)) {
					missingInChinese.add(v);
				}
			}
		}
		assertTrue(missingInEnglish.isEmpty(), "docs/language.md does not mention " + missingInEnglish);
		assertTrue(missingInChinese.isEmpty(), "docs/用户手册.md does not mention " + missingInChinese);
	}

	@Test
	void everyCheckIsInTheCatalogueAndTheGuide() throws Exception {
		String catalogue = doc("checks.md");
		String chinese = doc("用户手册.md");
		List<String> headings = catalogue.lines().filter(l -> l.startsWith("## ")).toList();
		for (String id : CheckType.ids()) {
			assertTrue(headings.stream().anyMatch(h -> h.matches("## (.*, )?" + Pattern.quote(id) + "(,| |$).*")),
					"docs/checks.md has no heading for " + id);
			assertTrue(chinese.contains("| `" + id + "` |"), "docs/用户手册.md has no row for " + id);
		}
	}

	@Test
	void theCatalogueDescribesOnlyDeclaredChecksAtTheirDeclaredLevel() throws Exception {
		var catalogue = CheckCatalogue.parse(doc("checks.md"));
		for (var entry : catalogue.entries()) {
			boolean saysWarning = entry.heading().matches(".*\\(warnings?\\)\\s*$");
			boolean saysInformation = entry.heading().matches(".*\\(information\\)\\s*$");
			for (String id : entry.ids()) {
				var check = CheckType.byId(id);
				assertTrue(check.isPresent(), "docs/checks.md describes '" + id + "', which no check declares");
				assertTrue(saysWarning == (check.get().level() == CheckType.Level.WARNING) && saysInformation == (check.get().level() == CheckType.Level.INFO),
						"docs/checks.md heading '" + entry.heading() + "' and the declaration of " + id + " disagree on its level (" + check.get().level() + ")");
			}
		}
		assertTrue(catalogue.undocumented().isEmpty(), "no catalogue entry for " + catalogue.undocumented());
	}
}
