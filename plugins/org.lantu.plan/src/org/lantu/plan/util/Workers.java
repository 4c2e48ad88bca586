package org.lantu.plan.util;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Parts of one run done on several threads (the files of a folder, the blocks of a large plan),
 * their results handed back in the order of the parts, so that what a run reports does not depend
 * on how many threads did it.
 */
public final class Workers {
	private Workers() {
	}

	/**
	 * Runs {@code tasks} on {@code threads} daemon threads named {@code name-1}, {@code name-2}…,
	 * and returns their results in the order of the tasks. A task's failure is raised as the task
	 * raised it, as a run on one thread would raise it; the other tasks are then stopped.
	 */
	public static <T> List<T> inOrder(String name, int threads, List<Callable<T>> tasks) {
		AtomicInteger n = new AtomicInteger();
		ExecutorService pool = Executors.newFixedThreadPool(threads, task -> {
			Thread t = new Thread(task, name + "-" + n.incrementAndGet());
			t.setDaemon(true);
			return t;
		});
		try {
			List<Future<T>> futures = new ArrayList<>();
			for (Callable<T> task : tasks) {
				futures.add(pool.submit(task));
			}
			List<T> results = new ArrayList<>();
			for (Future<T> f : futures) {
				results.add(f.get());
			}
			return results;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("the check was interrupted", e);
		} catch (ExecutionException e) {
			throw raised(e);
		} finally {
			pool.shutdownNow();
		}
	}

	/** Starts {@code task} on a daemon thread of its own named {@code name}, beside what the caller goes on with. */
	public static <T> Future<T> beside(String name, Callable<T> task) {
		FutureTask<T> future = new FutureTask<>(task);
		Thread t = new Thread(future, name);
		t.setDaemon(true);
		t.start();
		return future;
	}

	/** The result of a task started {@link #beside}, or its failure raised as the task raised it. */
	public static <T> T result(Future<T> task) {
		try {
			return task.get();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("the check was interrupted", e);
		} catch (ExecutionException e) {
			throw raised(e);
		}
	}

	/** Waits for a task started {@link #beside} whose result and failure are not wanted. */
	public static void await(Future<?> task) {
		try {
			task.get();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("the check was interrupted", e);
		} catch (ExecutionException e) {
			// not wanted
		}
	}

	/** What a task raised, to be raised again as it was (an error is raised here). */
	private static RuntimeException raised(ExecutionException e) {
		Throwable cause = e.getCause();
		if (cause instanceof Error err) {
			throw err;
		}
		return cause instanceof RuntimeException r ? r : new IllegalStateException(cause);
	}
}
