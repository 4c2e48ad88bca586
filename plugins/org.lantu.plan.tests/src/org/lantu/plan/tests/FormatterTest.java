package org.lantu.plan.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.formatting2.FormatterRequest;
import org.eclipse.xtext.formatting2.IFormatter2;
import org.eclipse.xtext.formatting2.regionaccess.ITextRegionAccess;
import org.eclipse.xtext.formatting2.regionaccess.TextRegionAccessBuilder;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lantu.plan.plan.Plan;

import com.google.inject.Inject;
import com.google.inject.Provider;

/** The formatter on every example: a fixpoint, the same model, every comment kept. */
@ExtendWith(InjectionExtension.class)
@InjectWith(PlanInjectorProvider.class)
class FormatterTest {

	@Inject
	ParseHelper<Plan> parser;

	@Inject
	IFormatter2 formatter;

	@Inject
	Provider<FormatterRequest> requests;

	@Inject
	Provider<TextRegionAccessBuilder> regions;

	String format(String text) throws Exception {
		Plan plan = parser.parse(text);
		assertTrue(plan.eResource().getErrors().isEmpty(), () -> "syntax errors: " + plan.eResource().getErrors());
		ITextRegionAccess access = regions.get().forNodeModel((XtextResource) plan.eResource()).create();
		FormatterRequest request = requests.get();
		request.setTextRegionAccess(access);
		return access.getRewriter().renderToString(formatter.format(request));
	}

	@TestFactory
	Stream<DynamicTest> formattingIsAFixpointThatLosesNothing() throws Exception {
		List<Path> files;
		try (Stream<Path> s = Files.list(ExamplesTest.examples())) {
			files = s.filter(p -> p.toString().endsWith(".plan")).sorted().toList();
		}
		return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
			String text = Files.readString(file, StandardCharsets.UTF_8);
			String once = format(text);
			String twice = format(once);
			assertEquals(once, twice, "format(format(x)) == format(x)");
			assertTrue(new EcoreUtil.EqualityHelper().equals(parser.parse(text), parser.parse(once)), "the model is unchanged");
			assertEquals(count(text, "//"), count(once, "//"), "every comment is kept");
		}));
	}

	private static long count(String text, String what) {
		return text.lines().filter(l -> l.contains(what)).count();
	}

	@Test
	void anIndicatorTableIsIndentedByItsNesting() throws Exception {
		String text = "plan p\nindicators {\ncolumns target 2025\ncomputed growth\ncategory \"经济\" {\nindicator a（亿元）: 1\n}\nnote \"注释\"\n}\n";
		// (this helper indents with Xtext's default, a tab; lantu format asks for two spaces)
		assertEquals("plan p\nindicators {\n\tcolumns target 2025\n\tcomputed growth\n\tcategory \"经济\" {\n\t\tindicator a（亿元）: 1\n\t}\n\tnote \"注释\"\n}\n",
				format(text));
	}
}
