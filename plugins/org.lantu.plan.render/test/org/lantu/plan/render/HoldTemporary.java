package org.lantu.plan.render;

import java.nio.file.Path;

/** Run by {@link OutputsTest} in a process of its own: holds a temporary output file until it is killed. */
public final class HoldTemporary {
	public static void main(String[] args) throws Exception {
		Path temp = Outputs.temporary(Path.of(args[0]).resolve("plan.html"));
		System.out.println(temp);
		System.out.flush();
		Thread.sleep(60_000);
	}
}
