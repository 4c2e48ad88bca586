package org.lantu.plan.importer.recognise;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.lantu.plan.importer.draft.Draft;
import org.lantu.plan.importer.draft.Draft.Claim;
import org.lantu.plan.importer.draft.Draft.Inline;
import org.lantu.plan.importer.draft.Draft.Text;
import org.lantu.plan.importer.draft.DraftWriter;

/**
 * Count words of the official style (三大, 八大) with the list they count: after them (八大功能区，
 * 包括A、B…以及H) or just before (强化A、B、C三大创新平台). The list becomes a named group of the
 * draft and the count word a count claim on it, which {@code count.mismatch} checks. A count
 * word with no list of at least two items stays text.
 */
final class CountWords {

	private static final Pattern COUNT = Pattern.compile("([一二三四五六七八九十两]{1,2})大([\\p{IsHan}]{1,8}?)(?=[，,：:（(。；;、]|$|包括|即|分别|是|为)");
	private static final Pattern LIST_AFTER = Pattern.compile("^[，,：:（(]?\\s*(?:包括|即|分别是|分别为|为|是)?[：:]?\\s*([^。；;）)]+)");

	private final Indicators names;
	private final Draft draft;

	CountWords(Indicators names, Draft draft) {
		this.names = names;
		this.draft = draft;
	}

	/** The runs of a paragraph with its count words claimed. */
	List<Inline> tie(List<Inline> content) {
		List<Inline> out = new ArrayList<>();
		for (Inline i : content) {
			if (!(i instanceof Text t)) {
				out.add(i);
				continue;
			}
			String text = t.text();
			int written = 0;
			Matcher m = COUNT.matcher(text);
			while (m.find()) {
				List<String> members = members(text.substring(m.end()), text.substring(written, m.start()));
				if (members.size() < 2) {
					continue;
				}
				String name = names.unique(m.group(0));
				draft.groups.add(new Draft.Group(name, members));
				out.add(new Text(text.substring(written, m.start())));
				out.add(new Claim(m.group(1) + "大", DraftWriter.q(name), true));
				out.add(new Text(text.substring(m.start() + m.group(1).length() + 1, m.end())));
				written = m.end();
			}
			out.add(new Text(text.substring(written)));
		}
		return out;
	}

	/** The list after a count word (…，包括A、B以及C) or, else, just before it (强化A、B、C). */
	private static List<String> members(String after, String before) {
		Matcher m = LIST_AFTER.matcher(after);
		List<String> list = m.find() ? split(m.group(1)) : List.of();
		if (list.size() >= 2) {
			return list;
		}
		String tail = before.replaceAll(".*[，,；;：:。]", "");
		return split(tail.replaceFirst("^(将以|以|将|把|按照|坚持|贯彻落实|落实|强化|打造|建设|构建|发展|培育|推进|实施|形成|建成|提升|增强|围绕|重点|大力|加快|做强|做大|壮大)+", ""));
	}

	/**
	 * The items of a list: apart by 、, the last also by a connective (A、B和C), a list without 、 by
	 * its connectives (A和B). A connective is inside the items, not between them, when more than one
	 * item has it (工业转型与城市发展相协调、…、协调发展与绿色发展相统一) or when it is part of an
	 * industry's name in the national classification (软件和信息技术服务, 批发和零售).
	 */
	private static List<String> split(String list) {
		String masked = list;
		for (int i = 0; i < JOINED_NAMES.size(); i++) {
			masked = masked.replace(JOINED_NAMES.get(i), "\u0000" + i + "\u0000");
		}
		String[] parts = masked.split("、");
		long withConnective = List.of(parts).stream().filter(p -> CONNECTIVE.matcher(p).find()).count();
		List<String> apart = new ArrayList<>(List.of(parts).subList(0, parts.length - 1));
		if (withConnective > 1) {
			apart.add(parts[parts.length - 1]);
		} else {
			apart.addAll(List.of(CONNECTIVE.split(parts[parts.length - 1])));
		}
		List<String> unmasked = new ArrayList<>();
		for (String part : apart) {
			String p = part;
			for (int i = 0; i < JOINED_NAMES.size(); i++) {
				p = p.replace("\u0000" + i + "\u0000", JOINED_NAMES.get(i));
			}
			unmasked.add(p);
		}
		return items(unmasked);
	}

	private static final Pattern CONNECTIVE = Pattern.compile("以及|和|及|与");

	/** Industries of the national classification (GB/T 4754) whose names hold a connective. */
	private static final List<String> JOINED_NAMES = List.of("信息传输、软件和信息技术服务", "软件和信息技术服务", "交通运输、仓储和邮政", "批发和零售", "住宿和餐饮",
			"租赁和商务服务", "科学研究和技术服务", "水利、环境和公共设施管理", "居民服务、修理和其他服务", "卫生和社会工作", "文化、体育和娱乐",
			"电力、热力、燃气及水生产和供应", "农、林、牧、渔", "计算机、通信和其他电子设备制造", "铁路、船舶、航空航天和其他运输设备制造");

	/** The items, cleaned; none if one of them is no name (too short, too long, not words). */
	private static List<String> items(List<String> parts) {
		List<String> items = new ArrayList<>();
		for (String item : parts) {
			String it = item.replaceAll("[“”\"\\s]|等$", "");
			if (it.length() < 2 || it.length() > 20 || !it.matches("[\\p{IsHan}A-Za-z0-9（）]+")) {
				return List.of();
			}
			items.add(it);
		}
		return items;
	}

}
