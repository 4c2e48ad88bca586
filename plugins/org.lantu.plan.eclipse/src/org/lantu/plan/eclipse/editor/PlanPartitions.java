package org.lantu.plan.eclipse.editor;

import org.eclipse.core.filebuffers.IDocumentSetupParticipant;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentExtension3;
import org.eclipse.jface.text.rules.EndOfLineRule;
import org.eclipse.jface.text.rules.FastPartitioner;
import org.eclipse.jface.text.rules.IPredicateRule;
import org.eclipse.jface.text.rules.MultiLineRule;
import org.eclipse.jface.text.rules.RuleBasedPartitionScanner;
import org.eclipse.jface.text.rules.Token;

/**
 * Splits a plan into comments, quoted text and the rest, as the grammar's terminals do, so that
 * colouring never mistakes a keyword inside a quotation for one. Installed on every plan document
 * through the file buffers' document setup.
 */
public class PlanPartitions implements IDocumentSetupParticipant {

	public static final String PARTITIONING = "__lantu_plan_partitioning";
	public static final String COMMENT = "__plan_comment";
	public static final String STRING = "__plan_string";
	public static final String[] TYPES = { IDocument.DEFAULT_CONTENT_TYPE, COMMENT, STRING };

	@Override
	public void setup(IDocument document) {
		if (document instanceof IDocumentExtension3 ext && ext.getDocumentPartitioner(PARTITIONING) == null) {
			FastPartitioner partitioner = new FastPartitioner(new Scanner(), new String[] { COMMENT, STRING });
			ext.setDocumentPartitioner(PARTITIONING, partitioner);
			partitioner.connect(document);
		}
	}

	static final class Scanner extends RuleBasedPartitionScanner {
		Scanner() {
			Token comment = new Token(COMMENT);
			Token string = new Token(STRING);
			setPredicateRules(new IPredicateRule[] { new EndOfLineRule("//", comment), new MultiLineRule("/*", "*/", comment, (char) 0, true),
					new MultiLineRule("\"", "\"", string, '\\', true), new MultiLineRule("'", "'", string, '\\', true) });
		}
	}
}
