package com.leadaudit.report;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Reads rows on a second thread while the calling thread writes them. A cursor fetches rows a batch at a time and
 * waits while its caller works through the batch, so PostgreSQL producing rows and the workbook writer consuming them
 * took turns: at a million leads the writers spent as long waiting on the socket as writing. With the reading on its
 * own thread both go on at once. Memory stays bounded: at most {@link #BATCHES} batches of {@link #BATCH} rows wait.
 *
 * <p>The reader uses the caller's connection (and so its transaction) while the caller only consumes; they never use
 * it at the same time. A failure on either side stops both and is rethrown to the caller: a read failure as the
 * original {@link SQLException}, so it is reported (and a lost connection recognised) as before.
 */
final class PrefetchedRows {

    static final int BATCH = 500;
    static final int BATCHES = 4;

    /** Reads rows, handing each to {@code sink}; stops early when {@code sink} returns false. */
    @FunctionalInterface
    interface Reader<T> {
        void read(Sink<T> sink) throws SQLException;
    }

    @FunctionalInterface
    interface Sink<T> {
        boolean accept(T row);
    }

    private static final List<Object> END = new ArrayList<>();

    private PrefetchedRows() {
    }

    static <T> void forEach(Reader<T> reader, Consumer<T> consumer) throws SQLException {
        BlockingQueue<List<Object>> queue = new ArrayBlockingQueue<>(BATCHES);
        Throwable[] readFailure = new Throwable[1];
        AtomicBoolean stop = new AtomicBoolean();
        Thread thread = new Thread(() -> {
            List<Object> batch = new ArrayList<>(BATCH);
            try {
                reader.read(row -> {
                    batch.add(row);
                    if (batch.size() == BATCH) {
                        if (!offer(queue, new ArrayList<>(batch), stop)) {
                            return false;
                        }
                        batch.clear();
                    }
                    return !stop.get();
                });
            } catch (Throwable t) {
                readFailure[0] = t;
            } finally {
                if (!batch.isEmpty()) {
                    offer(queue, batch, stop);
                }
                offer(queue, END, stop);
            }
        }, Thread.currentThread().getName() + "-reader");
        thread.setDaemon(true);
        thread.start();
        try {
            while (true) {
                List<Object> batch = queue.take();
                if (batch == END) {
                    break;
                }
                for (Object row : batch) {
                    @SuppressWarnings("unchecked")
                    T typed = (T) row;
                    consumer.accept(typed);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing rows", e);
        } finally {
            stop.set(true);
            queue.clear();  // lets a reader blocked on a full queue see the stop
            join(thread);
        }
        Throwable failure = readFailure[0];
        if (failure instanceof SQLException e) {
            throw e;
        }
        if (failure instanceof RuntimeException e) {
            throw e;
        }
        if (failure instanceof Error e) {
            throw e;
        }
        if (failure != null) {
            throw new IllegalStateException(failure);
        }
    }

    /** Waits for room, giving up once the consumer has stopped. */
    private static boolean offer(BlockingQueue<List<Object>> queue, List<Object> batch, AtomicBoolean stop) {
        try {
            while (!stop.get()) {
                if (queue.offer(batch, 100, TimeUnit.MILLISECONDS)) {
                    return true;
                }
            }
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void join(Thread thread) {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
