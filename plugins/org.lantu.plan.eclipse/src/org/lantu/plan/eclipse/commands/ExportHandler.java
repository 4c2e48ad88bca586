package org.lantu.plan.eclipse.commands;

import java.nio.file.Path;
import java.util.List;

import org.lantu.plan.render.Publisher;

/** Export to Excel: the plan's tables as one workbook (indicators, projects, zones, phases, tasks, findings). */
public class ExportHandler extends PublishHandler {

	@Override
	protected Publisher.Result publish(Publisher publisher, List<Path> plans, Path output) throws Exception {
		return publisher.export(plans, output, Publisher.Format.xlsx, "zh", options());
	}

	@Override
	protected String what() {
		return "studio.export";
	}
}
