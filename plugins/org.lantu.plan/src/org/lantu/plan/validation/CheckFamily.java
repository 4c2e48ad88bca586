package org.lantu.plan.validation;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.service.OperationCanceledManager;
import org.eclipse.xtext.validation.AbstractDeclarativeValidator;
import org.eclipse.xtext.validation.EValidatorRegistrar;
import org.eclipse.xtext.validation.ValidationMessageAcceptor;
import org.lantu.plan.evaluate.Evaluator;
import org.lantu.plan.evaluate.Value;
import org.lantu.plan.findings.CheckType;
import org.lantu.plan.findings.Lang;
import org.lantu.plan.findings.Messages;
import org.lantu.plan.findings.Text;
import org.lantu.plan.plan.Ack;
import org.lantu.plan.plan.Attribute;
import org.lantu.plan.plan.Indicator;
import org.lantu.plan.plan.Industry;
import org.lantu.plan.plan.PlanPackage;
import org.lantu.plan.quantity.Dimension;
import org.lantu.plan.quantity.Unit;
import org.lantu.plan.resolve.PlanContents;

import com.google.inject.Inject;

/**
 * Base of each family of checks. Families are run through {@link PlanValidator}'s
 * {@code @ComposedChecks}, so they do not register themselves. Every finding goes through
 * {@link #report}, which applies what the check's declaration ({@link CheckType}) and the rules every
 * check shares say about its severity.
 */
public abstract class CheckFamily extends AbstractDeclarativeValidator {

	@Inject
	protected Evaluator evaluator;

	@Inject
	private OperationCanceledManager cancellation;

	@Override
	protected List<EPackage> getEPackages() {
		return List.of(PlanPackage.eINSTANCE);
	}

	@Override
	public void register(EValidatorRegistrar registrar) {
		// composed into PlanValidator
	}

	/** A family checked on its own (a test's) calls its checks as {@link PlanValidator} does. */
	@Override
	protected MethodWrapper createMethodWrapper(AbstractDeclarativeValidator instance, Method method) {
		return new PlanValidator.CheckMethod(instance, method);
	}

	/**
	 * Reports a finding of {@code check} at its declared severity ({@link CheckType#level()}), graded
	 * as the declaration says: about a 约束性 (binding) indicator an error, about a 预期性 (expected)
	 * one at most a warning; {@code --strict} makes warnings errors; an {@code ack} in the plan
	 * for the check (or its family) and subject makes it information with the ack's reason.
	 *
	 * @param check   the check
	 * @param at      where the marker goes
	 * @param feature the feature of {@code at} to mark, or null for the whole element
	 * @param subject the plan element the finding is about (grades it and keys acks), or null
	 * @param data    computed values a quick fix may apply
	 */
	protected void report(CheckType check, Text message, EObject at, EStructuralFeature feature, EObject subject, String... data) {
		report(check, false, message, at, feature, subject, data);
	}

	/**
	 * Reports a minor form of what {@code check} looks for, at most a warning before grading: a
	 * relation that holds only if 超过/突破 is read as "at least", a gap between phases rather than
	 * an overlap.
	 */
	protected void reportMinor(CheckType check, Text message, EObject at, EStructuralFeature feature, EObject subject, String... data) {
		report(check, true, message, at, feature, subject, data);
	}

	/** {@link #reportMinor} if {@code minor}, else {@link #report}. */
	protected void report(CheckType check, boolean minor, Text message, EObject at, EStructuralFeature feature, EObject subject, String... data) {
		report(check, minor, message, at, feature, ValidationMessageAcceptor.INSIGNIFICANT_INDEX, subject, data);
	}

	/** A finding on the {@code index}th value of a list ({@code 组成 甲园, 营收}: the second name). */
	protected void report(CheckType check, Text message, EObject at, EStructuralFeature feature, int index, EObject subject) {
		report(check, false, message, at, feature, index, subject);
	}

	private void report(CheckType check, boolean minor, Text message, EObject at, EStructuralFeature feature, int index, EObject subject, String... data) {
		if (data.length > 0 && feature instanceof EReference name && !name.isContainment()) {
			// a quick fix writes its value where the finding stands: never over a name (the total a 合计 names from another file)
			data = new String[0];
		}
		Severity s = check.level() == CheckType.Level.INFO ? Severity.INFO
				: minor || check.level() == CheckType.Level.WARNING ? Severity.WARNING : Severity.ERROR;
		if (s != Severity.INFO && check.grading() == CheckType.Grading.BY_INDICATOR) {
			Attribute attribute = attributeOf(subject);
			if (attribute == Attribute.BINDING) {
				s = Severity.ERROR;
			} else if (attribute == Attribute.EXPECTED && s == Severity.ERROR) {
				s = Severity.WARNING;
			}
		}
		if (s == Severity.WARNING && evaluator.settings(at).strict()) {
			s = Severity.ERROR;
		}
		Lang lang = lang(at);
		String text = message.in(lang);
		Ack ack = ackFor(check.id(), at, subject);
		if (ack != null) {
			s = Severity.INFO;
			text = Messages.say(lang, "ack.acknowledged", text, ack.getReason());
		}
		switch (s) {
		case ERROR -> error(text, at, feature, index, check.id(), data);
		case WARNING -> warning(text, at, feature, index, check.id(), data);
		default -> info(text, at, feature, index, check.id(), data);
		}
	}

