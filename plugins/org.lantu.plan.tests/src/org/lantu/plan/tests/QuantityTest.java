package org.lantu.plan.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.lantu.plan.quantity.ChineseNumerals;
import org.lantu.plan.quantity.Decimals;
import org.lantu.plan.quantity.Dimension;
import org.lantu.plan.quantity.Interval;
import org.lantu.plan.quantity.Unit;
import org.lantu.plan.quantity.Units;

/** Interval arithmetic, decimal roots and growth, unit sizes and count words. */
class QuantityTest {

	static BigDecimal d(String s) {
		return new BigDecimal(s);
	}

	@Test
	void openAndClosedBoundsMeet() {
		Interval over70 = Interval.atLeast(d("70"), true);
		Interval atMost70 = Interval.atMost(d("70"), false);
		assertFalse(over70.meets(atMost70), "> 70 and ≤ 70 cannot both hold");
		assertTrue(Interval.atLeast(d("70"), false).meets(atMost70), "≥ 70 and ≤ 70 meet at 70");
		assertTrue(Interval.closed(d("1900"), d("2100")).meets(Interval.point(d("2100"))));
		assertFalse(Interval.closed(d("1900"), d("2100")).meets(Interval.point(d("2252"))));
		assertTrue(Interval.ALL.meets(Interval.point(d("-1"))));
	}

	@Test
	void aPartCanBeAtMostItsWholeWhenSomeOfItsValuesAre() {
		assertTrue(Interval.closed(d("90"), d("110")).canBeAtMost(Interval.point(d("100"))), "约100 can fit within 100");
		assertTrue(Interval.point(d("100")).canBeAtMost(Interval.point(d("100"))), "equal values fit");
		assertFalse(Interval.atLeast(d("100"), true).canBeAtMost(Interval.point(d("100"))), "超过100 does not fit within 100");
		assertFalse(Interval.point(d("100")).canBeAtMost(Interval.atMost(d("100"), true)), "100 is not below 低于100");
		assertFalse(Interval.point(d("101")).canBeAtMost(Interval.point(d("100"))));
		assertTrue(Interval.ALL.canBeAtMost(Interval.point(d("-5"))), "an unbounded part may be anything");
		assertTrue(Interval.point(d("1E9")).canBeAtMost(Interval.atLeast(d("1"), false)), "nor does a whole without an upper end bound it");
	}

	@Test
	void sumsOfIntervalsAreExact() {
		Interval s = Interval.point(d("0.1")).plus(Interval.point(d("0.2")));
		assertEquals(0, s.lo().compareTo(d("0.3")));
		Interval open = Interval.atLeast(d("1"), true).plus(Interval.closed(d("2"), d("3")));
		assertEquals("> 3", open.toString());
		assertNull(open.hi());
		assertEquals("-3 ~ -2", Interval.closed(d("2"), d("3")).negate().toString());
	}

	@Test
	void quotientsOfIntervals() {
		Interval share = Interval.point(d("280")).dividedBy(Interval.point(d("301")));
		assertEquals("0.9302", Decimals.plain(share.lo(), 4));
		assertNull(Interval.point(d("1")).dividedBy(Interval.point(BigDecimal.ZERO)), "a share of zero is undefined");
		assertNull(Interval.point(d("1")).dividedBy(Interval.closed(d("-1"), d("1"))));
		assertNull(Interval.point(d("1")).dividedBy(Interval.atLeast(BigDecimal.ZERO, false)).hi(), "dividing by values near zero is unbounded");
	}

	@Test
	void rootsAndGrowthRates() {
		assertEquals("2", Decimals.plain(Decimals.root(d("32"), 5, false), 10));
		assertEquals("31.86", Decimals.plain(Decimals.cagrPercent(d("301"), d("1200"), 5, false), 2));
		assertEquals("19.24", Decimals.plain(Decimals.cagrPercent(d("50.2"), d("121"), 5, false), 2));
		assertEquals("26.01", Decimals.plain(Decimals.cagrPercent(d("1.07"), d("3.4"), 5, false), 2));
		assertEquals("-100", Decimals.plain(Decimals.cagrPercent(d("5"), BigDecimal.ZERO, 5, false), 2));
		assertTrue(Decimals.cagrPercent(d("301"), d("1200"), 5, true).compareTo(Decimals.cagrPercent(d("301"), d("1200"), 5, false)) >= 0);
	}

