package org.lantu.plan.maven;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * {@code lantu:render}: writes one HTML document per plan (and, if asked, its tables and its Word and PDF documents) into the
 * build's output, with the check's findings in each document.
 */
@Mojo(name = "render", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true, requiresProject = false)
public class RenderMojo extends AbstractLantuMojo {

	/** Where the documents go. */
	@Parameter(property = "lantu.outputDirectory", defaultValue = "${project.build.directory}/lantu")
	File outputDirectory;

	/** Formats to export as well: the tables (xlsx, csv, md, json) and the official document (docx and pdf, GB/T 9704). */
	@Parameter(property = "lantu.exports")
	List<String> exports = new ArrayList<>();

	/** The fonts the Word document names, by role ({@code title=方正小标宋_GBK,body=仿宋}); default: the names offices have. */
	@Parameter(property = "lantu.fontNames")
	String fontNames;

	/** Folders of fonts to embed in the PDFs before the system's (the office's 方正小标宋, 仿宋_GB2312…). */
	@Parameter(property = "lantu.fontDirectories")
	List<File> fontDirectories = new ArrayList<>();

	/**
	 * Whether the Word documents carry the plan they are written from, so that {@code lantu import} gives it back while
	 * their text is unchanged; false leaves the source out (a document for readers who should not have it).
	 */
	@Parameter(property = "lantu.planInWord", defaultValue = "true")
	boolean planInWord = true;

	@Override
	String goal() {
		return "render";
	}

	@Override
	void parameters(Map<String, Object> parameters) {
		parameters.put("outputDirectory", outputDirectory);
		parameters.put("exports", exports);
		parameters.put("fontNames", fontNames);
		parameters.put("fontDirectories", fontDirectories);
		parameters.put("planInWord", planInWord);
	}
}
