package org.lantu.plan.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.LazyStringInputStream;
import org.lantu.plan.evaluate.CheckSettings;
import org.lantu.plan.files.PlanFiles;
import org.lantu.plan.files.Workspace;
import org.lantu.plan.findings.CheckType;
import org.lantu.plan.findings.Lang;
import org.lantu.plan.findings.Text;
import org.lantu.plan.resolve.PlanContents;

/**
 * Reading plans, the first service of the engine: the files a list of arguments names (folders
 * searched for {@code .plan}), and one file loaded into a resource set — only a regular file
 * within the size limit and under the workspace ({@link PlanFiles}), strict UTF-8, not empty,
 * parsed, and not nested deeper than {@link #MAX_DEPTH}. What cannot be read becomes a
 * diagnostic with file, line and column, never an exception.
 */
public final class PlanReader {

	private PlanReader() {
	}

	/**
	 * Plan files named by the arguments: files as given (what cannot be read is reported when it
	 * is loaded), directories searched for *.plan (symbolic links to folders are not followed).
	 */
	public static List<Path> expand(List<Path> inputs, List<PlanDiagnostic> problems) {
		return expand(inputs, problems, Lang.preferred());
	}

	/** {@link #expand(List, List)}, saying what cannot be read in {@code lang}. */
	public static List<Path> expand(List<Path> inputs, List<PlanDiagnostic> problems, Lang lang) {
		Map<Path, Path> files = new LinkedHashMap<>(); // by absolute path: a plan named twice is read once
		for (Path input : inputs) {
			if (Files.isDirectory(input)) {
				try (Stream<Path> walk = Files.walk(input)) {
					List<Path> found = walk.filter(p -> p.toString().endsWith(PlanFiles.EXTENSION) && !Files.isDirectory(p)).sorted().toList();
					if (found.isEmpty()) {
						problems.add(PlanDiagnostic.ofFile(input.toString(), 1, 1, CheckType.FILE.id(), Text.of("files.folder.empty").in(lang)));
					}
					for (Path p : found) {
						if (Files.isSymbolicLink(p) && !Workspace.isUnder(p, input)) {
							// a folder's link to a file elsewhere (/etc/…) is not read unless it is named itself
							problems.add(PlanDiagnostic.ofFile(p.toString(), 1, 1, CheckType.FILE.id(), Text.of("files.folder.link-outside").in(lang)));
						} else {
							files.putIfAbsent(p.toAbsolutePath().normalize(), p);
						}
					}
				} catch (IOException | UncheckedIOException e) {
					problems.add(PlanDiagnostic.ofFile(input.toString(), 1, 1, CheckType.FILE.id(),
							Text.of("files.folder.unreadable", e.getCause() != null ? e.getCause().getMessage() : e.getMessage()).in(lang)));
				}
			} else {
				files.putIfAbsent(input.toAbsolutePath().normalize(), input);
			}
		}
		return new ArrayList<>(files.values());
	}

	/** Loads one file into the resource set, or reports why it cannot be read and returns null. */
	public static Resource load(XtextResourceSet resourceSet, Path file, List<PlanDiagnostic> diagnostics) {
		String name = file.toString();
		long maxBytes = Workspace.of(resourceSet).maxBytes();
		Lang lang = CheckSettings.of(resourceSet).lang();
		byte[] bytes;
		try {
			if (!name.endsWith(PlanFiles.EXTENSION)) {
				// why it cannot be read if it cannot, else that it is no plan: never read
				Text problem = PlanFiles.problem(file, maxBytes);
				throw new PlanFiles.Unreadable(problem != null ? problem : Text.of("files.not-plan"));
			}
			bytes = PlanFiles.read(file, maxBytes);
		} catch (PlanFiles.Unreadable e) {
			diagnostics.add(PlanDiagnostic.ofFile(name, 1, 1, CheckType.FILE.id(), e.text().in(lang)));
			return null;
		}
		String text = decodeUtf8(bytes, name, diagnostics, lang);
		if (text == null) {
			return null;
		}
		if (isBlank(text)) {
			diagnostics.add(PlanDiagnostic.ofFile(name, 1, 1, CheckType.FILE.id(), Text.of("files.empty").in(lang)));
			return null;
		}
		URI uri = URI.createFileURI(file.toAbsolutePath().normalize().toString());
		Resource resource = resourceSet.getResource(uri, false);
		if (resource == null) {
			resource = resourceSet.createResource(uri);
		} else {
			resource.unload();
		}
		try {
			// the text as decoded, not encoded again for the resource to decode
			resource.load(new LazyStringInputStream(text, StandardCharsets.UTF_8.name()), resourceSet.getLoadOptions());
		} catch (IOException | RuntimeException | StackOverflowError e) {
			boolean tooDeep = false;
			for (Throwable t = e; t != null; t = t.getCause()) {
				tooDeep |= t instanceof StackOverflowError;
			}
			diagnostics.add(PlanDiagnostic.ofFile(name, 1, 1, CheckType.FILE.id(),
					(tooDeep ? Text.of("files.too-deep") : Text.of("files.cannot-parse", String.valueOf(e.getMessage()))).in(lang)));
			return null;
		}
		int depth = depth(resource);
		if (depth > MAX_DEPTH) {
			diagnostics.add(PlanDiagnostic.ofFile(name, 1, 1, CheckType.FILE.id(), Text.of("files.nested", MAX_DEPTH).in(lang)));
			return null;
		}
		return resource;
	}

