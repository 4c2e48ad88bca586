package org.lantu.plan.conversion;

import org.eclipse.xtext.conversion.ValueConverterWithValueException;
import org.eclipse.xtext.conversion.impl.STRINGValueConverter;
import org.eclipse.xtext.nodemodel.INode;

/**
 * Text in quotes ("R＆D投入占比", a title): Xtext's reading of escapes, with its complaints in the author's language. A
 * wrong escape is reported and the text kept as written, so the rest of the plan is read and checked.
 */
public class QuotedTextConverter extends STRINGValueConverter {

	/** The one complaint of Xtext's that it has no method to name (its reader sets it in a field of its own). */
	private static final String INVALID_UNICODE = "Invalid unicode";

	@Override
	protected String getInvalidEscapeSequenceMessage() {
		return PlanValueConverters.say("value.escape");
	}

	@Override
	protected String getStringNotClosedMessage() {
		return PlanValueConverters.say("value.unclosed");
	}

	@Override
	public String toValue(String string, INode node) {
		try {
			return super.toValue(string, node);
		} catch (ValueConverterWithValueException e) {
			if (!INVALID_UNICODE.equals(e.getMessage())) {
				throw e;
			}
			throw new ValueConverterWithValueException(PlanValueConverters.say("value.escape"), node, e.getValue(), e.getOffset(), e.getLength(), null);
		}
	}
}
