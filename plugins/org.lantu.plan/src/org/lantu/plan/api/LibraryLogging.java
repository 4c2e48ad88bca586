package org.lantu.plan.api;

/**
 * Keeps the libraries the writers and the importer use from speaking to the user. Apache POI logs through the Log4j
 * API, and Commons Logging (under Batik, for the PDF) hands its logs to the Log4j API when it finds
 * it; with no Log4j implementation, that API prints an error about itself on first use. Its simple
 * logger, switched off, is chosen before any of them is loaded. (Flying Saucer's SLF4J has its NOP
 * binding on the class path.) A user's own settings of these properties are kept.
 */
public final class LibraryLogging {
	private LibraryLogging() {
	}

	static {
		setIfAbsent("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
		setIfAbsent("log4j2.simplelogLevel", "OFF");
		setIfAbsent("log4j2.statusLoggerLevel", "OFF");
	}

	/** Runs the settings above, once; call before the first use of POI, Flying Saucer or Batik. */
	public static void silence() {
		// the work is done by the class's initialisation
	}

	private static void setIfAbsent(String key, String value) {
		if (System.getProperty(key) == null) {
			System.setProperty(key, value);
		}
	}
}
