package org.lantu.plan.eclipse.editor;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.contentassist.CompletionProposal;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContentAssistProcessor;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.jface.text.contentassist.IContextInformationValidator;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.TextEdit;
import org.lantu.plan.eclipse.core.Log;
import org.lantu.plan.eclipse.core.Ui;
import org.lantu.plan.eclipse.server.Positions;

/** Content assist from the server: keywords in both spellings, names of zones, indicators, units, lead units. */
public class PlanContentAssist implements IContentAssistProcessor {

	private final PlanEditor editor;
	private String error;

	public PlanContentAssist(PlanEditor editor) {
		this.editor = editor;
	}

	@Override
	public ICompletionProposal[] computeCompletionProposals(ITextViewer viewer, int offset) {
		error = null;
		String uri = editor.uri();
		if (uri == null) {
			return new ICompletionProposal[0];
		}
		String text = viewer.getDocument().get();
		try {
			List<CompletionItem> items = editor.server().completion(uri, Positions.position(text, offset)).get(5, TimeUnit.SECONDS);
			return items.stream().map(item -> proposal(item, text, offset)).toArray(ICompletionProposal[]::new);
		} catch (Exception e) {
			error = Ui.say("studio.assist.failed", e.getMessage());
			Log.error(error, e);
			return new ICompletionProposal[0];
		}
	}

	static ICompletionProposal proposal(CompletionItem item, String text, int offset) {
		String insert = item.getInsertText() != null ? item.getInsertText() : item.getLabel();
		int start = offset;
		int end = offset;
		if (item.getTextEdit() != null && item.getTextEdit().isLeft()) {
			TextEdit edit = item.getTextEdit().getLeft();
			insert = edit.getNewText();
			start = Positions.offset(text, edit.getRange().getStart());
			end = Math.max(start, Positions.offset(text, edit.getRange().getEnd()));
		}
		String display = item.getDetail() == null || item.getDetail().isBlank() ? item.getLabel() : item.getLabel() + " – " + item.getDetail();
		String info = item.getDocumentation() == null ? null
				: item.getDocumentation().isLeft() ? item.getDocumentation().getLeft() : item.getDocumentation().getRight().getValue();
		return new CompletionProposal(insert, start, end - start, insert.length(), null, display, null, info);
	}

	@Override
	public IContextInformation[] computeContextInformation(ITextViewer viewer, int offset) {
		return null;
	}

	@Override
	public char[] getCompletionProposalAutoActivationCharacters() {
		return null;
	}

	@Override
	public char[] getContextInformationAutoActivationCharacters() {
		return null;
	}

	@Override
	public String getErrorMessage() {
		return error;
	}

	@Override
	public IContextInformationValidator getContextInformationValidator() {
		return null;
	}
}
