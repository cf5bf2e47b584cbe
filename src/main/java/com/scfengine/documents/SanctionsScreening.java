package com.scfengine.documents;

import com.scfengine.documents.ScreeningResult.Outcome;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Screens names against a sanctions list after normalising both sides: accents dropped, lower case,
 * dots and apostrophes dropped ({@code L.L.C.} is {@code LLC}), other punctuation to spaces, runs of
 * spaces to one ({@code "  Sanctioned-Trading, L.L.C. "} → {@code "sanctioned trading llc"}).
 * <ul>
 *   <li>MATCH — the name equals a listed name;</li>
 *   <li>POSSIBLE_MATCH — the name holds all words of a listed name, or of a possible-match entry;</li>
 *   <li>CLEAR — otherwise.</li>
 * </ul>
 * {@code matchedEntry} is the list entry as configured.
 */
final class SanctionsScreening {

  private record Entry(String configured, String normalised, Set<String> words) {
    static Entry of(String configured) {
      String normalised = normalise(configured);
      return new Entry(configured, normalised, SanctionsScreening.words(normalised));
    }
  }

  private final List<Entry> matches;
  private final List<Entry> possibleMatches;

  SanctionsScreening(DocumentsProperties.Sanctions sanctions) {
    this.matches = sanctions.matches().stream().map(Entry::of).filter(e -> !e.words().isEmpty()).toList();
    this.possibleMatches = sanctions.possibleMatches().stream().map(Entry::of).filter(e -> !e.words().isEmpty()).toList();
  }

  ScreeningResult screen(String name) {
    String normalised = normalise(name);
    Set<String> words = words(normalised);
    for (Entry listed : matches) {
      if (listed.normalised().equals(normalised)) {
        return new ScreeningResult(name, Outcome.MATCH, listed.configured());
      }
    }
    return Stream.concat(matches.stream(), possibleMatches.stream())
        .filter(entry -> words.containsAll(entry.words()))
        .findFirst()
        .map(entry -> new ScreeningResult(name, Outcome.POSSIBLE_MATCH, entry.configured()))
        .orElseGet(() -> new ScreeningResult(name, Outcome.CLEAR, null));
  }

  static String normalise(String name) {
    if (name == null) {
      return "";
    }
    String withoutAccents = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    return withoutAccents.toLowerCase(Locale.ROOT)
        .replaceAll("[.'’]", "")
        .replaceAll("[^\\p{L}\\p{N}]+", " ")
        .strip();
  }

  private static Set<String> words(String normalised) {
    return normalised.isEmpty() ? Set.of() : Arrays.stream(normalised.split(" ")).collect(Collectors.toSet());
  }
}
