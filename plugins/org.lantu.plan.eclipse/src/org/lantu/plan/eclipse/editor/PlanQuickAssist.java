package org.lantu.plan.eclipse.editor;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.jface.text.quickassist.IQuickAssistInvocationContext;
import org.eclipse.jface.text.quickassist.IQuickAssistProcessor;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.MarkerAnnotation;
import org.lantu.plan.eclipse.markers.MarkerWriter;

/** Ctrl+1 in the editor: the quick fixes of the Lantu markers under the caret. */
public class PlanQuickAssist implements IQuickAssistProcessor {

	private final ISourceViewer viewer;

	public PlanQuickAssist(ISourceViewer viewer) {
		this.viewer = viewer;
	}

	@Override
	public boolean canFix(Annotation annotation) {
		IMarker marker = marker(annotation);
		return marker != null && IDE.getMarkerHelpRegistry().hasResolutions(marker);
	}

	@Override
	public boolean canAssist(IQuickAssistInvocationContext context) {
		return false;
	}

	/**
	 * The fixes of the findings under the caret; when there is none there, of the findings on the
	 * caret's line (as the ruler's quick fix does), so that Ctrl+1 anywhere on the line works.
	 */
	@Override
	public ICompletionProposal[] computeQuickAssistProposals(IQuickAssistInvocationContext context) {
		IAnnotationModel model = viewer.getAnnotationModel();
		if (model == null) {
			return new ICompletionProposal[0];
		}
		int offset = context.getOffset();
		List<IMarker> under = new ArrayList<>();
		List<IMarker> onLine = new ArrayList<>();
		int line = line(offset);
		for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
			Annotation a = it.next();
			IMarker marker = marker(a);
			Position p = model.getPosition(a);
			if (marker == null || p == null) {
				continue;
			}
			if (offset >= p.getOffset() && offset <= p.getOffset() + p.getLength()) {
				under.add(marker);
			} else if (line >= 0 && line(p.getOffset()) == line) {
				onLine.add(marker);
			}
		}
		List<ICompletionProposal> proposals = new ArrayList<>();
		for (IMarker marker : under.isEmpty() ? onLine : under) {
			for (IMarkerResolution r : IDE.getMarkerHelpRegistry().getResolutions(marker)) {
				proposals.add(new Proposal(r, marker));
			}
		}
		return proposals.toArray(ICompletionProposal[]::new);
	}

	private int line(int offset) {
		try {
			return viewer.getDocument().getLineOfOffset(offset);
		} catch (BadLocationException e) {
			return -1;
		}
	}

	private static IMarker marker(Annotation annotation) {
		if (annotation instanceof MarkerAnnotation ma && ma.getMarker().exists()) {
			try {
				return MarkerWriter.TYPE.equals(ma.getMarker().getType()) ? ma.getMarker() : null;
			} catch (CoreException e) {
				return null;
			}
		}
		return null;
	}

	@Override
	public String getErrorMessage() {
		return null;
	}

	/** A marker resolution as a proposal in the quick-fix pop-up. */
	record Proposal(IMarkerResolution resolution, IMarker marker) implements ICompletionProposal {
		@Override
		public void apply(IDocument document) {
			resolution.run(marker);
		}

		@Override
		public Point getSelection(IDocument document) {
			return null;
		}

		/** None: the finding's message is on the marker's hover and in the Problems view. */
		@Override
		public String getAdditionalProposalInfo() {
			return null;
		}

		@Override
		public String getDisplayString() {
			return resolution.getLabel();
		}

		@Override
		public Image getImage() {
			return null;
		}

		@Override
		public IContextInformation getContextInformation() {
			return null;
		}
	}
}
