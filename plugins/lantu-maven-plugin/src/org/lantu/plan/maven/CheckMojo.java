package org.lantu.plan.maven;

import java.util.ArrayList;
import java.util.List;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.lantu.plan.api.CheckFilter;
import org.lantu.plan.api.CheckReport;
import org.lantu.plan.api.PlanChecker;

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

	/** Fail the build on warnings too. */
	@Parameter(property = "lantu.failOnWarning", defaultValue = "false")
	boolean failOnWarning;

	@Override
	public void execute() throws MojoExecutionException, MojoFailureException {
		if (skip) {
			getLog().info("lantu:check skipped");
			return;
		}
		CheckFilter filter = new CheckFilter(only, disable);
		if (!filter.unknown().isEmpty()) {
			throw new MojoExecutionException("no check is called " + String.join(", ", filter.unknown()) + " (lantu explain lists them)");
		}
		CheckReport report = PlanChecker.create().check(paths(), filter, options());
		log(report);
		if (report.hasErrors() || failOnWarning && report.count(org.lantu.plan.api.PlanDiagnostic.Severity.WARNING) > 0) {
			throw new MojoFailureException("the plans have " + report.count(org.lantu.plan.api.PlanDiagnostic.Severity.ERROR) + " error(s)"
					+ (failOnWarning ? " and " + report.count(org.lantu.plan.api.PlanDiagnostic.Severity.WARNING) + " warning(s)" : "")
					+ "; see the lines above (lantu explain ID describes each check)");
		}
	}
}
