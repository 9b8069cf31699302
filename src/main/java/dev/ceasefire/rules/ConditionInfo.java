package dev.ceasefire.rules;

import dev.ceasefire.model.Kind;
import dev.ceasefire.model.Source;
import java.util.List;

/**
 * A condition as the catalogue describes it: id, kinds (the main one first), paraphrase, source, the actors
 * who must act, the facts it reads, and for composites their parts, for promises their trigger.
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
    String trigger,
    boolean contested,
    String note) {

  public Kind kind() {
    return kinds.get(0);
  }

  public boolean composite() {
    return !parts.isEmpty();
  }

  public String slug() {
    return id.substring(id.indexOf('/') + 1);
  }
}
