package org.lantu.plan.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedList;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/** Old class files are raised to Java 8 and still run; a raise that would not verify leaves the jar alone. */
class ClassFileLevelTest {

	@TempDir
	Path dir;

	@Test
	void oldClassFilesAreRaisedAndStillRun() throws Exception {
		Path jar = jar();
		var permissions = Files.getPosixFilePermissions(jar);
		ClassFileLevel.Result result = new ClassFileLevel().raise(jar);
		assertEquals(permissions, Files.getPosixFilePermissions(jar), "the jar keeps its permissions");
		assertEquals(List.of("old/Pick.class"), result.raised());
		try (ZipFile zip = new ZipFile(jar.toFile())) {
			assertEquals(52, ClassFileLevel.major(zip.getInputStream(zip.getEntry("old/Pick.class")).readAllBytes()));
			assertTrue(zip.getEntry("META-INF/MANIFEST.MF") != null, "the manifest is kept");
		}
		try (URLClassLoader loader = new URLClassLoader(new URL[] { jar.toUri().toURL() }, ClassLoader.getPlatformClassLoader())) {
			Class<?> pick = Class.forName("old.Pick", true, loader);
			assertEquals(ArrayList.class, pick.getMethod("pick", boolean.class).invoke(null, true).getClass());
			assertEquals(LinkedList.class, pick.getMethod("pick", boolean.class).invoke(null, false).getClass());
		}
	}

	@Test
	void aRaiseThatDoesNotVerifyLeavesTheJarAsItWas() throws Exception {
		Path jar = jar();
		byte[] before = Files.readAllBytes(jar);
		ClassFileLevel wrong = new ClassFileLevel() {
			@Override
			String commonSuperClass(String a, String b) {
				return "java/lang/String"; // a stack map the verifier rejects
			}
		};
		IOException e = assertThrows(IOException.class, () -> wrong.raise(jar));
		assertTrue(e.getMessage().contains("old.Pick"), e.getMessage());
		assertArrayEquals(before, Files.readAllBytes(jar));
		try (var files = Files.list(dir)) {
			assertEquals(1, files.count(), "no temporary file is left");
		}
	}

	/** A jar with one Java 5 class: {@code static Object pick(boolean b) { return b ? new ArrayList() : new LinkedList(); }}. */
	private Path jar() throws IOException {
		ClassWriter w = new ClassWriter(0);
		w.visit(Opcodes.V1_5, Opcodes.ACC_PUBLIC, "old/Pick", null, "java/lang/Object", null);
		MethodVisitor m = w.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC, "pick", "(Z)Ljava/lang/Object;", null, null);
		m.visitCode();
		Label other = new Label();
		Label done = new Label();
		m.visitVarInsn(Opcodes.ILOAD, 0);
		m.visitJumpInsn(Opcodes.IFEQ, other);
		m.visitTypeInsn(Opcodes.NEW, "java/util/ArrayList");
		m.visitInsn(Opcodes.DUP);
		m.visitMethodInsn(Opcodes.INVOKESPECIAL, "java/util/ArrayList", "<init>", "()V", false);
		m.visitJumpInsn(Opcodes.GOTO, done);
		m.visitLabel(other);
		m.visitTypeInsn(Opcodes.NEW, "java/util/LinkedList");
		m.visitInsn(Opcodes.DUP);
		m.visitMethodInsn(Opcodes.INVOKESPECIAL, "java/util/LinkedList", "<init>", "()V", false);
		m.visitLabel(done);
		m.visitMethodInsn(Opcodes.INVOKEVIRTUAL, "java/util/AbstractList", "size", "()I", false);
		m.visitInsn(Opcodes.POP);
		m.visitVarInsn(Opcodes.ILOAD, 0);
		m.visitJumpInsn(Opcodes.IFEQ, other = new Label());
		m.visitTypeInsn(Opcodes.NEW, "java/util/ArrayList");
		m.visitInsn(Opcodes.DUP);
		m.visitMethodInsn(Opcodes.INVOKESPECIAL, "java/util/ArrayList", "<init>", "()V", false);
		m.visitInsn(Opcodes.ARETURN);
		m.visitLabel(other);
		m.visitTypeInsn(Opcodes.NEW, "java/util/LinkedList");
		m.visitInsn(Opcodes.DUP);
		m.visitMethodInsn(Opcodes.INVOKESPECIAL, "java/util/LinkedList", "<init>", "()V", false);
		m.visitInsn(Opcodes.ARETURN);
		m.visitMaxs(2, 1);
		m.visitEnd();
		w.visitEnd();
		Manifest manifest = new Manifest();
		manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
		Path jar = dir.resolve("old.jar");
		try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest)) {
			out.putNextEntry(new ZipEntry("old/Pick.class"));
			out.write(w.toByteArray());
			out.closeEntry();
		}
		return jar;
	}
}
