package org.lantu.plan.eclipse.editor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.TextAttribute;
import org.eclipse.jface.text.contentassist.ContentAssistant;
import org.eclipse.jface.text.contentassist.IContentAssistant;
import org.eclipse.jface.text.hyperlink.IHyperlinkDetector;
import org.eclipse.jface.text.presentation.IPresentationReconciler;
import org.eclipse.jface.text.presentation.PresentationReconciler;
import org.eclipse.jface.text.quickassist.IQuickAssistAssistant;
import org.eclipse.jface.text.quickassist.QuickAssistAssistant;
import org.eclipse.jface.text.rules.DefaultDamagerRepairer;
import org.eclipse.jface.text.rules.RuleBasedScanner;
import org.eclipse.jface.text.rules.Token;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.ui.editors.text.TextSourceViewerConfiguration;
import org.lantu.plan.eclipse.core.Log;
import org.lantu.plan.eclipse.server.SharedServer;

/**
 * What the Plan editor offers, each piece backed by the language server: colouring (keywords from
 * the grammar), content assist, hover with computed facts, quick fixes on findings (Ctrl+1), and
 * go to definition (Ctrl+click).
 */
public class PlanSourceViewerConfiguration extends TextSourceViewerConfiguration {

	private final PlanEditor editor;
	private final Colors colors = new Colors();

	public PlanSourceViewerConfiguration(PlanEditor editor, IPreferenceStore store) {
		super(store);
		this.editor = editor;
	}

	@Override
	public String getConfiguredDocumentPartitioning(ISourceViewer sourceViewer) {
		return PlanPartitions.PARTITIONING;
	}

	@Override
	public String[] getConfiguredContentTypes(ISourceViewer sourceViewer) {
		return PlanPartitions.TYPES;
	}

	@Override
	public IPresentationReconciler getPresentationReconciler(ISourceViewer sourceViewer) {
		PresentationReconciler reconciler = new PresentationReconciler();
		reconciler.setDocumentPartitioning(PlanPartitions.PARTITIONING);
		DefaultDamagerRepairer code = new DefaultDamagerRepairer(new PlanCodeScanner(keywords(), colors));
		reconciler.setDamager(code, IDocument.DEFAULT_CONTENT_TYPE);
		reconciler.setRepairer(code, IDocument.DEFAULT_CONTENT_TYPE);
		DefaultDamagerRepairer comment = new DefaultDamagerRepairer(single(new RGB(63, 127, 95), SWT.ITALIC));
		reconciler.setDamager(comment, PlanPartitions.COMMENT);
		reconciler.setRepairer(comment, PlanPartitions.COMMENT);
		DefaultDamagerRepairer string = new DefaultDamagerRepairer(single(new RGB(42, 0, 255), SWT.NORMAL));
		reconciler.setDamager(string, PlanPartitions.STRING);
		reconciler.setRepairer(string, PlanPartitions.STRING);
		return reconciler;
	}

	/** The grammar's keywords; none (plain colouring) if the language server could not start, which is logged. */
	private static Set<String> keywords() {
		try {
			return SharedServer.get().keywords();
		} catch (RuntimeException e) {
			Log.error("The Lantu language server is not available; the plan opens as plain text", e);
			return Set.of();
		}
	}

	private RuleBasedScanner single(RGB rgb, int style) {
		RuleBasedScanner scanner = new RuleBasedScanner();
		scanner.setDefaultReturnToken(new Token(new TextAttribute(colors.get(rgb), null, style)));
		return scanner;
	}

	@Override
	public IContentAssistant getContentAssistant(ISourceViewer sourceViewer) {
		ContentAssistant assistant = new ContentAssistant(true);
		assistant.setDocumentPartitioning(PlanPartitions.PARTITIONING);
		PlanContentAssist processor = new PlanContentAssist(editor);
		assistant.setContentAssistProcessor(processor, IDocument.DEFAULT_CONTENT_TYPE);
		assistant.enableAutoActivation(true);
		assistant.setAutoActivationDelay(300);
		assistant.setInformationControlCreator(getInformationControlCreator(sourceViewer));
		return assistant;
	}

	@Override
	public ITextHover getTextHover(ISourceViewer sourceViewer, String contentType) {
		return new PlanTextHover(editor);
	}

	@Override
	public IQuickAssistAssistant getQuickAssistAssistant(ISourceViewer sourceViewer) {
		QuickAssistAssistant assistant = new QuickAssistAssistant();
		assistant.setQuickAssistProcessor(new PlanQuickAssist(sourceViewer));
		assistant.setInformationControlCreator(getInformationControlCreator(sourceViewer));
		return assistant;
	}

	@Override
	public IHyperlinkDetector[] getHyperlinkDetectors(ISourceViewer sourceViewer) {
		List<IHyperlinkDetector> detectors = new ArrayList<>();
		IHyperlinkDetector[] inherited = super.getHyperlinkDetectors(sourceViewer);
		if (inherited != null) {
			detectors.addAll(Arrays.asList(inherited));
		}
		detectors.add(new PlanHyperlinks(editor));
		return detectors.toArray(IHyperlinkDetector[]::new);
	}
}
