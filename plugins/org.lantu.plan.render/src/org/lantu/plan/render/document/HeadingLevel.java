package org.lantu.plan.render.document;

import java.util.regex.Pattern;

/**
 * The level of a heading in an official document, read from how it is numbered (GB/T 9704 and the
 * plans' own outlines): 第一章 (a chapter, also 篇, 编, 部), 第一节, then 一、, （一）, 1. and （1）. A heading
 * numbered otherwise, or not at all, takes the level of its depth. The writers style each level
 * (黑体, 楷体, 仿宋) and put it in the document's outline.
 */
public enum HeadingLevel {
	CHAPTER, SECTION, LEVEL1, LEVEL2, LEVEL3, LEVEL4;

	private static final String NUMERAL = "[0-9０-９一二三四五六七八九十百零〇两]+";
	private static final String CHINESE = "[一二三四五六七八九十百零〇两]+";
	private static final Pattern CHAPTER_NUMBER = Pattern.compile("^第" + NUMERAL + "[章篇编部]");
	private static final Pattern SECTION_NUMBER = Pattern.compile("^第" + NUMERAL + "节");
	private static final Pattern LEVEL1_NUMBER = Pattern.compile("^" + CHINESE + "[、．.]");
	private static final Pattern LEVEL2_NUMBER = Pattern.compile("^[（(]" + CHINESE + "[）)]");
	private static final Pattern LEVEL3_NUMBER = Pattern.compile("^[0-9０-９]+[.．、]");
	private static final Pattern LEVEL4_NUMBER = Pattern.compile("^[（(][0-9０-９]+[）)]");

	/** The level of {@code heading}, standing {@code depth} below the plan (0: a chapter). */
	public static HeadingLevel of(String heading, int depth) {
		if (CHAPTER_NUMBER.matcher(heading).find()) {
			return CHAPTER;
		} else if (SECTION_NUMBER.matcher(heading).find()) {
			return SECTION;
		} else if (LEVEL1_NUMBER.matcher(heading).find()) {
			return LEVEL1;
		} else if (LEVEL2_NUMBER.matcher(heading).find()) {
			return LEVEL2;
		} else if (LEVEL3_NUMBER.matcher(heading).find()) {
			return LEVEL3;
		} else if (LEVEL4_NUMBER.matcher(heading).find()) {
			return LEVEL4;
		}
		return switch (Math.min(depth, 3)) {
		case 0 -> LEVEL1;
		case 1 -> LEVEL2;
		case 2 -> LEVEL3;
		default -> LEVEL4;
		};
	}

	/** The depth a task's heading stands at, from its numbering (一、 is 1, （一） 2, 1. 3, otherwise 4). */
	public static int depthOfTask(String heading) {
		return switch (of(heading, 3)) {
		case CHAPTER -> 0;
		case SECTION, LEVEL1 -> 1;
		case LEVEL2 -> 2;
		case LEVEL3 -> 3;
		case LEVEL4 -> 4;
		};
	}
}