	/** Xtext's guard, which stops a check on purpose (the class is not public). */
	private static final String GUARD = "org.eclipse.xtext.validation.GuardException";

	/**
	 * A check that throws on an element is a defect of Lantu's: it is reported there ({@code internal}), naming
	 * what failed, and the element's other checks and the rest of the plan are checked as usual. Xtext would
	 * drop a NullPointerException silently and turn anything else into a finding without a place; a
	 * cancelled run, Xtext's guard and errors of the JVM (out of memory) go on as Xtext has them.
	 * A NullPointerException in a file with syntax errors stays silent, as Xtext means it: an element the
	 * parser could not complete has gaps, and the syntax error says where.
	 */
	@Override
	protected void handleExceptionDuringValidation(Throwable failure) {
		EObject at = getCurrentObject();
		boolean expected = GUARD.equals(failure.getClass().getName()) || cancellation.isOperationCanceledException(failure)
				|| failure instanceof CancellationException
				|| failure instanceof Error && !(failure instanceof StackOverflowError)
				|| failure instanceof NullPointerException && (at == null || at.eResource() == null || !at.eResource().getErrors().isEmpty());
		if (expected || at == null) {
			super.handleExceptionDuringValidation(failure);
			return;
		}
		String said = failure.getMessage() == null ? "" : failure.getMessage().lines().findFirst().orElse("");
		String what = failure.getClass().getSimpleName() + (said.isBlank() ? "" : ": " + (said.length() > 200 ? said.substring(0, 199) + "…" : said));
		String check = getCurrentMethod() == null ? "?" : getClass().getSimpleName() + "." + getCurrentMethod().getName();
		report(CheckType.INTERNAL, Text.of("internal.check", check, what), at, null, null);
	}

	/** Records, when the run asks for it, that these values took part in a relation that was evaluated ({@link Coverage}). */
	protected void covered(EObject context, Value... values) {
		if (evaluator.settings(context).recordsCoverage()) {
			for (Value v : values) {
				Coverage.checked(v);
			}
		}
	}

	/**
	 * A relation naming these values could not be evaluated: says why ({@code coverage.unchecked}, information) at
	 * {@code at}, and records it for the coverage report.
	 */
	protected void notCovered(Text reason, EObject at, EStructuralFeature feature, EObject subject, Value... values) {
		report(CheckType.COVERAGE_UNCHECKED, reason, at, feature, subject);
		uncovered(at, reason, values);
	}

	/** Records, when the run asks for it, why these values were not compared (a finding already says it). */
	protected void uncovered(EObject context, Text reason, Value... values) {
		if (evaluator.settings(context).recordsCoverage()) {
			for (Value v : values) {
				Coverage.unchecked(v, reason);
			}
		}
	}

	/** The language findings are written in ({@code --lang}, Chinese by default). */
	protected Lang lang(EObject at) {
		return evaluator.settings(at).lang();
	}

	/** What a value measures, in words: 面积 / area; 无单位的数 / a bare number. */
	static Text dimension(Value v) {
		return v.unit() == null ? Text.of("dimension.none") : dimension(v.unit());
	}

	/** What a unit measures, in words: 面积; 金额/面积 for 万元/亩. */
	static Text dimension(Unit u) {
		return u.dimension() == Dimension.PER ? Text.of("dimension.per", dimension(u.numerator()), dimension(u.denominator()))
				: Text.of("dimension." + u.dimension().name().toLowerCase(Locale.ROOT));
	}

	private Attribute attributeOf(EObject subject) {
		EObject s = subject instanceof Industry i && i.getOutput() != null ? i.getOutput() : subject;
		return s instanceof Indicator indicator ? Evaluator.attributeOf(indicator) : null; // not its facts: grading needs no values
	}

	@Inject
	private PlanContents contents;

	/** Every object in {@code o}'s file below the plan, in document order ({@link org.lantu.plan.resolve.PlanContents}). */
	protected List<EObject> everything(EObject o) {
		return contents.of(o);
	}

	/** The objects of {@code type} in {@code o}'s file, in document order. */
	protected <T> List<T> everything(EObject o, Class<T> type) {
		return contents.of(o, type);
	}

	/** An {@code ack} in the file of {@code at} for this check (or its family) and subject. */
	private Ack ackFor(String check, EObject at, EObject subject) {
		if (subject == null || at.eResource() == null) {
			return null;
		}
		for (Ack ack : evaluator.analysis(at).acks()) {
			String id = ack.getCheck();
			if (id != null && (check.equals(id) || check.startsWith(id + ".")) && ack.getSubject() == subject) {
				return ack;
			}
		}
		return null;
	}
}
