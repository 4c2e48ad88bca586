package org.lantu.plan.maven;

import java.io.File;
import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.rtinfo.RuntimeInformation;

/**
 * What the goals share: where the plans are, how to read them. This class and the goals' classes
 * are compiled for Java 17 and use only Maven's API: each goal first checks that Maven and Java are
 * recent enough for the engine (Java 21+, Maven 3.8.1+) and says so in one line if not, then hands
 * its parameters, as plain values, to {@code goals/} (compiled for Java 21, where the engine is).
 * Every parameter is a String, boolean, number, file or list of them, which every Maven 3 reads.
 */
abstract class AbstractLantuMojo extends AbstractMojo {

	static final int JAVA = 21;
	static final String MAVEN = "3.8.1";

	/** Plan files or directories searched for *.plan. */
	@Parameter(property = "lantu.plans", defaultValue = "${project.basedir}/src/plans")
	List<File> plans = new ArrayList<>();

	/** Read 超过/突破 strictly and count warnings as errors. */
	@Parameter(property = "lantu.strict", defaultValue = "false")
	boolean strict;

	/** Tolerance of 约/左右 in percent (5 or 5%). */
	@Parameter(property = "lantu.tolerance", defaultValue = "5")
	String tolerance;

	/** The workspace: imports must lead to plans under this folder. */
	@Parameter(property = "lantu.root", defaultValue = "${project.basedir}")
	File root;

	/** The largest plan file read, in MB. */
	@Parameter(property = "lantu.maxFileSize", defaultValue = "64")
	long maxFileSize = 64;

	/** The language of findings and generated labels: zh or en. */
	@Parameter(property = "lantu.lang", defaultValue = "zh")
	String lang = "zh";

	/** Skip this goal. */
	@Parameter(property = "lantu.skip", defaultValue = "false")
	boolean skip;

	@Component
	RuntimeInformation runtime;

	/** The goal's name, for messages. */
	abstract String goal();

	/** This goal's own parameters, added to the shared ones. */
	abstract void parameters(Map<String, Object> parameters);

	@Override
	public final void execute() throws MojoExecutionException, MojoFailureException {
		if (skip) {
			getLog().info("lantu:" + goal() + ("en".equals(lang) ? " skipped" : " 已跳过"));
			return;
		}
		String problem = Prerequisites.problem(Runtime.version().feature(), runtime == null ? null : runtime.getMavenVersion(), JAVA, MAVEN, lang);
		if (problem != null) {
			throw new MojoExecutionException("lantu:" + goal() + ": " + problem);
		}
		Map<String, Object> parameters = new LinkedHashMap<>();
		parameters.put("plans", plans);
		parameters.put("strict", strict);
		parameters.put("tolerance", tolerance);
		parameters.put("root", root);
		parameters.put("maxFileSize", maxFileSize);
		parameters.put("lang", lang);
		parameters(parameters);
		try {
			Class.forName("org.lantu.plan.maven.goals.Goals", true, getClass().getClassLoader()).getMethod(goal(), Map.class, Log.class).invoke(null,
					parameters, getLog());
		} catch (InvocationTargetException e) {
			Throwable cause = e.getCause();
			if (cause instanceof MojoExecutionException m) {
				throw m;
			}
			if (cause instanceof MojoFailureException m) {
				throw m;
			}
			throw new MojoExecutionException("lantu:" + goal() + " failed: " + cause, cause);
		} catch (ReflectiveOperationException | LinkageError e) {
			throw new MojoExecutionException("lantu:" + goal() + " cannot start its engine: " + e, e);
		}
	}
}
