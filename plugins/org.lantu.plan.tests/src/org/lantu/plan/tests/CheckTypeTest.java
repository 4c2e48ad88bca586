package org.lantu.plan.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.lantu.plan.findings.CheckType;
import org.lantu.plan.findings.Lang;

/** The declarations of the checks are well formed: one id each, titles in both languages. */
class CheckTypeTest {

	@Test
	void idsAreUniqueAndWellFormed() {
		Set<String> seen = new HashSet<>();
		for (CheckType c : CheckType.all()) {
			assertTrue(seen.add(c.id()), "declared twice: " + c.id());
			assertTrue(c.id().matches("[a-z]+(\\.[a-z]+(-[a-z]+)*)?"), "not an id: " + c.id());
			assertEquals(c, CheckType.byId(c.id()).orElseThrow());
		}
	}

	@Test
	void everyCheckHasATitleInEachLanguage() {
		for (CheckType c : CheckType.all()) {
			assertTrue(c.title(Lang.ZH).codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN),
					c.id() + ": the Chinese title is not Chinese");
			assertFalse(c.title(Lang.EN).codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN),
					c.id() + ": the English title holds Chinese");
		}
	}

	@Test
	void aFamilySelectorSelectsItsChecksOnly() {
		assertTrue(CheckType.SPACE_PARTS.isSelectedBy("space"));
		assertTrue(CheckType.SPACE_PARTS.isSelectedBy("space.parts"));
		assertFalse(CheckType.SPACE_PARTS.isSelectedBy("spa"));
		assertFalse(CheckType.SPACE_PARTS.isSelectedBy("space.part"));
	}

	@Test
	void languageTagsAreReadLeniently() {
		assertEquals(Lang.ZH, Lang.parse("zh-CN").orElseThrow());
		assertEquals(Lang.EN, Lang.parse("EN_us").orElseThrow());
		assertTrue(Lang.parse("fr").isEmpty());
		assertTrue(Lang.parse(null).isEmpty());
	}
}
