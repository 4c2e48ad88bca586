package org.lantu.plan.eclipse.editor;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.hyperlink.AbstractHyperlinkDetector;
import org.eclipse.jface.text.hyperlink.IHyperlink;
import org.eclipse.lsp4j.Location;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.lantu.plan.eclipse.core.Log;
import org.lantu.plan.eclipse.markers.Texts;
import org.lantu.plan.eclipse.server.Positions;
import org.lantu.plan.eclipse.server.Uris;

/** Ctrl+click (F3 in the hyperlink menu) on a reference: go to the zone, indicator, unit or plan it names. */
public class PlanHyperlinks extends AbstractHyperlinkDetector {

	private final PlanEditor editor;

	public PlanHyperlinks(PlanEditor editor) {
		this.editor = editor;
	}

	@Override
	public IHyperlink[] detectHyperlinks(ITextViewer viewer, IRegion region, boolean canShowMultipleHyperlinks) {
		String uri = editor.uri();
		if (uri == null) {
			return null;
		}
		String text = viewer.getDocument().get();
		try {
			List<? extends Location> targets = editor.server().definition(uri, Positions.position(text, region.getOffset())).get(2, TimeUnit.SECONDS);
			if (targets.isEmpty()) {
				return null;
			}
			IRegion word = word(text, region.getOffset());
			return targets.stream().map(t -> new Link(word, t)).toArray(IHyperlink[]::new);
		} catch (Exception e) {
			return null;
		}
	}

	private static IRegion word(String text, int offset) {
		int s = offset;
		int e = offset;
		while (s > 0 && Character.isLetterOrDigit(text.charAt(s - 1))) {
			s--;
		}
		while (e < text.length() && Character.isLetterOrDigit(text.charAt(e))) {
			e++;
		}
		return new Region(s, Math.max(1, e - s));
	}

	private record Link(IRegion region, Location target) implements IHyperlink {
		@Override
		public IRegion getHyperlinkRegion() {
			return region;
		}

		@Override
		public String getTypeLabel() {
			return "Definition";
		}

		@Override
		public String getHyperlinkText() {
			return "Go to definition";
		}

		@Override
		public void open() {
			IFile file = Uris.file(target.getUri());
			if (file == null) {
				return;
			}
			try {
				IEditorPart part = IDE.openEditor(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage(), file);
				if (part instanceof ITextEditor te) {
					String text = Texts.current(file);
					int start = Positions.offset(text, target.getRange().getStart());
					int end = Positions.offset(text, target.getRange().getEnd());
					te.selectAndReveal(start, Math.max(0, end - start));
				}
			} catch (PartInitException e) {
				Log.error("Could not open " + file.getFullPath(), e);
			}
		}
	}
}
