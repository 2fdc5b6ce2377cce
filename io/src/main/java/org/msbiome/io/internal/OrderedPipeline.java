package org.msbiome.io.internal;

import java.util.ArrayDeque;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Work done on a few threads and taken back in the order it was submitted, with a bound on what is in
 * flight: at most {@code maxTasks} tasks, and at most {@code maxWeight} of their weight (such as the
 * characters of the lines they read) plus that of one task. The submitting thread is the only one that
 * submits and takes; it is told by {@link #hasRoom()} when to stop submitting and take instead, so the
 * memory held never grows with the input.
 *
 * <p>The worker threads are daemon threads; they end when {@link #close()} is called, or after 10 seconds
 * without work if it never is. Not thread-safe
 * (one submitting thread).
 *
 * @param <O> what a task gives
 */
public final class OrderedPipeline<O> implements AutoCloseable {
    private static final AtomicInteger POOLS = new AtomicInteger();

    private final ExecutorService workers;
    private final ArrayDeque<Future<O>> inFlight = new ArrayDeque<>();
    private final ArrayDeque<Long> weights = new ArrayDeque<>();
    private final int maxTasks;
    private final long maxWeight;
    private long weight;

    /**
     * A pipeline with its own worker threads.
     *
     * @param threads how many worker threads, at least 1
     * @param maxTasks how many tasks may be in flight, at least 1
     * @param maxWeight how much weight may be in flight (one task more may overshoot it)
     * @param name the worker threads' name prefix
     */
    public OrderedPipeline(int threads, int maxTasks, long maxWeight, String name) {
        if (threads < 1 || maxTasks < 1 || maxWeight < 1) {
            throw new IllegalArgumentException("threads " + threads + ", maxTasks " + maxTasks + " and maxWeight "
                    + maxWeight + " must be at least 1");
        }
        this.maxTasks = maxTasks;
        this.maxWeight = maxWeight;
        String prefix = name + "-" + POOLS.incrementAndGet() + "-";
        AtomicInteger count = new AtomicInteger();
        // The queue is unbounded only in type: hasRoom() keeps at most maxTasks tasks in it.
        ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, 10, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), task -> {
                    Thread thread = new Thread(task, prefix + count.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
        pool.allowCoreThreadTimeOut(true); // the threads of a pipeline that is never closed end when idle
        this.workers = pool;
    }

    /** Whether another task may be submitted now. @return true if there is room */
    public boolean hasRoom() {
        return inFlight.size() < maxTasks && weight < maxWeight;
    }

    /** Whether no task is in flight. @return true if none is */
    public boolean isEmpty() {
        return inFlight.isEmpty();
    }

    /**
     * Starts a task.
     *
     * @param task the task
     * @param taskWeight its weight
     */
    public void submit(Callable<O> task, long taskWeight) {
        inFlight.addLast(workers.submit(task));
        weights.addLast(taskWeight);
        weight += taskWeight;
    }

    /**
     * What the oldest task in flight gives, once it is done. A task's unchecked exception or error is
     * thrown here as it was thrown.
     *
     * @return what it gives
     * @throws java.util.NoSuchElementException if no task is in flight
     * @throws IllegalStateException if the waiting thread is interrupted (its interrupt status is set again)
     */
    public O take() {
        Future<O> head = inFlight.element();
        O result;
        try {
            result = head.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a line to be read", e);
        } catch (CancellationException e) {
            throw new IllegalStateException("the pipeline was closed", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
        inFlight.removeFirst();
        weight -= weights.removeFirst();
        return result;
    }

    /** Stops the worker threads; tasks in flight are cancelled. */
    @Override
    public void close() {
        workers.shutdownNow();
        inFlight.forEach(f -> f.cancel(true));
        inFlight.clear();
        weights.clear();
        weight = 0;
    }
}
