package org.lantu.plan.bench;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The same workload for the peers: a journal with the same number of numeric facts (posting
 * amounts) and sum assertions (balance assertions), for hledger and for beancount.
 */
final class Peers {
	private Peers() {
	}

	static boolean available(String command) {
		for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
			if (Files.isExecutable(Path.of(dir, command))) {
				return true;
			}
		}
		return false;
	}

	/** Transactions of five postings and a balancing posting that asserts the running balance. */
	static String hledger(int facts, int assertions) {
		StringBuilder b = new StringBuilder();
		int perTransaction = Math.max(1, facts / Math.max(1, assertions));
		int written = 0;
		for (int t = 0; written < facts; t++) {
			b.append("2021-01-01 block ").append(t).append('\n');
			long sum = 0;
			for (int i = 0; i < perTransaction - 1 && written < facts - 1; i++, written++) {
				long amount = 10 + (t * 7L + i * 13L) % 300;
				sum += amount;
				b.append("    income:p").append(t).append('_').append(i).append("  -").append(amount).append('\n');
			}
			b.append("    assets:t").append(t).append("  ").append(sum).append(" = ").append(sum).append("\n\n");
			written++;
		}
		return b.toString();
	}

	/** The same transactions with the accounts opened and a balance directive per transaction. */
	static String beancount(int facts, int assertions) {
		StringBuilder opens = new StringBuilder("option \"operating_currency\" \"CNY\"\n");
		StringBuilder b = new StringBuilder();
		int perTransaction = Math.max(1, facts / Math.max(1, assertions));
		int written = 0;
		for (int t = 0; written < facts; t++) {
			b.append("2021-01-01 * \"block ").append(t).append("\"\n");
			long sum = 0;
			for (int i = 0; i < perTransaction - 1 && written < facts - 1; i++, written++) {
				long amount = 10 + (t * 7L + i * 13L) % 300;
				sum += amount;
				opens.append("2020-01-01 open Income:P").append(t).append('x').append(i).append('\n');
				b.append("  Income:P").append(t).append('x').append(i).append("  -").append(amount).append(" CNY\n");
			}
			opens.append("2020-01-01 open Assets:T").append(t).append('\n');
			b.append("  Assets:T").append(t).append("  ").append(sum).append(" CNY\n\n");
			b.append("2021-01-02 balance Assets:T").append(t).append("  ").append(sum).append(" CNY\n\n");
			written++;
		}
		return opens.append('\n').append(b).toString();
	}
}
