package org.lantu.plan.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.lantu.plan.render.Publisher;

/**
 * {@code lantu:render}: writes one HTML document per plan (and, if asked, its tables) into the
 * build's output, with the check's findings in each document.
 */
@Mojo(name = "render", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true, requiresProject = false)
public class RenderMojo extends AbstractLantuMojo {

	/** Where the documents go. */
	@Parameter(property = "lantu.outputDirectory", defaultValue = "${project.build.directory}/lantu")
	File outputDirectory;

	/** Language of generated labels: zh or en. */
	@Parameter(property = "lantu.lang", defaultValue = "zh")
	String lang;

	/** Table formats to export as well: xlsx, csv, md, json. */
	@Parameter(property = "lantu.exports")
	List<String> exports = new ArrayList<>();

	@Override
	public void execute() throws MojoExecutionException {
		if (skip) {
			getLog().info("lantu:render skipped");
			return;
		}
		if (!lang.equals("zh") && !lang.equals("en")) {
			throw new MojoExecutionException("lantu.lang must be zh or en, not " + lang);
		}
		List<Publisher.Format> formats = new ArrayList<>();
		for (String f : exports) {
			try {
				formats.add(Publisher.Format.valueOf(f.trim()));
			} catch (IllegalArgumentException e) {
				throw new MojoExecutionException("unknown export format '" + f + "'; use xlsx, csv, md or json");
			}
		}
		Path out = outputDirectory.toPath();
		try {
			Publisher.Result result = Publisher.create().publish(paths(), out, lang, options(), true, formats);
			log(result.report());
			result.written().forEach(p -> getLog().info("wrote " + p));
			for (String s : result.skipped()) {
				getLog().warn(s + " could not be read and was not rendered");
			}
			result.failed().forEach(getLog()::error);
			if (!result.failed().isEmpty()) {
				throw new MojoExecutionException(result.failed().size() + " output file(s) could not be written: " + result.failed().get(0));
			}
		} catch (IOException e) {
			throw new MojoExecutionException("cannot write to " + out + ": " + e.getMessage(), e);
		}
	}
}
