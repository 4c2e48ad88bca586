package org.lantu.plan.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.junit.jupiter.api.Test;
import org.lantu.plan.evaluate.CheckSettings;
import org.lantu.plan.evaluate.Facts;
import org.lantu.plan.findings.CheckType;
import org.lantu.plan.findings.Lang;
import org.lantu.plan.findings.Messages;
import org.lantu.plan.findings.Speaking;
import org.lantu.plan.findings.Text;
import org.lantu.plan.plan.ColumnKind;
import org.lantu.plan.plan.PlanPackage;
import org.lantu.plan.quantity.Dimension;

/**
 * Both languages say everything: the Chinese and English catalogues have the same keys with the
 * same arguments, every key the engine's sources name exists, every check has its sentences, and
 * the Chinese ones are Chinese.
 */
class MessagesTest {

	private static final Pattern ARG = Pattern.compile("\\{(\\d+)\\}");

	private static Set<String> args(String pattern) {
		Set<String> found = new TreeSet<>();
		Matcher m = ARG.matcher(pattern);
		while (m.find()) {
			found.add(m.group(1));
		}
		return found;
	}

	@Test
	void bothLanguagesHaveTheSameKeysAndArguments() {
		assertEquals(Messages.keys(Lang.EN), Messages.keys(Lang.ZH), "the two catalogues name different keys");
		for (String key : Messages.keys(Lang.EN)) {
			assertEquals(args(Messages.pattern(Lang.EN, key)), args(Messages.pattern(Lang.ZH, key)), "arguments of " + key);
		}
	}

	@Test
	void theChineseSentencesAreChinese() {
		for (String key : Messages.keys(Lang.ZH)) {
			String zh = ARG.matcher(Messages.pattern(Lang.ZH, key)).replaceAll("");
			boolean han = zh.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
			assertTrue(han || zh.codePoints().noneMatch(Character::isLetter), key + " is not Chinese: " + zh);
		}
	}

