package org.lantu.plan.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.lantu.plan.findings.CheckType;

/** share.mismatch: a share is its part over its whole. Each with plans that pass and plans that fail; the failing plans use the seeds' own inconsistencies where they have one. */
class ShareChecksTest extends CheckFamilyTest {

	// ---------------------------------------------------------------- share.mismatch

	static final String SHARE = """
			plan p
			indicator gdp（亿元）{ base 2015: 1301.2 }
			indicator ind（亿元）{ base 2015: 720.59 }
			indicator rate（%%）{ base 2015: %s }
			share rate = ind / gdp
			""";

	@Test
	void aShareThatIsPartOverWholePasses() throws Exception {
		assertNone(parse(SHARE.formatted("约55.38")), CheckType.SHARE_MISMATCH.id());
		assertNone(parse(SHARE.formatted("55.38")), CheckType.SHARE_MISMATCH.id());
	}

	@Test
	void aShareWrittenAsAWholePercentageIsRounded() throws Exception {
		// 720.59 / 1301.2 is 55.38 %: 55 % is that share rounded, 56 % is not
		assertNone(parse(SHARE.formatted("55")), CheckType.SHARE_MISMATCH.id());
		only(parse(SHARE.formatted("56")), CheckType.SHARE_MISMATCH.id());
	}

	@Test
	void aWrongShareFails() throws Exception {
		Issue i = only(parse(SHARE.formatted("60")), CheckType.SHARE_MISMATCH.id());
		assertTrue(i.getMessage().contains("ind 720.59亿元 / gdp 1301.2亿元 = 55.38%, stated 60%"), i.getMessage());
		assertEquals(List.of("55"), List.of(i.getData()));
	}
}
