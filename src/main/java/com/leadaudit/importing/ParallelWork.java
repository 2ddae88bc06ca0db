package com.leadaudit.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs independent units of work (file imports, the figures of each campaign: each its own transaction) on a small
 * bounded pool and hands the results back in
 * the order the tasks were given, so logs, step counts and everything downstream read the same however the work
 * was interleaved. Every task runs to its end even when another fails (each file commits on its own, so finished
 * files need not be imported again on restart); the first failure, in task order, is then rethrown.
 */
public final class ParallelWork {

    private ParallelWork() {
    }

    public static <T> List<T> inOrder(List<Callable<T>> tasks, int threads) {
        return inOrder(tasks, threads, "file-import");
    }

    /** As above, the pool's threads named {@code threadName} (they show in logs and thread dumps). */
    public static <T> List<T> inOrder(List<Callable<T>> tasks, int threads, String threadName) {
        if (threads <= 1 || tasks.size() <= 1) {
            List<T> results = new ArrayList<>();
            for (Callable<T> task : tasks) {
                results.add(call(task));
            }
            return results;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, tasks.size()), runnable -> {
            Thread t = new Thread(runnable, threadName);
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> task : tasks) {
                futures.add(pool.submit(task));
            }
            List<T> results = new ArrayList<>();
            RuntimeException failure = null;
            for (Future<T> future : futures) {
                try {
                    results.add(future.get());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while waiting for " + threadName, e);
                } catch (ExecutionException e) {
                    if (failure == null) {
                        failure = e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
                    }
                }
            }
            if (failure != null) {
                throw failure;
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * The result of work handed to another thread, its failure rethrown as it was thrown there (an unchecked exception
     * or an error as itself, a checked one wrapped); {@code waitingFor} names the work if this thread is interrupted.
     */
    public static <T> T await(Future<T> future, String waitingFor) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + waitingFor, e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private static <T> T call(Callable<T> task) {
        try {
            return task.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
