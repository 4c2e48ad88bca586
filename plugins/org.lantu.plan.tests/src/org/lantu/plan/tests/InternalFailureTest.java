package org.lantu.plan.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.concurrent.CancellationException;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.validation.AbstractValidationDiagnostic;
import org.eclipse.xtext.validation.Check;
import org.junit.jupiter.api.Test;
import org.lantu.plan.findings.CheckType;
import org.lantu.plan.findings.Lang;
import org.lantu.plan.plan.Indicator;
import org.lantu.plan.plan.Plan;
import org.lantu.plan.validation.CheckFamily;

import com.google.inject.Inject;
import com.google.inject.Injector;

/**
 * internal: a check that throws is reported on the element it was checking, in the author's language, and the
 * element's other checks still run; a failure of the JVM itself still ends the run.
 */
class InternalFailureTest extends CheckFamilyTest {

	@Inject
	Injector injector;

	/** A family whose first check fails on every indicator, as a defect would. */
	static class Failing extends CheckFamily {
		static RuntimeException failure;
		static int othersRan;

		@Check
		public void fails(Indicator i) {
			throw failure;
		}

		@Check
		public void runs(Indicator i) {
			othersRan++;
		}
	}

	private List<Diagnostic> check(EObject o) {
		Failing family = injector.getInstance(Failing.class);
		BasicDiagnostic chain = new BasicDiagnostic();
		family.validate(o.eClass(), o, chain, new HashMap<>());
		return chain.getChildren();
	}

	private static String code(Diagnostic d) {
		return d instanceof AbstractValidationDiagnostic v ? v.getIssueCode() : null;
	}

	@Test
	void aCheckThatThrowsIsReportedWhereItWasAndTheOthersRun() throws Exception {
		Plan plan = parse("plan p\nindicator 工业总产值（亿元）{ target 2025: 100 }\n", Lang.ZH);
		Indicator indicator = (Indicator) plan.getElements().get(0);
		Failing.failure = new ArithmeticException("Non-terminating decimal expansion");
		Failing.othersRan = 0;
		List<Diagnostic> found = check(indicator);
		assertEquals(1, found.size(), found::toString);
		Diagnostic d = found.get(0);
		assertEquals(CheckType.INTERNAL.id(), code(d));
		assertEquals(Diagnostic.ERROR, d.getSeverity());
		assertTrue(d.getMessage().contains("蓝图内部错误") && d.getMessage().contains("Failing.fails") && d.getMessage().contains("ArithmeticException"), d.getMessage());
		assertEquals(indicator, ((AbstractValidationDiagnostic) d).getSourceEObject());
		assertEquals(1, Failing.othersRan, "the element's other checks ran");
	}

	@Test
	void aNullPointerInACompletePlanIsADefectToo() throws Exception {
		Plan plan = parse("plan p\nindicator x（亿元）{ target 2025: 100 }\n");
		Failing.failure = new NullPointerException();
		List<Diagnostic> found = check(plan.getElements().get(0));
		assertEquals(List.of(CheckType.INTERNAL.id()), found.stream().map(InternalFailureTest::code).toList());
		assertTrue(found.get(0).getMessage().startsWith("a check did not finish here"), found.get(0).getMessage());
	}

	@Test
	void aNullPointerWhereTheParserLeftGapsStaysSilent() throws Exception {
		Plan plan = parser.parse("plan p\nindicator x（亿元）{ target 2025: 100 }\nindicator {\n");
		assertTrue(!plan.eResource().getErrors().isEmpty());
		Failing.failure = new NullPointerException();
		assertEquals(List.of(), check(plan.getElements().get(0)));
	}

	@Test
	void cancellingStillCancels() throws Exception {
		Plan plan = parse("plan p\nindicator x（亿元）{ target 2025: 100 }\n");
		Failing.failure = new CancellationException();
		assertThrows(CancellationException.class, () -> check(plan.getElements().get(0)));
	}
}
