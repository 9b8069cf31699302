package dev.ceasefire.rules;

import dev.ceasefire.model.SanctionsState;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Derived fact: of the actors a parameter names ({@code actors}, e.g. {@code RU-2024-06-14/sanctioning-actors}),
 * how many have lifted their sanctions, how many have not (in force or easing), and how many the scenario does
 * not say; {@code size} is the number named. Of those not lifted, {@code easing} are easing them (a middle grade).
 * The names are for reasons.
 */
public record SanctionsLifted(String actors, int size, int lifted, int notLifted, int unknown, String liftedBy,
    String notLiftedBy, String unknownFor, int easing, String easingBy) {

  /** Sorts the named actors by what {@code byActor} (the scenario's {@code sanctions.byActor}, maybe null) says. */
  public static SanctionsLifted of(String actors, Collection<String> named, Map<?, ?> byActor) {
    List<String> lifted = new ArrayList<>();
    List<String> notLifted = new ArrayList<>();
    List<String> unknown = new ArrayList<>();
    List<String> easing = new ArrayList<>();
    for (String actor : named) {
      Object state = null;
      if (byActor != null) {
        for (Map.Entry<?, ?> e : byActor.entrySet()) {
          if (String.valueOf(e.getKey()).equals(actor)) {
            state = e.getValue();
          }
        }
      }
      (state == null ? unknown : state == SanctionsState.LIFTED ? lifted : notLifted).add(actor);
      if (state == SanctionsState.EASING) {
        easing.add(actor);
      }
    }
    return new SanctionsLifted(actors, named.size(), lifted.size(), notLifted.size(), unknown.size(), Fn.names(lifted),
        Fn.names(notLifted), Fn.names(unknown), easing.size(), Fn.names(easing));
  }
}
