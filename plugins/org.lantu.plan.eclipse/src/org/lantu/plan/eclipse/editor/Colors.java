package org.lantu.plan.eclipse.editor;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;

/** The colours an editor uses (SWT colours need no disposal since SWT 3.115; kept in one place). */
public final class Colors {
	private final Map<RGB, Color> colors = new HashMap<>();

	public Color get(RGB rgb) {
		return colors.computeIfAbsent(rgb, Color::new);
	}
}
