package org.lantu.plan.cli;

import java.nio.file.Path;

import org.lantu.plan.api.PlanChecker;
import org.lantu.plan.files.PlanFiles;

import picocli.CommandLine.Option;

/** Where plans may be read from, for every command that reads them: the workspace root and the size limit. */
class ReadOptions {

	@Option(names = "--root", paramLabel = "DIR", description = { "the workspace: imports must lead to plans under this folder",
			"(default: the current folder; a plan named outside it has its own folder)" })
	Path root;

	@Option(names = "--max-file-size", paramLabel = "MB", description = "the largest plan file read, in MB (default: ${DEFAULT-VALUE})")
	long maxFileSize = PlanFiles.DEFAULT_MAX_BYTES >> 20;

	/** {@code options} with this workspace and limit. */
	PlanChecker.Options applyTo(PlanChecker.Options options) {
		return options.withRoot(root).withMaxFileBytes(Math.max(1, maxFileSize) << 20);
	}
}
