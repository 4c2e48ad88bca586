package org.lantu.plan.maven;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * {@code lantu:check}: checks the plans and fails the build when they contain errors, as
 * {@code lantu check} does on the command line.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true, requiresProject = false)
public class CheckMojo extends AbstractLantuMojo {

	/** Report only these checks or families (sum, growth.mismatch…). */
	@Parameter(property = "lantu.only")
	List<String> only = new ArrayList<>();

	/** Do not report these checks or families. */
	@Parameter(property = "lantu.disable")
	List<String> disable = new ArrayList<>();

	/**
	 * Also write the findings as a SARIF 2.1.0 log to this file (for GitHub or GitLab code
	 * scanning), paths relative to {@code lantu.root}; written before the build fails.
	 */
	@Parameter(property = "lantu.sarifFile")
	File sarifFile;

	/** This plugin's version, for the SARIF log's tool. */
	@Parameter(defaultValue = "${plugin.version}", readonly = true)
	String pluginVersion;

	/** Fail the build on warnings too. */
	@Parameter(property = "lantu.failOnWarning", defaultValue = "false")
	boolean failOnWarning;

	@Override
	String goal() {
		return "check";
	}

	@Override
	void parameters(Map<String, Object> parameters) {
		parameters.put("only", only);
		parameters.put("disable", disable);
		parameters.put("failOnWarning", failOnWarning);
		parameters.put("sarifFile", sarifFile);
		parameters.put("pluginVersion", pluginVersion);
	}
}
