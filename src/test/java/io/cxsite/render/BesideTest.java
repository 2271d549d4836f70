package io.cxsite.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.UncheckedIOException;
import java.io.IOException;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The site-files step of a full build runs beside the caller; its result and its failures reach the caller. */
class BesideTest {
    @Test
    void theStepRunsWhileTheCallerGoesOnAndFinishWaitsForIt() {
        AtomicReference<Thread> ranOn = new AtomicReference<>();
        AtomicReference<String> name = new AtomicReference<>();
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch slow = new CountDownLatch(1);
        Beside beside = Beside.start("test-step", stop -> {
            started.countDown();
            awaited(slow);
            ranOn.set(Thread.currentThread());
            name.set(Thread.currentThread().getName());
        });
        assertTrue(awaited(started));
        slow.countDown();
        beside.finish();
        assertNotEquals(Thread.currentThread(), ranOn.get());
        assertEquals("test-step", name.get());
        assertNotEquals("test-step", ranOn.get().getName());
    }

    @Test
    void whatTheStepThrowsIsThrownByFinish() {
        UncheckedIOException failure = new UncheckedIOException(new IOException("disk full"));
        Beside beside = Beside.start("test-step", stop -> {
            throw failure;
        });
        assertSame(failure, assertThrows(UncheckedIOException.class, beside::finish));
    }

    @Test
    void abandoningStopsTheStepAndKeepsItsFailureWithTheCallers() {
        CountDownLatch started = new CountDownLatch(1);
        Beside beside = Beside.start("test-step", stop -> {
            started.countDown();
            while (!stop.getAsBoolean()) {
                Thread.onSpinWait();
            }
            throw new CancellationException("no longer wanted");
        });
        IllegalStateException cause = new IllegalStateException("a page failed");
        assertTrue(awaited(started));
        beside.abandon(cause);
        assertEquals(1, cause.getSuppressed().length);
        assertTrue(cause.getSuppressed()[0] instanceof CancellationException);
    }

    private static boolean awaited(CountDownLatch latch) {
        try {
            return latch.await(10, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }
}