	@Test
	void precisionIsHalfTheLastPlaceWritten() {
		assertEquals(0, Decimals.halfUnit(d("31.86")).compareTo(d("0.005")));
		assertEquals(0, Decimals.halfUnit(d("1000")).signum(), "integers are exact");
		assertEquals(0, Decimals.halfUnit(d("0.4")).compareTo(d("0.05")));
	}

	@Test
	void areaConversionsAreExact() {
		Units units = new Units();
		BigDecimal km2 = units.find("平方公里").orElseThrow().factor();
		BigDecimal mu = units.find("亩").orElseThrow().factor();
		BigDecimal ha = units.find("公顷").orElseThrow().factor();
		BigDecimal m2 = units.find("平方米").orElseThrow().factor();
		assertEquals(0, km2.compareTo(mu.multiply(d("1500"))));
		assertEquals(0, ha.compareTo(mu.multiply(d("15"))));
		assertEquals(0, km2.compareTo(m2.multiply(d("1000000"))));
	}

	@Test
	void aUnitPerAnotherDividesTheirSizes() {
		Units units = new Units();
		Unit ugm3 = units.find("微克/立方米").orElseThrow();
		Unit mgl = units.find("毫克/升").orElseThrow();
		assertEquals(Dimension.PER, ugm3.dimension());
		assertTrue(ugm3.sameDimension(mgl));
		assertEquals(0, mgl.factor().compareTo(ugm3.factor().multiply(d("1000000"))), "1 毫克/升 = 1 克/立方米 = 1,000,000 微克/立方米, exactly");
		assertTrue(ugm3.exact() && mgl.exact());
		assertTrue(units.find("万元/亩").orElseThrow().sameDimension(units.find("亿元/平方公里").orElseThrow()));
		assertFalse(units.find("万元/亩").orElseThrow().sameDimension(units.find("万元/人").orElseThrow()));
		assertFalse(units.find("万元/亩").orElseThrow().sameDimension(units.find("万元").orElseThrow()));
		assertEquals(0, units.find("元/平方米").orElseThrow().factor().compareTo(Decimals.quotient(BigDecimal.ONE, d("0.0015"))), "rounded to 34 digits");
		assertFalse(units.find("元/平方米").orElseThrow().exact());
		assertTrue(units.find("万元/").isEmpty() && units.find("/亩").isEmpty() && units.find("万元/亩/年").isEmpty() && units.find("万元/市亩").isEmpty());
		assertTrue(units.findAllowingQualifier("微克/立方米以内").isPresent());
		units.declare("元每亩", d("0.0001"), "万元/亩", null);
		assertTrue(units.find("元每亩").orElseThrow().sameDimension(units.find("亿元/平方公里").orElseThrow()), "a multiple of a unit per another");
		units.declare("万元/亩", BigDecimal.ONE, "亿元", null);
		assertEquals(Dimension.MONEY, units.find("万元/亩").orElseThrow().dimension(), "a plan's own declaration of the name wins");
	}

	@Test
	void aQuotientHasAnEndOrThirtyFourDigits() {
		assertEquals(0, Decimals.quotient(d("14"), d("15")).compareTo(d("0.9333333333333333333333333333333333")));
		assertEquals(0, Decimals.quotient(d("1500"), d("15")).compareTo(d("100")));
		assertEquals("0.9", Decimals.plainApart(d("0.9333"), 0, d("1")));
		assertEquals("1", Decimals.plainApart(d("1.4"), 0, d("2")), "already apart");
	}

	@Test
	void countWords() {
		assertEquals(8, ChineseNumerals.leading("八大").getAsLong());
		assertEquals(3, ChineseNumerals.leading("三").getAsLong());
		assertEquals(2, ChineseNumerals.leading("两个").getAsLong());
		assertEquals(2, ChineseNumerals.leading("双创").getAsLong());
		assertEquals(2, ChineseNumerals.leading("俩").getAsLong());
		assertEquals(1, ChineseNumerals.leadingLength("双循环"));
		assertTrue(ChineseNumerals.leading("创双").isEmpty(), "only as the first character");
		assertEquals(12, ChineseNumerals.leading("十二项").getAsLong());
		assertEquals(25, ChineseNumerals.leading("二十五").getAsLong());
		assertEquals(105, ChineseNumerals.leading("一百零五").getAsLong());
		assertEquals(5, ChineseNumerals.leading("5大").getAsLong());
		assertFalse(ChineseNumerals.leading("大").isPresent());
		assertEquals("十二", ChineseNumerals.format(12));
		assertEquals("二十", ChineseNumerals.format(20));
	}
}
