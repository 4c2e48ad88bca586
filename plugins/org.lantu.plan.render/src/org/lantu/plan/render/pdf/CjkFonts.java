package org.lantu.plan.render.pdf;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The Chinese fonts a PDF can embed, found on this machine: in the folders the author names first
 * ({@code --fonts DIR}: the office's own 方正小标宋, 仿宋_GB2312…), then in the system's font folders.
 * Each role of an official document (title 小标宋, body 仿宋, 黑体, 楷体, 宋体) takes the first font
 * whose family names match the role's names, in order of preference; a role with no font of its
 * own takes the nearest one there is (a 宋体 for the title, a 宋体 or 楷体 for the body). A font counts
 * only if it has Chinese characters; TrueType files and collections (.ttf, .ttc) are read.
 */
public final class CjkFonts {

	/** The roles, each with the family names that fill it, in order of preference. */
	public enum Role {
		TITLE("方正小标宋", "小标宋", "xiaobiaosong"),
		BODY("仿宋", "fangsong", "fang song"),
		HEI("黑体", "simhei", "heiti", "source han sans", "思源黑体", "noto sans cjk sc", "noto sans sc", "wenquanyi zen hei", "文泉驿正黑", "wenquanyi micro hei",
				"droid sans fallback", "hei"),
		KAI("楷体", "kaiti", "stkaiti", "ar pl kaitim gb", "ar pl ukai", "kai"),
		SONG("宋体", "simsun", "songti", "source han serif", "思源宋体", "noto serif cjk sc", "noto serif sc", "ar pl sungtil gb", "ar pl uming", "song", "ming");

		final List<String> names;

		Role(String... names) {
			this.names = List.of(names);
		}
	}

	/** A font file (with its index in a collection) and the family names it declares. */
	public record Found(Path file, int index, List<String> families) {
		/** The path as OpenPDF takes it: {@code file.ttc,1} for the second font of a collection. */
		public String location() {
			return file.toString().toLowerCase(Locale.ROOT).endsWith(".ttc") ? file + "," + index : file.toString();
		}
	}

	/** Thrown when no Chinese font is found at all; the message says what to install. */
	public static final class Missing extends IOException {
		private static final long serialVersionUID = 1L;

		Missing(String message) {
			super(message);
		}
	}

	private final Map<Role, Found> byRole;

	private CjkFonts(Map<Role, Found> byRole) {
		this.byRole = byRole;
	}

	/** The font for {@code role}. */
	public Found font(Role role) {
		return byRole.get(role);
	}

	/** The distinct fonts the roles use. */
	public Set<Found> used() {
		return new LinkedHashSet<>(byRole.values());
	}

	/** The system's font folders on Linux, Windows and macOS, and the user's. */
	public static List<Path> systemFolders() {
		List<Path> folders = new ArrayList<>();
		String home = System.getProperty("user.home", "");
		for (String f : new String[] { "/usr/share/fonts", "/usr/local/share/fonts", home + "/.local/share/fonts", home + "/.fonts", "/Library/Fonts",
				"/System/Library/Fonts", home + "/Library/Fonts" }) {
			folders.add(Path.of(f));
		}
		String windows = System.getenv("WINDIR");
		if (windows != null) {
			folders.add(Path.of(windows, "Fonts"));
		}
		String local = System.getenv("LOCALAPPDATA");
		if (local != null) {
			folders.add(Path.of(local, "Microsoft", "Windows", "Fonts"));
		}
		return folders;
	}

	/**
	 * Finds the fonts: {@code preferred} folders (may be empty) before {@code system} ones. Throws
	 * {@link Missing} with {@code whatToInstall} when none has Chinese characters.
	 */
	public static CjkFonts find(List<Path> preferred, List<Path> system, String whatToInstall) throws Missing {
		List<Found> fonts = new ArrayList<>();
		for (Path folder : preferred) {
			fonts.addAll(scan(folder));
		}
		for (Path folder : system) {
			fonts.addAll(scan(folder));
		}
		if (fonts.isEmpty()) {
			throw new Missing(whatToInstall);
		}
		Map<Role, Found> byRole = new EnumMap<>(Role.class);
		for (Role role : Role.values()) {
			Found f = match(fonts, role);
			if (f != null) {
				byRole.put(role, f);
			}
		}
		Found any = fonts.get(0);
		Found song = byRole.getOrDefault(Role.SONG, byRole.getOrDefault(Role.KAI, byRole.getOrDefault(Role.HEI, any)));
		byRole.putIfAbsent(Role.SONG, song);
		byRole.putIfAbsent(Role.TITLE, song);
		byRole.putIfAbsent(Role.BODY, byRole.getOrDefault(Role.SONG, song));
		byRole.putIfAbsent(Role.KAI, byRole.get(Role.BODY));
		byRole.putIfAbsent(Role.HEI, byRole.get(Role.SONG));
		return new CjkFonts(byRole);
	}

	/**
	 * The first font, in the order found, whose family names contain the role's first name; else its
	 * second… A regular weight comes before a bold or light one of the same family (the body is set
	 * in regular type; a folder lists NotoSerifCJK-Bold before -Regular).
	 */
	private static Found match(List<Found> fonts, Role role) {
		for (String name : role.names) {
			Found other = null;
			for (Found f : fonts) {
				if (f.families().stream().anyMatch(family -> family.toLowerCase(Locale.ROOT).contains(name))) {
					if (regular(f)) {
						return f;
					}
					other = other == null ? f : other;
				}
			}
			if (other != null) {
				return other;
			}
		}
		return null;
	}

	private static final List<String> WEIGHTS = List.of("bold", "black", "heavy", "light", "thin", "medium", "semibold", "demibold", "extralight", "ultra");

	static boolean regular(Found f) {
		String name = f.families().get(f.families().size() - 1).toLowerCase(Locale.ROOT);
		return WEIGHTS.stream().noneMatch(name::contains);
	}

	/** The Chinese fonts under {@code folder}, in the order of their paths. */
	static List<Found> scan(Path folder) {
		if (!Files.isDirectory(folder)) {
			return List.of();
		}
		List<Path> files;
		try (Stream<Path> s = Files.walk(folder, 6, FileVisitOption.FOLLOW_LINKS)) {
			files = s.filter(Files::isRegularFile).filter(p -> {
				String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
				return n.endsWith(".ttf") || n.endsWith(".ttc");
			}).sorted().toList();
		} catch (IOException | RuntimeException e) {
			return List.of(); // an unreadable folder holds no font we can use
		}
		List<Found> found = new ArrayList<>();
		for (Path file : files) {
			try {
				Font[] inFile = Font.createFonts(file.toFile());
				for (int i = 0; i < inFile.length; i++) {
					Font f = inFile[i];
					if (f.canDisplay('中') && f.canDisplay('国') && f.canDisplay('规')) {
						found.add(new Found(file, i, List.of(f.getFamily(Locale.ROOT), f.getFamily(Locale.SIMPLIFIED_CHINESE), f.getFontName(Locale.ROOT))));
					}
				}
			} catch (IOException | FontFormatException | RuntimeException e) {
				// not a font Java can read: not one to embed either
			}
		}
		return found;
	}
}
