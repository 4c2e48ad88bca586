package org.lantu.plan.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

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

	/** One transaction: its posted amounts; the balancing posting asserts their sum. */
	record Transaction(int number, long[] amounts) {
		long sum() {
			return Arrays.stream(amounts).sum();
		}
	}

	/**
	 * The workload both peers get: transactions of several postings and one balancing posting,
	 * {@code facts} amounts in all, one sum assertion per transaction.
	 */
	static List<Transaction> transactions(int facts, int assertions) {
		int perTransaction = Math.max(1, facts / Math.max(1, assertions));
		List<Transaction> all = new ArrayList<>();
		int written = 0;
		for (int t = 0; written < facts; t++) {
			int n = Math.max(0, Math.min(perTransaction - 1, facts - 1 - written));
			long[] amounts = new long[n];
			for (int i = 0; i < n; i++) {
				amounts[i] = 10 + (t * 7L + i * 13L) % 300;
			}
			written += n + 1;
			all.add(new Transaction(t, amounts));
		}
		return all;
	}

	/** hledger: each transaction closes with a balance assertion on its balancing account. */
	static String hledger(int facts, int assertions) {
		StringBuilder b = new StringBuilder();
		for (Transaction tx : transactions(facts, assertions)) {
			int t = tx.number();
			b.append("2021-01-01 block ").append(t).append('\n');
			for (int i = 0; i < tx.amounts().length; i++) {
				b.append("    income:p").append(t).append('_').append(i).append("  -").append(tx.amounts()[i]).append('\n');
			}
			b.append("    assets:t").append(t).append("  ").append(tx.sum()).append(" = ").append(tx.sum()).append("\n\n");
		}
		return b.toString();
	}

	/** beancount: the same transactions, the accounts opened, and a balance directive per transaction. */
	static String beancount(int facts, int assertions) {
		StringBuilder opens = new StringBuilder("option \"operating_currency\" \"CNY\"\n");
		StringBuilder b = new StringBuilder();
		for (Transaction tx : transactions(facts, assertions)) {
			int t = tx.number();
			b.append("2021-01-01 * \"block ").append(t).append("\"\n");
			for (int i = 0; i < tx.amounts().length; i++) {
				opens.append("2020-01-01 open Income:P").append(t).append('x').append(i).append('\n');
				b.append("  Income:P").append(t).append('x').append(i).append("  -").append(tx.amounts()[i]).append(" CNY\n");
			}
			opens.append("2020-01-01 open Assets:T").append(t).append('\n');
			b.append("  Assets:T").append(t).append("  ").append(tx.sum()).append(" CNY\n\n");
			b.append("2021-01-02 balance Assets:T").append(t).append("  ").append(tx.sum()).append(" CNY\n\n");
		}
		return opens.append('\n').append(b).toString();
	}
}
