package org.lantu.plan.build;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Opcodes;

/**
 * Raises the class files of a jar that are older than Java 6 (EMF's, ANTLR's, log4j's, picocli's)
 * to Java 8, with the stack maps the JDK's verifier wants. The JDK's start-up (AOT) cache links
 * classes ahead of time only from Java 6 on, so without this the command line loaded and verified
 * about 1,000 classes — EMF and the plan model built on it — on every start.
 * <p>
 * Run by the command line's build on {@code lantu.jar}: {@code ClassFileLevel <jar>}. The jar is
 * rewritten through a temporary file and replaced only when every raised class verifies (each is
 * loaded and linked in a class loader of its own); a class whose stack maps cannot be computed (it
 * uses a library the jar does not hold) is kept as it was.
 */
public class ClassFileLevel {

	/** Class files below this major version are raised (50: Java 6, the first the AOT cache links). */
	static final int LINKABLE = 50;

	/** The class hierarchy of the jar and the JDK: name → super class, and which are interfaces. */
	private final Map<String, String> superOf = new HashMap<>();
	private final Set<String> interfaces = new HashSet<>();

	public static void main(String[] args) throws IOException {
		if (args.length != 1) {
			System.err.println("usage: ClassFileLevel <jar>");
			System.exit(2);
		}
		Path jar = Path.of(args[0]);
		Result result = new ClassFileLevel().raise(jar);
		System.out.println("ClassFileLevel: " + jar.getFileName() + ": " + result.raised().size() + " class files raised to Java 8, " + result.kept().size()
				+ " kept as they were");
	}

	/** What {@link #raise} did: the classes raised, and those kept (with why). */
	public record Result(List<String> raised, List<String> kept) {
	}

	/** Raises the old class files of {@code jar}, in place; throws, leaving the jar as it was, if one does not verify. */
	public Result raise(Path jar) throws IOException {
		Map<String, byte[]> entries = new LinkedHashMap<>();
		Map<String, Long> times = new HashMap<>();
		try (ZipInputStream in = new ZipInputStream(Files.newInputStream(jar))) {
			for (ZipEntry e; (e = in.getNextEntry()) != null;) {
				entries.put(e.getName(), in.readAllBytes());
				times.put(e.getName(), e.getTime());
			}
		}
		for (Map.Entry<String, byte[]> e : entries.entrySet()) {
			if (isClass(e.getKey())) {
				learn(e.getValue());
			}
		}
		List<String> raised = new ArrayList<>();
		List<String> kept = new ArrayList<>();
		for (Map.Entry<String, byte[]> e : entries.entrySet()) {
			if (isClass(e.getKey()) && major(e.getValue()) < LINKABLE) {
				try {
					e.setValue(raise(e.getValue()));
					raised.add(e.getKey());
				} catch (RuntimeException unknownType) {
					kept.add(e.getKey() + " (" + unknownType.getMessage() + ")");
				}
			}
		}
		Path written = Files.createTempFile(jar.toAbsolutePath().getParent(), jar.getFileName().toString(), ".tmp");
		try {
			try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(written))) {
				for (Map.Entry<String, byte[]> e : entries.entrySet()) {
					ZipEntry entry = new ZipEntry(e.getKey());
					entry.setTime(times.get(e.getKey()));
					out.putNextEntry(entry);
					out.write(e.getValue());
					out.closeEntry();
				}
			}
			verify(written, raised);
			if (Files.getFileAttributeView(jar, PosixFileAttributeView.class) != null) {
				Files.setPosixFilePermissions(written, Files.getPosixFilePermissions(jar));
			}
			Files.move(written, jar, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		} finally {
			Files.deleteIfExists(written);
		}
		return new Result(raised, kept);
	}

	private static boolean isClass(String name) {
		return name.endsWith(".class") && !name.startsWith("META-INF/") && !name.endsWith("module-info.class");
	}

	static int major(byte[] classFile) {
		return ((classFile[6] & 0xff) << 8) | (classFile[7] & 0xff);
	}

	private void learn(byte[] classFile) {
		ClassReader r = new ClassReader(classFile);
		superOf.put(r.getClassName(), r.getSuperName());
		if ((r.getAccess() & Opcodes.ACC_INTERFACE) != 0) {
			interfaces.add(r.getClassName());
		}
	}

	/** Whether {@code type} is known (from the jar or the JDK); learns the JDK's on the way. */
	private boolean known(String type) {
		if (superOf.containsKey(type)) {
			return true;
		}
		try (InputStream s = ClassLoader.getPlatformClassLoader().getResourceAsStream(type + ".class")) {
			if (s != null) {
				learn(s.readAllBytes());
				return true;
			}
		} catch (IOException e) {
			// not readable: unknown
		}
		return false;
	}

	/** The class file at Java 8, stack maps computed from the class hierarchy (never by loading classes). */
	byte[] raise(byte[] classFile) {
		ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_FRAMES) {
			@Override
			protected String getCommonSuperClass(String a, String b) {
				return commonSuperClass(a, b);
			}
		};
		new ClassReader(classFile).accept(new ClassVisitor(Opcodes.ASM9, writer) {
			@Override
			public void visit(int version, int access, String name, String signature, String superName, String[] itfs) {
				super.visit(Opcodes.V1_8, access, name, signature, superName, itfs);
			}
		}, 0);
		return writer.toByteArray();
	}

	/** The nearest class both {@code a} and {@code b} extend (what the verifier merges two types to). */
	String commonSuperClass(String a, String b) {
		if (!known(a) || !known(b)) {
			throw new IllegalStateException("unknown type " + (known(a) ? b : a));
		}
		if (interfaces.contains(a) || interfaces.contains(b)) {
			return "java/lang/Object";
		}
		Set<String> above = new HashSet<>();
		for (String c = a; c != null && known(c); c = superOf.get(c)) {
			above.add(c);
		}
		for (String c = b; c != null && known(c); c = superOf.get(c)) {
			if (above.contains(c)) {
				return c;
			}
		}
		return "java/lang/Object";
	}

	/**
	 * Loads and links every raised class from {@code jar} in a class loader of its own (linking
	 * verifies); a class that does not verify stops the build. Classes that need a library the jar
	 * does not hold (log4j's mail and JMS appenders) cannot be linked here and are passed over.
	 */
	private static void verify(Path jar, List<String> raised) throws IOException {
		List<String> failed = new ArrayList<>();
		try (URLClassLoader loader = new URLClassLoader(new URL[] { jar.toUri().toURL() }, ClassLoader.getPlatformClassLoader())) {
			for (String entry : raised) {
				String name = entry.substring(0, entry.length() - ".class".length()).replace('/', '.');
				try {
					// reflection links the class first, and linking verifies it
					Class.forName(name, false, loader).getDeclaredMethods();
				} catch (VerifyError | ClassFormatError | ClassNotFoundException e) {
					failed.add(name + ": " + e);
				} catch (LinkageError missingLibrary) {
					// a class it needs is not in the jar
				}
			}
		}
		if (!failed.isEmpty()) {
			throw new IOException("raised class files do not verify (the jar is left as it was):\n  " + String.join("\n  ", failed));
		}
	}
}
