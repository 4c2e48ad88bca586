package org.lantu.plan.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.xtext.workspace.IProjectConfig;
import org.eclipse.xtext.workspace.ProjectConfigAdapter;
import org.lantu.plan.findings.Text;

/**
 * The folders whose plans Lantu may read, and the limit on a file's size. An import resolves only
 * to a {@code .plan} file whose real path (symbolic links resolved) lies under the root of the plan
 * that imports it; it is written as a relative path with {@code /} between folders — never a URL,
 * an absolute path, {@code ~}, a backslash or percent-encoding.
 * <p>
 * Who sets the roots: the command line (its current folder or {@code --root}, see
 * {@link #forInputs}), the Maven plugin (the project's folder), and the language server and
 * Eclipse (the workspace folder, through Xtext's project configuration). A plan under no root
 * (an editor's file outside every workspace folder) may import only from its own folder and below.
 * The workspace travels with the resource set as an adapter.
 */
public final class Workspace extends AdapterImpl {

	private final List<Path> roots;
	private final long maxBytes;

	/** Roots as absolute, normalised paths (widest first), and the largest file read. */
	public Workspace(List<Path> roots, long maxBytes) {
		List<Path> normal = new ArrayList<>();
		for (Path r : roots) {
			normal.add(r.toAbsolutePath().normalize());
		}
		normal.sort(Comparator.comparingInt(Path::getNameCount));
		this.roots = List.copyOf(normal);
		this.maxBytes = maxBytes;
	}

	private static final Workspace NONE = new Workspace(List.of(), PlanFiles.DEFAULT_MAX_BYTES);

	/**
	 * The command line's workspace: {@code root} if given; otherwise the current folder, and for
	 * each input named outside it, that input's own folder (a directory named on the command line,
	 * or a file's folder).
	 */
	public static Workspace forInputs(Path root, List<Path> inputs, long maxBytes) {
		if (root != null) {
			return new Workspace(List.of(root), maxBytes);
		}
		Path current = Path.of("").toAbsolutePath().normalize();
		List<Path> roots = new ArrayList<>(List.of(current));
		for (Path input : inputs) {
			Path p = input.toAbsolutePath().normalize();
			if (!p.startsWith(current)) {
				Path folder = Files.isDirectory(p) ? p : p.getParent();
				if (folder != null && !roots.contains(folder)) {
					roots.add(folder);
				}
			}
		}
		return new Workspace(roots, maxBytes);
	}

	/** The workspace of a resource set: its own, else the editor's workspace folder, else none. */
	public static Workspace of(ResourceSet set) {
		if (set == null) {
			return NONE;
		}
		for (Adapter a : set.eAdapters()) {
			if (a instanceof Workspace w) {
				return w;
			}
		}
		ProjectConfigAdapter project = ProjectConfigAdapter.findInEmfObject(set);
		IProjectConfig config = project == null ? null : project.getProjectConfig();
		URI path = config == null ? null : config.getPath();
		if (path != null && path.isFile()) {
			try {
				return new Workspace(List.of(Path.of(path.toFileString())), PlanFiles.DEFAULT_MAX_BYTES);
			} catch (InvalidPathException e) {
				return NONE;
			}
		}
		return NONE;
	}

	/** Attaches this workspace to a resource set (replacing any there). */
	public Workspace attachTo(ResourceSet set) {
		set.eAdapters().removeIf(a -> a instanceof Workspace);
		set.eAdapters().add(this);
		return this;
	}

	@Override
	public boolean isAdapterForType(Object type) {
		return type == Workspace.class;
	}

	public List<Path> roots() {
		return roots;
	}

	public long maxBytes() {
		return maxBytes;
	}

	/** The root a file belongs to (the widest that holds it), or its own folder if none does. */
	public Path rootOf(Path file) {
		Path p = file.toAbsolutePath().normalize();
		for (Path root : roots) {
			if (p.startsWith(root)) {
				return root;
			}
		}
		return p.getParent() == null ? p : p.getParent();
	}

	/** Whether a file, symbolic links resolved, lies under one of the roots (true when there are none). */
	public boolean holds(Path file) {
		if (roots.isEmpty()) {
			return true;
		}
		for (Path root : roots) {
			if (isUnder(file, root)) {
				return true;
			}
		}
		return false;
	}

	/** Where an import leads: the plan file's URI, or why it is refused (then uri is null). */
	public record Resolution(URI uri, Text problem) {
		static Resolution refused(Text problem) {
			return new Resolution(null, problem);
		}
	}

	private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");

	/**
	 * Resolves an import written in the plan at {@code importer}. The written path is refused
	 * unless it is relative and plain; the result must lie under the importer's root, also after
	 * symbolic links are resolved. Whether the file exists is left to the caller (a missing import
	 * is its own finding); an existing one must be a regular file.
	 */
	public Resolution resolveImport(URI importer, String written) {
		Text why = notPlain(written);
		if (why != null) {
			return Resolution.refused(why);
		}
		if (importer == null || !importer.isFile() || importer.isRelative()) {
			// a plan that is not a file (a test's in-memory text): imports name nothing it may read
			return Resolution.refused(Text.of("files.import.not-a-file"));
		}
		Path from;
		Path target;
		try {
			from = Path.of(importer.toFileString()).toAbsolutePath().normalize();
			target = from.resolveSibling(written).normalize();
		} catch (InvalidPathException e) {
			return Resolution.refused(Text.of("files.import.unreadable-path", written));
		}
		Path root = rootOf(from);
		if (!target.startsWith(root)) {
			return Resolution.refused(Text.of("files.import.outside"));
		}
		if (Files.exists(target) && !isUnder(target, root)) {
			return Resolution.refused(Text.of("files.import.link-outside"));
		}
		URI uri = URI.createFileURI(target.toString());
		if (importer.hasAuthority()) {
			// the importer's spelling (an editor's file:///…), so that the index knows the file by one URI
			uri = URI.createHierarchicalURI(uri.scheme(), importer.authority(), uri.device(), uri.segments(), null, null);
		}
		return new Resolution(uri, null);
	}

	/** Why a written import is not a plain relative path, or null if it is one. */
	private static Text notPlain(String written) {
		if (written == null || written.isBlank()) {
			return Text.of("files.import.empty");
		}
		for (int i = 0; i < written.length(); i++) {
			if (Character.isISOControl(written.charAt(i))) {
				return Text.of("files.import.control");
			}
		}
		if (SCHEME.matcher(written).find()) {
			return Text.of("files.import.url");
		}
		if (written.startsWith("/")) {
			return Text.of("files.import.absolute");
		}
		if (written.startsWith("~")) {
			return Text.of("files.import.home");
		}
		if (written.indexOf('\\') >= 0) {
			return Text.of("files.import.backslash");
		}
		if (written.indexOf('%') >= 0) {
			return Text.of("files.import.percent");
		}
		return null;
	}

	/** Whether {@code file}'s real path lies under {@code root}'s real path (a missing file: its lexical path). */
	public static boolean isUnder(Path file, Path root) {
		try {
			Path realRoot = root.toRealPath();
			Path real = Files.exists(file) ? file.toRealPath() : file.toAbsolutePath().normalize();
			return real.startsWith(realRoot);
		} catch (IOException | SecurityException e) {
			return false;
		}
	}
}
