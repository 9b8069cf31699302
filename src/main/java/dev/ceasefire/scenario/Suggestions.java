package dev.ceasefire.scenario;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * "Did you mean": the candidate that differs from a misspelling only in case, else one it begins (for words of
 * four letters or more: {@code lenient} for {@code lenientStatus}), else the closest one within a Levenshtein
 * distance of 2 (1 for short words, where 2 edits would reach almost anything).
 */
final class Suggestions {

  private static final LevenshteinDistance DISTANCE = LevenshteinDistance.getDefaultInstance();

  private Suggestions() {}

  static Optional<String> closest(String written, Collection<String> candidates) {
    if (written == null || written.isBlank()) {
      return Optional.empty();
    }
    String folded = written.strip().toLowerCase(Locale.ROOT);
    for (String candidate : candidates) {
      if (candidate.toLowerCase(Locale.ROOT).equals(folded)) {
        return Optional.of(candidate);
      }
    }
    if (folded.length() >= 4) {
      for (String candidate : candidates) {
        if (candidate.toLowerCase(Locale.ROOT).startsWith(folded)) {
          return Optional.of(candidate);
        }
      }
    }
    int limit = Math.min(2, Math.max(1, folded.length() / 3));
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : candidates) {
      int distance = DISTANCE.apply(folded, candidate.toLowerCase(Locale.ROOT));
      if (distance <= limit && distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * The closest condition id: a condition of the same position within a few edits (ids are long, so the limit
   * grows with them), else the id with the same slug under another position. Between equally close ids the one
   * first in sorted order wins, whatever order {@code ids} iterates in, so the suggestion is the same on every run.
   */
  static Optional<String> closestId(String written, Collection<String> ids) {
    int slash = written.indexOf('/');
    String position = slash < 0 ? written : written.substring(0, slash);
    String slug = slash < 0 ? "" : written.substring(slash + 1);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    int limit = Math.max(2, written.length() / 8);
    for (String id : ids) {
      int distance = DISTANCE.apply(written.toLowerCase(Locale.ROOT), id.toLowerCase(Locale.ROOT));
      if (distance <= limit && (distance < bestDistance || (distance == bestDistance && id.compareTo(best) < 0))) {
        best = id;
        bestDistance = distance;
      }
    }
    if (best == null && !slug.isEmpty()) {
      for (String id : ids) {
        if (id.endsWith("/" + slug) && !id.startsWith(position + "/") && (best == null || id.compareTo(best) < 0)) {
          best = id;
        }
      }
    }
    return Optional.ofNullable(best);
  }
}
