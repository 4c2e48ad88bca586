package org.lantu.plan.eclipse.commands;

import java.nio.file.Path;
import java.util.List;

import org.lantu.plan.render.Publisher;

/** Export to Word: the plan as an official document (公文) in the GB/T 9704 layout, with named styles to go on editing in Word or WPS. */
public class ExportWordHandler extends PublishHandler {

	@Override
	protected Publisher.Result publish(Publisher publisher, List<Path> plans, Path output) throws Exception {
		return publisher.export(plans, output, Publisher.Format.docx, "zh", options());
	}

	@Override
	protected String what() {
		return "studio.export-word";
	}
}
