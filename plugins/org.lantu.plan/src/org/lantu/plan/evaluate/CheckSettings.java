package org.lantu.plan.evaluate;

import java.math.BigDecimal;
import java.util.Optional;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.lantu.plan.findings.Lang;
import org.lantu.plan.findings.Speaking;

/**
 * How the checks read qualifiers, and the language they write in. Lenient by default: 超过/突破 1000 counts as ≥ 1000 (authors
 * write "突破80亿元" for a target of 80), 约/左右 allows ±5 %. A plan may set its own tolerance
 * ({@code tolerance 10%}), a value its own ({@code 约2000亩 ±10%}).
 * <p>
 * Settings travel with the resource set the plans are loaded in (as an adapter), so two runs with
 * different options never see each other's settings; without one, the defaults apply.
 */
public class CheckSettings extends AdapterImpl implements Speaking {

	public static final BigDecimal DEFAULT_TOLERANCE = new BigDecimal("0.05");

	private static final CheckSettings DEFAULTS = new CheckSettings();

	private boolean strict;
	private boolean recordsCoverage;
	private int jobs = 1;
	private BigDecimal tolerance = DEFAULT_TOLERANCE;
	private Lang lang; // null: the process's preference

	/** The settings in force for a model element: its resource set's, else the defaults. */
	public static CheckSettings of(EObject context) {
		Resource r = context == null ? null : context.eResource();
		return of(r == null ? null : r.getResourceSet());
	}

	/** The settings of a resource set, else the defaults. */
	public static CheckSettings of(ResourceSet set) {
		if (set != null) {
			for (Adapter a : set.eAdapters()) {
				if (a instanceof CheckSettings s) {
					return s;
				}
			}
		}
		return DEFAULTS;
	}

	/** Attaches these settings to a resource set (replacing any there). */
	public CheckSettings attachTo(ResourceSet set) {
		set.eAdapters().removeIf(a -> a instanceof CheckSettings);
		set.eAdapters().add(this);
		return this;
	}

	@Override
	public boolean isAdapterForType(Object type) {
		return type == CheckSettings.class;
	}

	/** Strict: 超过/突破/低于 exclude the bound, and implausible findings are errors. */
	public boolean strict() {
		return strict;
	}

	public CheckSettings setStrict(boolean strict) {
		if (this == DEFAULTS) {
			throw new IllegalStateException("the default settings cannot be changed");
		}
		this.strict = strict;
		return this;
	}

	/** The language findings are written in: Chinese unless English is asked for. */
	@Override
	public Lang lang() {
		return lang != null ? lang : Lang.preferred();
	}

	/** The language of the messages; null for the process's preference ({@link Lang#preferred()}). */
	public CheckSettings setLang(Lang lang) {
		if (this == DEFAULTS) {
			throw new IllegalStateException("the default settings cannot be changed");
		}
		this.lang = lang; // null: the process's preference
		return this;
	}

	/** Whether the checks record which numbers they compared (for {@code --coverage} and the report). */
	public boolean recordsCoverage() {
		return recordsCoverage;
	}

	public CheckSettings setRecordsCoverage(boolean recordsCoverage) {
		if (this == DEFAULTS) {
			throw new IllegalStateException("the default settings cannot be changed");
		}
		this.recordsCoverage = recordsCoverage;
		return this;
	}

	/** How many threads may check the blocks of one plan at once ({@code --jobs}; findings and their order do not depend on it). */
	public int jobs() {
		return jobs;
	}

	public CheckSettings setJobs(int jobs) {
		if (this == DEFAULTS) {
			throw new IllegalStateException("the default settings cannot be changed");
		}
		if (jobs < 1) {
			throw new IllegalArgumentException("jobs must be at least 1, not " + jobs);
		}
		this.jobs = jobs;
		return this;
	}

	/**
	 * A tolerance as authors and build files write it, a percentage between 0 and 100 ("5", "5%",
	 * "0.5 %", "5％"), as a fraction (0.05); empty when the text is none.
	 */
	public static Optional<BigDecimal> parseTolerance(String text) {
		String t = text == null ? "" : text.strip().replace("％", "%");
		if (t.endsWith("%")) {
			t = t.substring(0, t.length() - 1).strip();
		}
		try {
			BigDecimal v = new BigDecimal(t);
			if (v.signum() >= 0 && v.compareTo(BigDecimal.valueOf(100)) <= 0) {
				return Optional.of(v.movePointLeft(2));
			}
		} catch (NumberFormatException e) {
			// not a number: empty
		}
		return Optional.empty();
	}

	/** Relative tolerance of 约/左右/近 as a fraction (0.05 = ±5 %). */
	public BigDecimal tolerance() {
		return tolerance;
	}

	public CheckSettings setTolerance(BigDecimal tolerance) {
		if (this == DEFAULTS) {
			throw new IllegalStateException("the default settings cannot be changed");
		}
		if (tolerance.signum() < 0) {
			throw new IllegalArgumentException("a tolerance cannot be negative");
		}
		this.tolerance = tolerance;
		return this;
	}
}
