package org.lantu.plan.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.parser.impl.TokenRegionProvider;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.util.ReplaceRegion;
import org.eclipse.xtext.util.StringInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lantu.plan.edit.PlanTokenRegionProvider;

import com.google.inject.Inject;
import com.google.inject.Injector;

/**
 * An edit is widened to whole tokens by lexing from a token of the previous version a little before
 * it; the region must be the one Xtext finds by lexing the whole text from its start, for edits
 * anywhere in the examples, including edits that open a string or a comment.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(PlanInjectorProvider.class)
class TokenRegionTest {

	/** What may open or close a token that runs on: a string, a comment. */
	static final String OPENERS = "\"/*\n ";

	@Inject
	Injector injector;

	@Inject
	TokenRegionProvider bound;

	@Test
	void editsAreWidenedToTheTokensXtextFindsFromTheStart() throws Exception {
		assertTrue(bound instanceof PlanTokenRegionProvider, "the plan's token region provider is bound");
		TokenRegionProvider xtext = new TokenRegionProvider();
		injector.injectMembers(xtext);
		List<Path> files;
		try (Stream<Path> s = Files.list(ExamplesTest.examples())) {
			files = s.filter(p -> p.toString().endsWith(".plan")).sorted().toList();
		}
		int near = 0;
		for (Path file : files) {
			String text = Files.readString(file, StandardCharsets.UTF_8);
			XtextResource r = (XtextResource) injector.getInstance(XtextResourceSet.class).createResource(URI.createFileURI(file.toString()));
			r.load(new StringInputStream(text, "UTF-8"), null);
			Random random = new Random(file.getFileName().toString().hashCode());
			for (int i = 0; i < 400; i++) {
				int offset = random.nextInt(text.length());
				int length = random.nextInt(3) == 0 ? random.nextInt(Math.min(40, text.length() - offset) + 1) : 0;
				String typed = switch (random.nextInt(4)) {
				case 0 -> "";
				case 1 -> String.valueOf(OPENERS.charAt(random.nextInt(OPENERS.length())));
				default -> String.valueOf(IncrementalCheckTest.TYPED.charAt(random.nextInt(IncrementalCheckTest.TYPED.length())));
				};
				if (length == 0 && typed.isEmpty()) {
					continue;
				}
				String changed = text.substring(0, offset) + typed + text.substring(offset + length);
				ReplaceRegion region = new ReplaceRegion(offset, length, typed);
				ReplaceRegion expected = xtext.getTokenReplaceRegion(changed, region);
				ReplaceRegion found = PlanTokenRegionProvider.lexingNear(r.getParseResult(), offset, () -> bound.getTokenReplaceRegion(changed, region));
				assertEquals(expected.toString(), found.toString(), file.getFileName() + ": edit " + region);
				near += offset > 2 * 1024 ? 1 : 0;
			}
		}
		assertTrue(near > 500, "most edits lie far enough into a plan to be lexed from near them: " + near);
	}
}
