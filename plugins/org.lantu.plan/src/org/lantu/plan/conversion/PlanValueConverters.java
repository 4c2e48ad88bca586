package org.lantu.plan.conversion;

import java.math.BigDecimal;

import org.eclipse.xtext.common.services.DefaultTerminalConverters;
import org.eclipse.xtext.conversion.IValueConverter;
import org.eclipse.xtext.conversion.ValueConverter;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.conversion.impl.AbstractNullSafeConverter;
import org.eclipse.xtext.conversion.impl.STRINGValueConverter;
import org.eclipse.xtext.nodemodel.INode;
import org.lantu.plan.findings.Messages;
import org.lantu.plan.parser.ParseLanguage;

import com.google.inject.Inject;

/**
 * Turns the author's spelling of numbers, years and names into model values. Full-width digits
 * (０-９), the full-width point (．) and minus (－) are accepted and read as their ASCII forms;
 * a trailing 年 on a year is dropped; quoted names lose their quotes.
 */
public class PlanValueConverters extends DefaultTerminalConverters {

	@Inject
	private NameConverter nameConverter;

	/** Replaces full-width digits, point and minus by ASCII ones; drops white space. */
	public static String normalizeDigits(String text) {
		StringBuilder b = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c >= '\uFF10' && c <= '\uFF19') {
				b.append((char) ('0' + (c - '\uFF10')));
			} else if (c == '\uFF0E') {
				b.append('.');
			} else if (c == '\uFF0D') {
				b.append('-');
			} else if (!Character.isWhitespace(c) && c != '\u3000' && c != '\uFEFF') {
				b.append(c);
			}
		}
		return b.toString();
	}

	@ValueConverter(rule = "NUMBER")
	public IValueConverter<String> NUMBER() {
		return new AbstractNullSafeConverter<String>() {
			@Override
			protected String internalToValue(String string, INode node) {
				return normalizeDigits(string);
			}

			@Override
			protected String internalToString(String value) {
				return value;
			}
		};
	}

	@ValueConverter(rule = "Decimal")
	public IValueConverter<BigDecimal> Decimal() {
		return new AbstractNullSafeConverter<BigDecimal>() {
			@Override
			protected BigDecimal internalToValue(String string, INode node) {
				String text = normalizeDigits(stripComments(string, node));
				if (text.length() > 200) {
					throw new ValueConverterException(say("value.too-long", abbreviate(text)), node, null);
				}
				try {
					return new BigDecimal(text);
				} catch (NumberFormatException e) {
					// no cause: Xtext would report the cause's message, in Java's English, instead of this one
					throw new ValueConverterException(say("value.not-number", abbreviate(text)), node, null);
				}
			}

			@Override
			protected String internalToString(BigDecimal value) {
				return value.toPlainString();
			}
		};
	}

	@ValueConverter(rule = "Year")
	public IValueConverter<Integer> Year() {
		return new AbstractNullSafeConverter<Integer>() {
			@Override
			protected Integer internalToValue(String string, INode node) {
				String text = normalizeDigits(stripComments(string, node)).replace("年", "");
				if (!text.matches("\\d{4}")) {
					throw new ValueConverterException(say("value.year", abbreviate(text)), node, null);
				}
				return Integer.valueOf(text);
			}

			@Override
			protected String internalToString(Integer value) {
				return value.toString();
			}
		};
	}

	@ValueConverter(rule = "Int")
	public IValueConverter<Integer> Int() {
		return new AbstractNullSafeConverter<Integer>() {
			@Override
			protected Integer internalToValue(String string, INode node) {
				String text = normalizeDigits(stripComments(string, node));
				if (!text.matches("\\d{1,9}")) {
					throw new ValueConverterException(say("value.whole", abbreviate(text)), node, null);
				}
				return Integer.valueOf(text);
			}

			@Override
			protected String internalToString(Integer value) {
				return value.toString();
			}
		};
	}

	@ValueConverter(rule = "Name")
	public IValueConverter<String> Name() {
		return nameConverter;
	}

	@ValueConverter(rule = "IndicatorName")
	public IValueConverter<String> IndicatorName() {
		return nameConverter;
	}

	@ValueConverter(rule = "QName")
	public IValueConverter<String> QName() {
		return nameConverter;
	}

	@ValueConverter(rule = "UnitName")
	public IValueConverter<String> UnitName() {
		return unitName;
	}

	@ValueConverter(rule = "UnitOfItsOwn")
	public IValueConverter<String> UnitOfItsOwn() {
		return unitName;
	}

	/** A unit's name as written, without comments, in half-width digits and percent sign. */
	private final IValueConverter<String> unitName = new AbstractNullSafeConverter<String>() {
		@Override
		protected String internalToValue(String string, INode node) {
			return normalizeDigits(stripComments(string, node)).replace('％', '%');
		}

		@Override
		protected String internalToString(String value) {
			return value;
		}
	};

	/** The text of a node without the comments hidden inside it. */
	static String stripComments(String string, INode node) {
		if (node == null) {
			return string;
		}
		StringBuilder b = new StringBuilder();
		for (var leaf : node.getLeafNodes()) {
			if (!leaf.isHidden()) {
				b.append(leaf.getText());
			}
		}
		return b.length() == 0 ? string : b.toString();
	}

	static String abbreviate(String text) {
		return text.length() > 40 ? text.substring(0, 37) + "…" : text;
	}

	/**
	 * Names and qualified names: a quoted segment loses its quotes (and escapes); identifiers
	 * stay as written. Segments are joined with '.'.
	 */
	public static class NameConverter extends AbstractNullSafeConverter<String> {
		@Inject
		private STRINGValueConverter stringConverter;

		@Override
		protected String internalToValue(String string, INode node) {
			if (node == null) {
				return unquote(string, null);
			}
			StringBuilder b = new StringBuilder();
			for (var leaf : node.getLeafNodes()) {
				if (leaf.isHidden()) {
					continue;
				}
				String t = leaf.getText();
				b.append(t.startsWith("\"") || t.startsWith("'") ? unquote(t, leaf) : t);
			}
			return b.toString();
		}

		private String unquote(String t, INode node) {
			if (t.startsWith("\"") || t.startsWith("'")) {
				return stringConverter.toValue(t, node);
			}
			return t;
		}

		@Override
		protected String internalToString(String value) {
			if (value.matches("[\\p{IsHan}A-Za-z_][\\p{IsHan}\\p{L}\\d_]*")) {
				return value;
			}
			return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
		}
	}


	/** A value error in the language of the parse ({@link ParseLanguage}). */
	static String say(String key, Object... args) {
		return Messages.say(ParseLanguage.current(), key, args);
	}
}
