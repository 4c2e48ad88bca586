package org.lantu.plan.eclipse.commands;

import java.nio.file.Path;
import java.util.List;

import org.lantu.plan.render.Publisher;

/** Render to HTML: one self-contained document per plan, with its check results. */
public class RenderHandler extends PublishHandler {

	@Override
	protected Publisher.Result publish(Publisher publisher, List<Path> plans, Path output) throws Exception {
		return publisher.render(plans, output, "zh", options());
	}

	@Override
	protected String what() {
		return "studio.render";
	}
}
