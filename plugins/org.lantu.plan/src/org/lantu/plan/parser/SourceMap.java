package org.lantu.plan.parser;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;

/**
 * Where the elements of a plan read by {@link DirectReader} stand in its text: what Xtext's node
 * model tells of a plan it parsed, kept for a plan read without one. For every object, the span of
 * its tokens (first to last, hidden tokens around them not counted, as Xtext's regions) and, in
 * order, the span of every value assigned to one of its features; and the plan's tokens, to give an
 * element's tokens as Xtext's {@code NodeModelUtils.getTokenText} does. Attached to the resource
 * it describes; {@link Spans} reads it or the node model, whichever the plan has.
 */
public final class SourceMap extends AdapterImpl {

	private final String text;
	/** The significant tokens: start and end (exclusive) offsets, and whether hidden text stands before each. */
	private final int[] starts;
	private final int[] ends;
	private final boolean[] gapBefore;
	private final int tokens;
	/** The offset at which each line starts (a line ends at LF, CR LF or a lone CR, as Xtext counts). */
	private final int[] lineStarts;
	/** Per object: the length of its record used, its start and end, then a (feature id, start, end) triple per value assigned. */
	private final Map<EObject, int[]> spans;

	SourceMap(String text, int[] starts, int[] ends, boolean[] gapBefore, int tokens) {
		this.text = text;
		this.starts = starts;
		this.ends = ends;
		this.gapBefore = gapBefore;
		this.tokens = tokens;
		// about two objects for every three tokens: sized once, not grown step by step
		this.spans = new IdentityHashMap<>(tokens * 2 / 3 + 16);
		int[] lines = new int[64];
		int n = 0;
		lines[n++] = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\n' || c == '\r') {
				if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
					i++;
				}
				if (n == lines.length) {
					lines = Arrays.copyOf(lines, n * 2);
				}
				lines[n++] = i + 1;
			}
		}
		this.lineStarts = Arrays.copyOf(lines, n);
	}

	/** A map of the same text and tokens for a part of the plan read on another thread, to be {@link #add added} to this one. */
	SourceMap part() {
		return new SourceMap(this);
	}

	private SourceMap(SourceMap whole) {
		this.text = whole.text;
		this.starts = whole.starts;
		this.ends = whole.ends;
		this.gapBefore = whole.gapBefore;
		this.tokens = whole.tokens;
		this.lineStarts = whole.lineStarts;
		this.spans = new IdentityHashMap<>(tokens / 3 + 16);
	}

	/** Takes in what a {@link #part} recorded (about other objects than this map's). */
	void add(SourceMap part) {
		spans.putAll(part.spans);
	}

	/** The map of a resource read directly, or null (a resource parsed by Xtext has a node model instead). */
	public static SourceMap of(Resource resource) {
		if (resource == null) {
			return null;
		}
		SourceMap last = lastFound.get();
		if (last != null && last.getTarget() == resource) {
			return last; // the checks ask about one plan's elements many times in a row
		}
		for (var a : resource.eAdapters()) {
			if (a instanceof SourceMap map) {
				lastFound = new WeakReference<>(map);
				return map;
			}
		}
		return null;
	}

	/** The map found last (not kept from being collected with its plan). */
	private static volatile WeakReference<SourceMap> lastFound = new WeakReference<>(null);

	@Override
	public boolean isAdapterForType(Object type) {
		return type == SourceMap.class;
	}

	/** The whole text of the plan. */
	public String text() {
		return text;
	}

	/** The record of the object last written to, to spare a lookup while its features are read one after another. */
	private EObject last;
	private int[] lastRecord;

	/** An object's record: its length used, its start and end, then (feature id, start, end) triples; made on first use. */
	private int[] record(EObject o) {
		if (o == last) {
			return lastRecord;
		}
		int[] record = spans.get(o);
		if (record == null) {
			record = new int[9];
			record[0] = 3;
			spans.put(o, record);
		}
		last = o;
		lastRecord = record;
		return record;
	}

	void object(EObject o, int start, int end) {
		int[] record = record(o);
		record[1] = start;
		record[2] = end;
	}

	void feature(EObject o, EStructuralFeature feature, int start, int end) {
		int[] record = record(o);
		int used = record[0];
		if (used + 3 > record.length) {
			record = Arrays.copyOf(record, record.length * 2);
			spans.put(o, record);
			lastRecord = record;
		}
		record[used] = o.eClass().getFeatureID(feature);
		record[used + 1] = start;
		record[used + 2] = end;
		record[0] = used + 3;
	}

	/** The object's span as {start, end}, or null for an object this map does not hold. */
	public int[] span(EObject o) {
		int[] record = spans.get(o);
		return record == null ? null : new int[] { record[1], record[2] };
	}

	/** The spans of the values assigned to the object's feature, in the order written ({start, end} each). */
	public List<int[]> spans(EObject o, EStructuralFeature feature) {
		int[] record = spans.get(o);
		if (record == null) {
			return List.of();
		}
		int id = o.eClass().getFeatureID(feature);
		List<int[]> found = new ArrayList<>(1);
		for (int i = 3; i < record[0]; i += 3) {
			if (record[i] == id) {
				found.add(new int[] { record[i + 1], record[i + 2] });
			}
		}
		return found;
	}

	/** The 1-based line of an offset. */
	public int line(int offset) {
		int i = Arrays.binarySearch(lineStarts, offset);
		return (i >= 0 ? i : -i - 2) + 1;
	}

	/** The 1-based column of an offset, in UTF-16 units as Xtext counts. */
	public int column(int offset) {
		return offset - lineStarts[line(offset) - 1] + 1;
	}

	/**
	 * The tokens between two offsets as Xtext's {@code getTokenText} gives them: comments and white
	 * space left out, one space where they stood between two tokens.
	 */
	public String tokenText(int start, int end) {
		int i = Arrays.binarySearch(starts, 0, tokens, start);
		if (i < 0) {
			i = -i - 1;
		}
		StringBuilder b = new StringBuilder(end - start);
		for (; i < tokens && ends[i] <= end; i++) {
			if (gapBefore[i] && b.length() > 0) {
				b.append(' ');
			}
			b.append(text, starts[i], ends[i]);
		}
		return b.toString();
	}
}
