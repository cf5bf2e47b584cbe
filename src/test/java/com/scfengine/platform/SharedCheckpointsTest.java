package com.scfengine.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.scfengine.support.Concurrently;

import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Answers given at the same moment share a checkpoint, and none is given before a checkpoint that started after it. */
class SharedCheckpointsTest {

  /** Orders what happens in all threads: asking, a checkpoint's start and end, returning. */
  private final AtomicLong clock = new AtomicLong();
  private final List<long[]> checkpointsRun = new CopyOnWriteArrayList<>();
  private final ExecutorService threads = Executors.newFixedThreadPool(4); // the failing checkpoint's request and three more

  @AfterEach
  void stopThreads() {
    threads.shutdownNow();
  }

  @Test
  void requestsAtTheSameMomentShareACheckpointThatStartedAfterEachOfThemAsked() throws Exception {
    SharedCheckpoints checkpoints = new SharedCheckpoints(() -> {
      long start = clock.incrementAndGet();
      sleep(20);
      checkpointsRun.add(new long[] {start, clock.incrementAndGet()});
    });
    List<long[]> requests = Concurrently.run(48, 16, i -> {
      long asked = clock.incrementAndGet();
      checkpoints.storeCommitted();
      return new long[] {asked, clock.incrementAndGet()};
    });

    for (long[] times : requests) {
      assertThat(checkpointsRun)
          .as("a checkpoint started after the request asked (%d) and ended before it returned (%d)", times[0], times[1])
          .anyMatch(run -> run[0] > times[0] && run[1] < times[1]);
    }
    // each thread's three requests need three checkpoints in turn; one per request would be 48
    assertThat(checkpointsRun).as("checkpoints for 48 requests from 16 threads").hasSizeBetween(3, 24);
  }

  @Test
  void aFailedCheckpointFailsTheRequestThatRanItAndTheOthersWaitForTheNext() throws Exception {
    AtomicInteger runs = new AtomicInteger();
    CountDownLatch firstStarted = new CountDownLatch(1);
    CountDownLatch othersWaiting = new CountDownLatch(1);
    SharedCheckpoints checkpoints = new SharedCheckpoints(() -> {
      if (runs.incrementAndGet() == 1) {
        firstStarted.countDown();
        awaitLatch(othersWaiting);
        throw new SQLException("disk full");
      }
    });
    Future<?> first = threads.submit(() -> {
      checkpoints.storeCommitted();
      return null;
    });
    firstStarted.await(5, TimeUnit.SECONDS);
    List<Future<?>> others = IntStream.range(0, 3).<Future<?>>mapToObj(i -> threads.submit(() -> {
      checkpoints.storeCommitted();
      return null;
    })).toList();
    await().atMost(5, TimeUnit.SECONDS).until(() -> checkpoints.asked() == 4); // the three wait behind the first
    othersWaiting.countDown();

    assertThatThrownBy(() -> first.get(5, TimeUnit.SECONDS)).hasRootCauseMessage("disk full");
    for (Future<?> other : others) {
      other.get(5, TimeUnit.SECONDS); // stored by the next checkpoint, which one of them ran
    }
    assertThat(runs).as("the failed checkpoint and one for the three waiting").hasValue(2);
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void awaitLatch(CountDownLatch latch) {
    try {
      latch.await(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
