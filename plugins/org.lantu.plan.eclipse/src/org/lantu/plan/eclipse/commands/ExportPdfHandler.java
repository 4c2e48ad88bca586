package org.lantu.plan.eclipse.commands;

import java.nio.file.Path;
import java.util.List;

import org.lantu.plan.render.Publisher;

/** Export to PDF: the plan as an official document (公文) in the GB/T 9704 layout, Chinese fonts of this machine embedded. */
public class ExportPdfHandler extends PublishHandler {

	@Override
	protected Publisher.Result publish(Publisher publisher, List<Path> plans, Path output) throws Exception {
		return publisher.export(plans, output, Publisher.Format.pdf, "zh", options());
	}

	@Override
	protected String what() {
		return "studio.export-pdf";
	}
}