	/** How deeply elements may nest before a file is refused (deeper trees are hostile, not plans). */
	public static final int MAX_DEPTH = 100;

	/**
	 * The depth of the model tree (the plan is at depth 1), or the first depth found beyond
	 * {@link #MAX_DEPTH}. Read from the file's listing ({@link PlanContents}, in document order, made
	 * without recursion and kept for the checks, which list the file anyway): each object's
	 * ancestors below the plan are the objects still open on the way down to it.
	 */
	static int depth(Resource resource) {
		if (resource.getContents().isEmpty()) {
			return 0;
		}
		List<EObject> open = new ArrayList<>();
		int max = 1;
		// a plan's file is an Xtext resource (the resource set's factory for .plan makes one)
		List<EObject> listing = ((XtextResource) resource).getResourceServiceProvider().get(PlanContents.class).of(resource);
		for (EObject o : listing) {
			EObject container = o.eContainer();
			while (!open.isEmpty() && open.get(open.size() - 1) != container) {
				open.remove(open.size() - 1);
			}
			open.add(o);
			max = Math.max(max, open.size() + 1);
			if (max > MAX_DEPTH) {
				break;
			}
		}
		return max;
	}

	/** Whether {@code text} holds nothing but white space and byte-order marks. */
	private static boolean isBlank(String text) {
		for (int i = 0; i < text.length();) {
			int c = text.codePointAt(i);
			if (c != '\uFEFF' && !Character.isWhitespace(c)) {
				return false;
			}
			i += Character.charCount(c);
		}
		return true;
	}

	/** Strict UTF-8; the first invalid byte is reported with its line and column. */
	static String decodeUtf8(byte[] bytes, String name, List<PlanDiagnostic> diagnostics, Lang lang) {
		if (isUtf16(bytes)) {
			diagnostics.add(PlanDiagnostic.ofFile(name, 1, 1, CheckType.FILE.id(), Text.of("files.utf16").in(lang)));
			return null;
		}
		// the JDK's own decoding, much the faster, puts U+FFFD for every byte that is not UTF-8: without
		// one in its result the bytes were all UTF-8; with one (written, or put there) the strict decoder decides
		String fast = new String(bytes, StandardCharsets.UTF_8);
		if (fast.indexOf('\uFFFD') < 0) {
			return fast;
		}
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer in = ByteBuffer.wrap(bytes);
		CharBuffer out = CharBuffer.allocate(bytes.length);
		CoderResult result = decoder.decode(in, out, true);
		if (!result.isError()) {
			result = decoder.flush(out);
		}
		if (!result.isError()) {
			return out.flip().toString();
		}
		int bad = Math.min(in.position(), bytes.length - 1);
		String before = new String(bytes, 0, bad, StandardCharsets.UTF_8);
		int line = 1 + (int) before.chars().filter(c -> c == '\n').count();
		int column = Columns.of(before).column(before.length(), 1);
		diagnostics.add(PlanDiagnostic.ofFile(name, line, column, CheckType.FILE.id(),
				Text.of("files.not-utf8", String.format("0x%02X", bytes[bad] & 0xFF), bad).in(lang)));
		return null;
	}

	/**
	 * UTF-16: a UTF-16 byte-order mark, or (without one) text whose every other byte is zero, as
	 * UTF-16 spells ASCII and line ends. A UTF-8 plan has no zero bytes at all.
	 */
	static boolean isUtf16(byte[] bytes) {
		if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE) || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF))) {
			return true;
		}
		int n = Math.min(bytes.length, 4096) & ~1;
		int evenZeros = 0;
		int oddZeros = 0;
		for (int i = 0; i < n; i += 2) {
			evenZeros += bytes[i] == 0 ? 1 : 0;
			oddZeros += bytes[i + 1] == 0 ? 1 : 0;
		}
		int pairs = n / 2;
		return pairs >= 4 && Math.max(evenZeros, oddZeros) * 10 >= pairs * 3 && Math.min(evenZeros, oddZeros) * 10 < pairs;
	}
}
