package dev.ceasefire.rules;

import dev.ceasefire.model.Kind;
import dev.ceasefire.model.Source;
import java.util.List;

/**
 * A condition as the catalogue describes it: id, kinds (the main one first), paraphrase, source, the actors
 * who must act, the facts it reads, and for composites their parts (a gate's, or a bundle's points when
 * {@code bundle}), for promises their trigger. Optional: the
 * {@code topic} it is about (how {@code positions diff} matches conditions across statements), the regions a
 * territorial condition covers, and the older condition it {@code supersedes} with the {@code change}.
 * {@code noAgreedTest}: the source names the demand but no fact of the vocabulary can test it; its rules say
 * UNKNOWN ("no agreed test"), so neither it nor a bundle holding it can ever be shown MET.
 */
public record ConditionInfo(
    String id,
    String positionId,
    List<Kind> kinds,
    String paraphrase,
    Source source,
    List<String> obligatedActors,
    List<String> facts,
    List<String> parts,
    boolean bundle,
    String trigger,
    boolean contested,
    boolean noAgreedTest,
    String note,
    String topic,
    List<String> regions,
    List<String> lenientRegions,
    String supersedes,
    Change change,
    String changeNote) {

  /**
   * How a condition moved from the older condition it {@code supersedes} (a reading of the sources recorded in
   * the catalogue, not something the code infers).
   */
  public enum Change { SAME, TIGHTENED, LOOSENED, SHIFTED }

  /** The regions the condition covers under a reading: {@code lenientRegions} where the readings differ. */
  public List<String> regions(dev.ceasefire.model.Reading reading) {
    return reading == dev.ceasefire.model.Reading.LENIENT && !lenientRegions.isEmpty() ? lenientRegions : regions;
  }

  public Kind kind() {
    return kinds.get(0);
  }

  /** A gate or a bundle: a condition judged from other conditions' verdicts by the shared rules. */
  public boolean composite() {
    return !parts.isEmpty();
  }

  public String slug() {
    return id.substring(id.indexOf('/') + 1);
  }
}
