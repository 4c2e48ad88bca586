package org.lantu.plan.eclipse.editor;

import java.util.concurrent.TimeUnit;

import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Region;
import org.eclipse.lsp4j.Hover;
import org.lantu.plan.eclipse.server.Positions;

/**
 * Hover from the server: for a zone the sum of its parts, for an indicator the growth rate from base
 * to target, a value converted into other units, the finding's arithmetic. Runs off the UI thread
 * (JFace asks for hover text in a background thread).
 */
public class PlanTextHover implements ITextHover {

	private final PlanEditor editor;

	public PlanTextHover(PlanEditor editor) {
		this.editor = editor;
	}

	@Override
	public String getHoverInfo(ITextViewer viewer, IRegion region) {
		String uri = editor.uri();
		if (uri == null) {
			return null;
		}
		try {
			Hover hover = editor.server().hover(uri, Positions.position(viewer.getDocument().get(), region.getOffset())).get(3, TimeUnit.SECONDS);
			return hover == null ? null : plain(hover);
		} catch (Exception e) {
			return null;
		}
	}

	/** The hover's markdown as plain text (the default hover shows text). */
	static String plain(Hover hover) {
		String text;
		if (hover.getContents().isRight()) {
			text = hover.getContents().getRight().getValue();
		} else {
			StringBuilder b = new StringBuilder();
			hover.getContents().getLeft().forEach(e -> b.append(e.isLeft() ? e.getLeft() : e.getRight().getValue()).append('\n'));
			text = b.toString();
		}
		text = text.replaceAll("(?m)^```\\w*\\s*$", "").replace("**", "").replace("`", "").replace("\\", "").strip();
		return text.isEmpty() ? null : text;
	}

	@Override
	public IRegion getHoverRegion(ITextViewer viewer, int offset) {
		return new Region(offset, 0);
	}
}
