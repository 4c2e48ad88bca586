package org.lantu.plan.render;

import static org.lantu.plan.render.Html.esc;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import org.lantu.plan.quantity.Decimals;
import org.lantu.plan.render.document.Document.Bar;
import org.lantu.plan.render.document.Document.Point;
import org.lantu.plan.render.document.Document.Series;
import org.lantu.plan.render.document.Document.Span;

/**
 * Inline SVG charts, readable in print: black text on white, one accent colour, labels written on
 * the bars rather than in a legend. Sizes are in CSS pixels; the SVGs scale to the page width.
 */
final class Charts {
	private Charts() {
	}

	private static final int WIDTH = 720;

	static String bars(String title, List<Bar> bars) {
		int labelWidth = 200;
		int row = 26;
		int height = bars.size() * row + 36;
		BigDecimal max = bars.stream().map(Bar::amount).max(BigDecimal::compareTo).orElse(BigDecimal.ONE);
		if (max.signum() <= 0) {
			max = BigDecimal.ONE;
		}
		StringBuilder b = open(title, height);
		int y = 30;
		for (Bar bar : bars) {
			int w = scale(bar.amount(), max, WIDTH - labelWidth - 150);
			b.append("<text x='").append(labelWidth - 8).append("' y='").append(y + 14).append("' text-anchor='end' class='label'>").append(esc(bar.label()))
					.append("</text>");
			b.append("<rect x='").append(labelWidth).append("' y='").append(y).append("' width='").append(Math.max(w, 1)).append("' height='18' class='")
					.append(bar.flagged() ? "bar flagged" : "bar").append("'/>");
			b.append("<text x='").append(labelWidth + Math.max(w, 1) + 6).append("' y='").append(y + 14).append("' class='value'>").append(esc(bar.text()))
					.append("</text>");
			y += row;
		}
		return b.append("</svg></figure>").toString();
	}

	static String timeline(String title, List<Span> spans) {
		int from = spans.stream().mapToInt(Span::from).min().orElse(0);
		int to = spans.stream().mapToInt(Span::to).max().orElse(from + 1);
		int years = Math.max(1, to - from + 1);
		int left = 20;
		int usable = WIDTH - 2 * left;
		int height = spans.size() * 34 + 70;
		StringBuilder b = open(title, height);
		int y = 30;
		for (Span s : spans) {
			int x = left + usable * (s.from() - from) / years;
			int w = Math.max(2, usable * (s.to() - s.from() + 1) / years);
			b.append("<rect x='").append(x).append("' y='").append(y).append("' width='").append(w).append("' height='24' class='bar'/>");
			b.append("<text x='").append(x + 6).append("' y='").append(y + 17).append("' class='on-bar'>")
					.append(esc(s.label() + " " + s.from() + "—" + s.to() + (s.text().isEmpty() ? "" : " · " + s.text()))).append("</text>");
			y += 34;
		}
		int step = years > 30 ? 10 : 5;
		for (int year = from - Math.floorMod(from, step) + step; year <= to; year += step) {
			int x = left + usable * (year - from) / years;
			b.append("<line x1='").append(x).append("' x2='").append(x).append("' y1='26' y2='").append(y).append("' class='grid'/>");
			b.append("<text x='").append(x).append("' y='").append(y + 16).append("' text-anchor='middle' class='axis'>").append(year).append("</text>");
		}
		return b.append("</svg></figure>").toString();
	}

	/** Small multiples: one panel per indicator, base → targets (and actuals). */
	static String trajectories(String title, List<Series> series) {
		int cols = 3;
		int panelW = WIDTH / cols;
		int panelH = 160;
		int rows = (series.size() + cols - 1) / cols;
		StringBuilder b = open(title, rows * panelH + 20);
		for (int i = 0; i < series.size(); i++) {
			Series s = series.get(i);
			int ox = (i % cols) * panelW;
			int oy = 24 + (i / cols) * panelH;
			b.append("<g transform='translate(").append(ox).append(',').append(oy).append(")'>");
			b.append("<text x='8' y='12' class='label'>").append(esc(s.label() + (s.unit() == null ? "" : "（" + s.unit() + "）"))).append("</text>");
			int minYear = s.points().stream().mapToInt(Point::year).min().orElse(0);
			int maxYear = s.points().stream().mapToInt(Point::year).max().orElse(minYear + 1);
			BigDecimal max = s.points().stream().map(Point::amount).max(BigDecimal::compareTo).orElse(BigDecimal.ONE);
			BigDecimal min = s.points().stream().map(Point::amount).min(BigDecimal::compareTo).orElse(BigDecimal.ZERO).min(BigDecimal.ZERO);
			BigDecimal range = max.subtract(min).signum() == 0 ? BigDecimal.ONE : max.subtract(min);
			int left = 44;
			int right = panelW - 44;
			int top = 44;
			int bottom = panelH - 30;
			b.append("<line x1='").append(left).append("' x2='").append(right).append("' y1='").append(bottom).append("' y2='").append(bottom)
					.append("' class='grid'/>");
			StringBuilder path = new StringBuilder();
			for (Point p : s.points()) {
				int x = left + (maxYear == minYear ? 0 : (right - left) * (p.year() - minYear) / (maxYear - minYear));
				int y = bottom - scale(p.amount().subtract(min), range, bottom - top);
				path.append(path.length() == 0 ? "M" : " L").append(x).append(' ').append(y);
				b.append("<circle cx='").append(x).append("' cy='").append(y).append("' r='3.5' class='").append("actual".equals(p.kind()) ? "dot actual" : "dot")
						.append("'/>");
				b.append("<text x='").append(x).append("' y='").append(y - 7).append("' text-anchor='middle' class='value'>").append(esc(p.text()))
						.append("</text>");
				b.append("<text x='").append(x).append("' y='").append(bottom + 14).append("' text-anchor='middle' class='axis'>").append(p.year())
						.append("</text>");
			}
			b.append("<path d='").append(path).append("' class='line'/>");
			b.append("</g>");
		}
		return b.append("</svg></figure>").toString();
	}

	private static StringBuilder open(String title, int height) {
		return new StringBuilder("<figure class='chart'><figcaption>").append(esc(title)).append("</figcaption><svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 ")
				.append(WIDTH).append(' ').append(height).append("' role='img' aria-label='").append(esc(title)).append("'>");
	}

	private static int scale(BigDecimal amount, BigDecimal max, int length) {
		if (max.signum() == 0) {
			return 0;
		}
		return amount.multiply(BigDecimal.valueOf(length)).divide(max, 0, RoundingMode.HALF_UP).max(BigDecimal.ZERO).intValue();
	}

	static String number(BigDecimal v) {
		return Decimals.plain(v, 2);
	}
}
