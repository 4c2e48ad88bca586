package org.lantu.plan.maven;

import java.io.File;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Parameter;
import org.lantu.plan.api.CheckReport;
import org.lantu.plan.api.PlanChecker;
import org.lantu.plan.api.PlanDiagnostic;

/** What the goals share: where the plans are, how to read them, how to log findings. */
abstract class AbstractLantuMojo extends AbstractMojo {

	/** Plan files or directories searched for *.plan. */
	@Parameter(property = "lantu.plans", defaultValue = "${project.basedir}/src/plans")
	List<File> plans = new ArrayList<>();

	/** Read 超过/突破 strictly and count warnings as errors. */
	@Parameter(property = "lantu.strict", defaultValue = "false")
	boolean strict;

	/** Tolerance of 约/左右 in percent. */
	@Parameter(property = "lantu.tolerance", defaultValue = "5")
	BigDecimal tolerance;

	/** The workspace: imports must lead to plans under this folder. */
	@Parameter(property = "lantu.root", defaultValue = "${project.basedir}")
	File root;

	/** The largest plan file read, in MB. */
	@Parameter(property = "lantu.maxFileSize", defaultValue = "64")
	long maxFileSize = 64;

	/** Skip this goal. */
	@Parameter(property = "lantu.skip", defaultValue = "false")
	boolean skip;

	PlanChecker.Options options() throws MojoExecutionException {
		if (tolerance.signum() < 0 || tolerance.compareTo(BigDecimal.valueOf(100)) > 0) {
			throw new MojoExecutionException("lantu.tolerance must be a percentage between 0 and 100, not " + tolerance);
		}
		if (maxFileSize < 1) {
			throw new MojoExecutionException("lantu.maxFileSize must be at least 1 (MB), not " + maxFileSize);
		}
		return new PlanChecker.Options(strict, tolerance.movePointLeft(2)).withRoot(root == null ? null : root.toPath()).withMaxFileBytes(maxFileSize << 20);
	}

	List<java.nio.file.Path> paths() {
		return plans.stream().map(File::toPath).toList();
	}

	/** Logs each finding in the command line's format, at its severity. */
	void log(CheckReport report) {
		for (PlanDiagnostic d : report.diagnostics()) {
			switch (d.severity()) {
			case ERROR -> getLog().error(d.format());
			case WARNING -> getLog().warn(d.format());
			default -> getLog().info(d.format());
			}
		}
		getLog().info(report.files().size() + " plan(s) checked: " + report.count(PlanDiagnostic.Severity.ERROR) + " error(s), "
				+ report.count(PlanDiagnostic.Severity.WARNING) + " warning(s)");
	}
}
