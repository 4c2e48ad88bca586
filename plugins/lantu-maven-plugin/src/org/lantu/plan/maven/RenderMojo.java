package org.lantu.plan.maven;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * {@code lantu:render}: writes one HTML document per plan (and, if asked, its tables) into the
 * build's output, with the check's findings in each document.
 */
@Mojo(name = "render", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true, requiresProject = false)
public class RenderMojo extends AbstractLantuMojo {

	/** Where the documents go. */
	@Parameter(property = "lantu.outputDirectory", defaultValue = "${project.build.directory}/lantu")
	File outputDirectory;

	/** Table formats to export as well: xlsx, csv, md, json. */
	@Parameter(property = "lantu.exports")
	List<String> exports = new ArrayList<>();

	@Override
	String goal() {
		return "render";
	}

	@Override
	void parameters(Map<String, Object> parameters) {
		parameters.put("outputDirectory", outputDirectory);
		parameters.put("exports", exports);
	}
}
