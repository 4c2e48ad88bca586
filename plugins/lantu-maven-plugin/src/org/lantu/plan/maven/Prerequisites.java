package org.lantu.plan.maven;

/** Whether the Java and Maven a build runs on can run Lantu's engine; compiled for Java 17. */
final class Prerequisites {
	private Prerequisites() {
	}

	/**
	 * Why this Java or Maven is too old, in one line with what to do, or null if both will do; in
	 * English when {@code lang} is en, else in Chinese (the engine's catalogue of messages needs the
	 * Java this checks for, so these few are written here).
	 */
	static String problem(int java, String maven, int requiredJava, String requiredMaven, String lang) {
		boolean english = "en".equals(lang);
		if (java < requiredJava) {
			return english
					? "Lantu needs Java " + requiredJava + " or newer, but this Maven runs on Java " + java + "; run Maven with JAVA_HOME set to a Java "
							+ requiredJava + "+ (for example: JAVA_HOME=/usr/lib/jvm/temurin-21-jdk-amd64 mvn verify)"
					: "蓝图需要 Java " + requiredJava + " 或更新的版本，而这个 Maven 运行在 Java " + java + " 上；请把 JAVA_HOME 设为 Java " + requiredJava
							+ " 以上再运行 Maven（例如：JAVA_HOME=/usr/lib/jvm/temurin-21-jdk-amd64 mvn verify）";
		}
		if (maven != null && compare(maven, requiredMaven) < 0) {
			return english ? "Lantu needs Maven " + requiredMaven + " or newer, but this is Maven " + maven + "; use a newer Maven (or the Maven wrapper, ./mvnw)"
					: "蓝图需要 Maven " + requiredMaven + " 或更新的版本，而这是 Maven " + maven + "；请换用更新的 Maven（或 Maven 包装器 ./mvnw）";
		}
		return null;
	}

	/** Compares dotted versions by their numbers (3.8.7 < 3.9.11; a suffix such as -SNAPSHOT is ignored). */
	static int compare(String a, String b) {
		String[] x = a.split("[.-]");
		String[] y = b.split("[.-]");
		for (int i = 0; i < Math.max(x.length, y.length); i++) {
			int p = i < x.length ? number(x[i]) : 0;
			int q = i < y.length ? number(y[i]) : 0;
			if (p != q) {
				return Integer.compare(p, q);
			}
		}
		return 0;
	}

	private static int number(String s) {
		try {
			return Integer.parseInt(s);
		} catch (NumberFormatException e) {
			return 0;
		}
	}
}
