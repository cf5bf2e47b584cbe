package com.scfengine.applications;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;

class ApplicationIdsTest {

  private static final Instant MORNING = Instant.parse("2026-12-02T08:15:30.250Z");
  private static final int ALL_RANDOM_BITS = (1 << 20) - 1;

  @Test
  void anIdNamesTheProductAndTheDayAndUsesNoLookAlikeCharacters() {
    String id = Applications.id("FACTORING", MORNING, 123_456);

    assertThat(id).matches("FACTORING-20261202-[2-9A-HJ-NP-Z]{8}");
  }

  @Test
  void theIdsOfADaySortInTheOrderTheyWereMadeWhateverTheirRandomPart() {
    Random random = new Random(7);
    List<String> ids = new ArrayList<>();
    Instant at = Instant.parse("2026-12-02T00:00:00Z");
    while (at.isBefore(Instant.parse("2026-12-03T00:00:00Z"))) {
      ids.add(Applications.id("FACTORING", at, random.nextInt(ALL_RANDOM_BITS + 1)));
      at = at.plus(Duration.ofMillis(83 + random.nextInt(600_000))); // a slot is about 82 ms
    }

    assertThat(ids).hasSizeGreaterThan(200).isSorted().doesNotHaveDuplicates();
    assertThat(ids.get(0)).startsWith("FACTORING-20261202-2222");
    assertThat(Applications.id("FACTORING", Instant.parse("2026-12-02T23:59:59.999Z"), 0))
        .startsWith("FACTORING-20261202-ZZZZ");
  }

  @Test
  void withinOneSlotOnlyTheRandomPartTellsIdsApart() {
    String low = Applications.id("FACTORING", MORNING, 0);
    String high = Applications.id("FACTORING", MORNING.plusMillis(10), ALL_RANDOM_BITS);

    assertThat(low.substring(0, 23)).isEqualTo(high.substring(0, 23));
    assertThat(low).endsWith("2222");
    assertThat(high).endsWith("ZZZZ");
  }

  @Test
  void anIdAlreadyTakenIsNotHandedOutAgain() {
    ApplicationRepository repository = Mockito.mock(ApplicationRepository.class);
    List<String> asked = new ArrayList<>();
    Mockito.when(repository.existsById(Mockito.anyString())).thenAnswer(call -> {
      asked.add(call.getArgument(0));
      return asked.size() == 1; // the first candidate is taken
    });

    String id = new Applications(repository, event -> {}).newId("FACTORING");

    assertThat(asked).hasSize(2);
    assertThat(id).isEqualTo(asked.get(1)).isNotEqualTo(asked.get(0));
  }
}
