package org.lantu.plan.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.IReferenceDescription;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.util.StringInputStream;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lantu.plan.edit.PlanResource;
import org.lantu.plan.naming.PlanResourceDescriptionStrategy;
import org.lantu.plan.validation.PlanResourceValidator;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * An editor's plan is read again only around each edit and re-checked only where the edit can
 * reach. After every one of a few hundred random edits of each example (digits changed — most of
 * typing —, characters typed and deleted, lines deleted and copied elsewhere, an edit undone), the
 * edited plan's model, text, findings and index entries equal those of the same text read and
 * checked whole; and a changed digit keeps what was worked out for the elements it did not touch.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(PlanInjectorProvider.class)
class IncrementalCheckTest {

	static final int EDITS = 150;

	@Inject
	Provider<XtextResourceSet> resourceSets;

	@Inject
	IResourceValidator validator;

	@Inject
	IResourceDescription.Manager descriptions;

	@TestFactory
	Stream<DynamicTest> editedPlansAreCheckedAsIfReadWhole() throws Exception {
		List<Path> files;
		try (Stream<Path> s = Files.list(ExamplesTest.examples())) {
			files = s.filter(p -> p.toString().endsWith(".plan")).sorted().toList();
		}
		return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> editAndCompare(file)));
	}

	private void editAndCompare(Path file) throws Exception {
		URI uri = URI.createFileURI(file.toAbsolutePath().toString());
		String text = Files.readString(file, StandardCharsets.UTF_8);
		PlanResource edited = load(uri, text);
		edited.setEdited(true);
		check(edited);
		Random random = new Random(file.getFileName().toString().hashCode());
		// an author's plan is well formed most of the time: digits change and stay; other edits
		// (which may break the syntax) are mostly undone at the next step, sometimes kept if the
		// plan still reads
		String kept = text;
		int partial = 0;
		int digits = 0;
		int digitsKept = 0;
		for (int i = 0; i < EDITS; i++) {
			boolean keep = false;
			boolean digit = false;
			if (!text.equals(kept) && random.nextInt(4) > 0) {
				text = kept;
			} else {
				digit = random.nextInt(2) == 0;
				text = edit(text, random, digit);
				keep = digit || random.nextInt(4) == 0;
			}
			int forgotten = edited.forgotten();
			EObject root = edited.getContents().isEmpty() ? null : edited.getContents().get(0);
			edited.updateTo(text);
			List<String> found = check(edited);
			PlanResourceValidator.Rechecked rechecked = PlanResourceValidator.rechecked(edited);
			if (rechecked.checked() < rechecked.blocks()) {
				partial++;
			}
			String where = file.getFileName() + " after edit " + i;
			assertEquals(text, edited.getParseResult().getRootNode().getText(), where);
			PlanResource whole = load(uri, text);
			assertEquals(check(whole), found, where);
			EObject a = whole.getContents().isEmpty() ? null : whole.getContents().get(0);
			EObject b = edited.getContents().isEmpty() ? null : edited.getContents().get(0);
			assertTrue(a == null ? b == null : new SameModel().equals(a, b), where + ": the models differ");
			assertEquals(describe(whole), describe(edited), where + ": the index entries differ");
			// a changed digit read again in part (the header is read whole) leaves every other
			// element where it stood: what was worked out for them stays
			if (digit && root != null && edited.getContents().get(0) == root) {
				digits++;
				digitsKept += edited.forgotten() == forgotten ? 1 : 0;

			}
			if (keep && !whole.getParseResult().hasSyntaxErrors()) {
				kept = text;
			}
		}
		// the point of it: most edits re-checked only part of the plan, and kept what was worked out
		// for the elements they did not touch
		assertTrue(partial > EDITS / 3, file.getFileName() + ": only " + partial + " of " + EDITS + " edits re-checked part of the plan");
		assertEquals(digits, digitsKept, file.getFileName() + ": changed digits that made the plan forget what it worked out for its elements");
	}

	/**
	 * EMF's model equality, except that two unresolved references are equal: their proxies are
	 * numbered in the order the links were made, which differs between a whole and a partial link.
	 */
	@SuppressWarnings("serial")
	static final class SameModel extends EcoreUtil.EqualityHelper {
		@Override
		public boolean equals(EObject a, EObject b) {
			if (a != null && b != null && a.eIsProxy() && b.eIsProxy()) {
				return a.eClass() == b.eClass();
			}
			return super.equals(a, b);
		}
	}

	/** What the random edits type. */
	static final String TYPED = "0123456789 {}亩亿元|：\"\nx";

	/** One random edit of the kinds an author makes: a digit changed, or a character or line typed, deleted or copied. */
	static String edit(String text, Random random, boolean digit) {
		StringBuilder b = new StringBuilder(text);
		int kind = random.nextInt(4);
		if (digit) {
			// change a digit
			for (int tries = 0; tries < 100; tries++) {
				int at = random.nextInt(b.length());
				if (Character.isDigit(b.charAt(at)) && b.charAt(at) < 128) {
					b.setCharAt(at, (char) ('0' + random.nextInt(10)));
					return b.toString();
				}
			}
		}
		List<Integer> lineStarts = new ArrayList<>();
		lineStarts.add(0);
		for (int i = 0; i < b.length(); i++) {
			if (b.charAt(i) == '\n') {
				lineStarts.add(i + 1);
			}
		}
		int line = random.nextInt(lineStarts.size());
		int start = lineStarts.get(line);
		int end = line + 1 < lineStarts.size() ? lineStarts.get(line + 1) : b.length();
		switch (kind) {
		case 0 -> b.insert(random.nextInt(b.length() + 1), TYPED.charAt(random.nextInt(TYPED.length())));
		case 1 -> {
			int at = random.nextInt(b.length());
			if (!Character.isSurrogate(b.charAt(at))) {
				b.deleteCharAt(at);
			}
		}
		case 2 -> b.delete(start, end);
		default -> b.insert(lineStarts.get(random.nextInt(lineStarts.size())), end > start && b.charAt(end - 1) == '\n' ? b.substring(start, end) : "\n");
		}
		return b.toString();
	}

	private PlanResource load(URI uri, String text) throws Exception {
		XtextResourceSet set = resourceSets.get();
		PlanResource r = (PlanResource) set.createResource(uri);
		r.load(new StringInputStream(text, "UTF-8"), null);
		return r;
	}

	/** What the index holds for {@code r}: its elements and its references to other plans. */
	private List<String> describe(PlanResource r) {
		List<String> out = new ArrayList<>();
		IResourceDescription d = descriptions.getResourceDescription(r);
		for (IEObjectDescription e : d.getExportedObjects()) {
			out.add(e.getQualifiedName() + " " + e.getEClass().getName() + " " + e.getEObjectURI() + " " + e.getUserData(PlanResourceDescriptionStrategy.TEXT));
		}
		for (IReferenceDescription ref : d.getReferenceDescriptions()) {
			out.add(ref.getSourceEObjectUri() + " " + ref.getEReference().getName() + "[" + ref.getIndexInList() + "] -> " + ref.getTargetEObjectUri() + " in "
					+ ref.getContainerEObjectURI());
		}
		return out;
	}

	/** The findings as a person reads them: where, how bad, which check, what. */
	private List<String> check(PlanResource r) {
		List<String> out = new ArrayList<>();
		for (Issue i : validator.validate(r, CheckMode.ALL, CancelIndicator.NullImpl)) {
			out.add(i.getLineNumber() + ":" + i.getColumn() + "+" + i.getLength() + " " + i.getSeverity() + " " + i.getCode() + " " + i.getMessage()
					+ " " + String.join("|", i.getData() == null ? new String[0] : i.getData()));
		}
		return out;
	}
}