	@Test
	void everyKeyTheSourcesNameExists() throws Exception {
		Path root = Path.of(System.getProperty("lantu.root", "../.."));
		Pattern literal = Pattern.compile("(?:Text\\.of\\(|say\\((?:[\\w.()]+, )?)\"([a-z][a-z0-9._-]*[a-z0-9])\"");
		List<String> missing = new ArrayList<>();
		int found = 0;
		try (Stream<Path> files = Stream.of("plugins/org.lantu.plan/src", "plugins/org.lantu.plan.ide/src", "plugins/org.lantu.plan.eclipse/src")
				.flatMap(folder -> {
					try {
						return Files.walk(root.resolve(folder));
					} catch (IOException e) {
						throw new UncheckedIOException(e);
					}
				})) {
			for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
				Matcher m = literal.matcher(Files.readString(f, StandardCharsets.UTF_8));
				while (m.find()) {
					found++;
					if (Messages.pattern(Lang.EN, m.group(1)) == null) {
						missing.add(m.group(1) + " (" + f.getFileName() + ")");
					}
				}
			}
		}
		assertTrue(found > 50, "the scan found the keys (" + found + ")");
		assertTrue(missing.isEmpty(), "keys missing from the catalogue: " + missing);
	}

	/**
	 * Lantu Studio's menus, commands, wizard and preference page: every {@code %key} of plugin.xml
	 * (and of the manifest) in Chinese (OSGI-INF/l10n/bundle.properties, the default) and in English
	 * (bundle_en.properties, for an English workbench), the same keys in both.
	 */
	@Test
	void theWorkbenchContributionsSayEverythingInBothLanguages() throws Exception {
		Path bundle = Path.of(System.getProperty("lantu.root", "../..")).resolve("plugins/org.lantu.plan.eclipse");
		Properties zh = new Properties();
		Properties en = new Properties();
		try (var in = Files.newBufferedReader(bundle.resolve("OSGI-INF/l10n/bundle.properties"), StandardCharsets.UTF_8)) {
			zh.load(in);
		}
		try (var in = Files.newBufferedReader(bundle.resolve("OSGI-INF/l10n/bundle_en.properties"), StandardCharsets.UTF_8)) {
			en.load(in);
		}
		assertEquals(en.stringPropertyNames(), zh.stringPropertyNames(), "the Chinese and English files name the same keys");
		Matcher used = Pattern.compile("\"%([\\w.]+)\"|>%([\\w.]+)<|: %([\\w.]+)").matcher(
				Files.readString(bundle.resolve("plugin.xml"), StandardCharsets.UTF_8) + Files.readString(bundle.resolve("META-INF/MANIFEST.MF"), StandardCharsets.UTF_8));
		int found = 0;
		while (used.find()) {
			String key = used.group(1) != null ? used.group(1) : used.group(2) != null ? used.group(2) : used.group(3);
			found++;
			assertTrue(zh.containsKey(key), key + " is missing from bundle.properties");
		}
		assertTrue(found > 20, "the scan found the keys (" + found + ")");
		for (String key : zh.stringPropertyNames()) {
			String text = ARG.matcher(zh.getProperty(key)).replaceAll("");
			assertTrue(text.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN), key + " is not Chinese: " + text);
		}
	}

	@Test
	void keysMadeFromNamesExist() {
		List<String> keys = new ArrayList<>();
		for (Facts.Kind k : Facts.Kind.values()) {
			keys.add(k.text().key());
		}
		for (Dimension d : Dimension.values()) {
			keys.add("dimension." + d.name().toLowerCase(Locale.ROOT));
		}
		for (ColumnKind c : ColumnKind.values()) {
			keys.add("column." + c.getName().toLowerCase(Locale.ROOT));
		}
		for (EClassifier c : PlanPackage.eINSTANCE.getEClassifiers()) {
			if (c instanceof EClass e && e.getEStructuralFeature("name") != null && !e.isAbstract()) {
				keys.add("element." + e.getName().toLowerCase(Locale.ROOT));
			}
		}
		for (String s : List.of("sum.mismatch.stated-parts", "sum.of-which")) {
			keys.add(s + ".exceed");
			keys.add(s + ".lenient");
		}
		List<String> missing = keys.stream().filter(k -> Messages.pattern(Lang.EN, k) == null).toList();
		assertTrue(missing.isEmpty(), "keys missing from the catalogue: " + missing);
	}

	@Test
	void everyCheckOfTheEngineHasItsSentences() {
		for (CheckType c : CheckType.all()) {
			// what keeps a file from being read is said under files.*
			String prefix = c == CheckType.FILE ? "files." : c.id() + ".";
			assertTrue(Messages.keys(Lang.EN).stream().anyMatch(k -> k.startsWith(prefix)), c.id() + " has no sentence in the catalogue");
		}
	}

	@Test
	void argumentsArePutInAsWritten() {
		assertEquals("总产值 2030年目标值", Text.of("value.of", "总产值", Text.of("key.year", 2030, Text.of("kind.target"))).in(Lang.ZH));
		assertEquals("总产值 2030 target", Text.of("value.of", "总产值", Text.of("key.year", 2030, Text.of("kind.target"))).in(Lang.EN));
		// no number formatting (2,030), no quoting rules ('), braces that are not arguments stay
		assertEquals("'x' has table cells but is not in an indicator table; write its values as properties: { target 2025: … }",
				Text.of("table.cells.outside", "x").in(Lang.EN));
		assertEquals("no.such.key[1]", Text.of("no.such.key", 1).in(Lang.ZH));
	}

	@Test
	void theProcessLanguageIsAPreference() {
		try {
			Lang.prefer(Lang.EN);
			assertEquals(Lang.EN, Speaking.of(null), "a resource set without settings (a language server's)");
			assertEquals(Lang.EN, new CheckSettings().lang());
			assertEquals(Lang.ZH, new CheckSettings().setLang(Lang.ZH).lang(), "a run's own --lang wins");
		} finally {
			Lang.prefer(null);
		}
	}
}
