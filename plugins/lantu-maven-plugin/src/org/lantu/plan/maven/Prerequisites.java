package org.lantu.plan.maven;

/** Whether the Java and Maven a build runs on can run Lantu's engine; compiled for Java 17. */
final class Prerequisites {
	private Prerequisites() {
	}

	/** Why this Java or Maven is too old, in one line with what to do, or null if both will do. */
	static String problem(int java, String maven, int requiredJava, String requiredMaven) {
		if (java < requiredJava) {
			return "Lantu needs Java " + requiredJava + " or newer, but this Maven runs on Java " + java + "; run Maven with JAVA_HOME set to a Java "
					+ requiredJava + "+ (for example: JAVA_HOME=/usr/lib/jvm/temurin-21-jdk-amd64 mvn verify)";
		}
		if (maven != null && compare(maven, requiredMaven) < 0) {
			return "Lantu needs Maven " + requiredMaven + " or newer, but this is Maven " + maven + "; use a newer Maven (or the Maven wrapper, ./mvnw)";
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
