package com.scfengine.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class IdsTest {

  @Test
  void idsAreVersion7UuidsWhoseTextSortsInTheOrderTheyWereMade() {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 20_000; i++) { // many within one millisecond
      ids.add(Ids.next());
    }

    assertThat(ids).isSorted().doesNotHaveDuplicates();
    UUID first = UUID.fromString(ids.get(0));
    assertThat(first.version()).isEqualTo(7);
    assertThat(first.variant()).isEqualTo(2);
    assertThat(ids.get(0)).isEqualTo(first.toString()).hasSize(36); // lower-case canonical text, fits varchar(64)
    // the first 48 bits are Unix time in milliseconds: they never go down from one id to the next
    List<Long> millis = ids.stream().map(id -> UUID.fromString(id).getMostSignificantBits() >>> 16).toList();
    assertThat(millis).isSorted();
    assertThat(millis.get(0)).isGreaterThan(java.time.Instant.parse("2024-01-01T00:00:00Z").toEpochMilli());
  }

  @Test
  void idsMadeConcurrentlyAreUnique() throws InterruptedException {
    ConcurrentLinkedQueue<String> ids = new ConcurrentLinkedQueue<>();
    ExecutorService threads = Executors.newFixedThreadPool(8);
    for (int t = 0; t < 8; t++) {
      threads.submit(() -> {
        for (int i = 0; i < 5_000; i++) {
          ids.add(Ids.next());
        }
      });
    }
    threads.shutdown();
    assertThat(threads.awaitTermination(30, TimeUnit.SECONDS)).isTrue();

    assertThat(new HashSet<>(ids)).hasSize(40_000);
  }
}
