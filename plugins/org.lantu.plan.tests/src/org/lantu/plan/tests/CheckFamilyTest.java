package org.lantu.plan.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.eclipse.xtext.testing.validation.ValidationTestHelper;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lantu.plan.evaluate.CheckSettings;
import org.lantu.plan.findings.CheckType;
import org.lantu.plan.findings.Lang;
import org.lantu.plan.plan.Plan;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * What the tests of each family of checks share: a plan read with the options of a run (English
 * findings, as {@code lantu check --lang en}; ChineseFindingsTest reads the Chinese), and the
 * findings of one check. One test class per family, as one validator class per family.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(PlanInjectorProvider.class)
abstract class CheckFamilyTest {

	@Inject
	ParseHelper<Plan> parser;

	@Inject
	ValidationTestHelper validation;

	@Inject
	Provider<XtextResourceSet> resourceSets;

	/** The options of the run, as `lantu check --strict --tolerance --lang en` would set them (ChineseFindingsTest reads the Chinese). */
	CheckSettings settings = new CheckSettings().setLang(Lang.EN);

	Plan parse(String text) throws Exception {
		return read(text, settings);
	}

	/** A plan read with its findings in {@code lang}. */
	Plan parse(String text, Lang lang) throws Exception {
		return read(text, new CheckSettings().setLang(lang));
	}

	private Plan read(String text, CheckSettings with) throws Exception {
		XtextResourceSet set = resourceSets.get();
		with.attachTo(set);
		Plan plan = parser.parse(text, set);
		assertTrue(plan.eResource().getErrors().isEmpty(), () -> "syntax errors: " + plan.eResource().getErrors());
		return plan;
	}

	/** The issues of one check. */
	List<Issue> issues(Plan plan, String check) {
		return validation.validate(plan).stream().filter(i -> check.equals(i.getCode())).toList();
	}

	List<Issue> issues(Plan plan, CheckType check) {
		return issues(plan, check.id());
	}

	Issue only(Plan plan, String check) {
		List<Issue> found = issues(plan, check);
		assertEquals(1, found.size(), () -> "expected one " + check + ", got: " + validation.validate(plan));
		return found.get(0);
	}

	void assertNone(Plan plan, String... checks) {
		List<String> ids = List.of(checks);
		List<Issue> found = validation.validate(plan).stream().filter(i -> ids.contains(i.getCode())).toList();
		assertTrue(found.isEmpty(), () -> found.stream().map(Issue::getMessage).collect(Collectors.joining("\n")));
	}
}
