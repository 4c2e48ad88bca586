package org.lantu.plan.evaluate;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.lantu.plan.findings.Text;
import org.lantu.plan.plan.Attribute;
import org.lantu.plan.quantity.Unit;

/**
 * The evaluated values of one plan element: an indicator's base, targets, actuals and stated
 * growth; a zone's or phase's area; a project's investment and land.
 */
public final class Facts {

	public enum Kind {
		BASE("base"), TARGET("target"), ACTUAL("actual"), GROWTH("growth"), CHANGE("change"), POINTS("points per year"), AREA("area"),
		INVESTMENT("investment"), LAND("land"), OUTPUT("output"),
		/** (value − base) / base and (base − value) / base in percent: only computed, for claims (比2020年下降13.2%). */
		RISE("rise"), FALL("fall");

		private final String label;

		Kind(String label) {
			this.label = label;
		}

		/** The English label, also the key of the publishers' column labels. */
		public String label() {
			return label;
		}

		/** Whether its values are percentages computed from two figures: a growth rate, a relative rise or fall. */
		public boolean isComputedPercentage() {
			return this == GROWTH || this == RISE || this == FALL;
		}

		/** The kind in words: 基期值 / base. */
		public Text text() {
			return Text.of("kind." + name().toLowerCase(Locale.ROOT));
		}
	}

	/** Which value: a kind and a year (0 when the value has no year). */
	public record Key(Kind kind, int year) {
		public String label() {
			return year == 0 ? kind.label() : year + " " + kind.label();
		}

		/** The value in words: 2030年目标 / 2030 target. */
		public Text text() {
			return year == 0 ? kind.text() : Text.of("key.year", year, kind.text());
		}
	}

	/** This element's value {@code key} in words: 总产值 2030年目标 / 总产值 2030 target. */
	public Text text(Key key) {
		return Text.of("value.of", name, key.text());
	}

	private final EObject element;
	private final String name;
	private final Unit unit;
	private final Map<Key, Value> values = new LinkedHashMap<>();
	private Attribute attribute;
	private boolean declining;

	public Facts(EObject element, String name, Unit unit) {
		this.element = element;
		this.name = name;
		this.unit = unit;
	}

	/** A copy to add derived values to, leaving this one as it is. */
	Facts copy() {
		Facts c = new Facts(element, name, unit);
		c.values.putAll(values);
		c.attribute = attribute;
		c.declining = declining;
		return c;
	}

	void put(Key key, Value value) {
		if (value != null) {
			values.putIfAbsent(key, value);
		}
	}

	void setAttribute(Attribute attribute) {
		this.attribute = attribute;
	}

	void setDeclining(boolean declining) {
		this.declining = declining;
	}

	public EObject element() {
		return element;
	}

	/** The element's name as the author wrote it. */
	public String name() {
		return name;
	}

	/** The indicator's declared unit, if known. */
	public Unit unit() {
		return unit;
	}

	public Map<Key, Value> values() {
		return Collections.unmodifiableMap(values);
	}

	/** 约束性 (binding) or 预期性 (expected), or null when not stated. */
	public Attribute attribute() {
		return attribute;
	}

	/** An indicator that should fall (逆向指标: energy use per unit of GDP). */
	public boolean declining() {
		return declining;
	}

	public Value get(Key key) {
		return values.get(key);
	}

	public Value get(Kind kind) {
		return values.get(new Key(kind, 0));
	}

	/** The value for a year: a target, else an actual, else a base value. */
	public Optional<Map.Entry<Key, Value>> atYear(int year) {
		for (Kind k : new Kind[] { Kind.TARGET, Kind.ACTUAL, Kind.BASE }) {
			Key key = new Key(k, year);
			if (values.containsKey(key)) {
				return Optional.of(Map.entry(key, values.get(key)));
			}
		}
		return Optional.empty();
	}

	/** The same key if present, else the value of the same year. */
	public Optional<Map.Entry<Key, Value>> matching(Key key) {
		if (values.containsKey(key)) {
			return Optional.of(Map.entry(key, values.get(key)));
		}
		return key.year() == 0 ? Optional.empty() : atYear(key.year());
	}

	/** The base value (the earliest, if several). */
	public Optional<Map.Entry<Key, Value>> base() {
		return values.entrySet().stream().filter(e -> e.getKey().kind() == Kind.BASE).min((a, b) -> Integer.compare(a.getKey().year(), b.getKey().year()));
	}

	/**
	 * What growth is measured from: the base value, else what was achieved before the last target — an
	 * annual plan states last year's 预计完成 (an actual) beside last year's and this year's targets, and
	 * this year's growth is from it.
	 */
	public Optional<Map.Entry<Key, Value>> growthBase() {
		Optional<Map.Entry<Key, Value>> base = base();
		if (base.isPresent()) {
			return base;
		}
		Optional<Map.Entry<Key, Value>> end = end();
		return end.isEmpty() || end.get().getKey().kind() != Kind.TARGET ? Optional.empty() : latest(Kind.ACTUAL, end.get().getKey().year());
	}

	/** The latest value of a kind before {@code beforeYear}. */
	public Optional<Map.Entry<Key, Value>> latest(Kind kind, int beforeYear) {
		return values.entrySet().stream().filter(e -> e.getKey().kind() == kind && e.getKey().year() < beforeYear)
				.max((a, b) -> Integer.compare(a.getKey().year(), b.getKey().year()));
	}

	/** The value of a key, with its key. */
	public Optional<Map.Entry<Key, Value>> entry(Key key) {
		return Optional.ofNullable(values.get(key)).map(v -> Map.entry(key, v));
	}

	/** The value growth is measured to: the latest target, else the latest actual. */
	public Optional<Map.Entry<Key, Value>> end() {
		Optional<Map.Entry<Key, Value>> target = latest(Kind.TARGET, Integer.MAX_VALUE);
		return target.isPresent() ? target : latest(Kind.ACTUAL, Integer.MAX_VALUE);
	}

	/** Values that can be summed and compared across elements (not rates). */
	public boolean isAmount(Key key) {
		return !key.kind().isComputedPercentage() && key.kind() != Kind.CHANGE && key.kind() != Kind.POINTS;
	}
}
