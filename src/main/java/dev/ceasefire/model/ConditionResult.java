package dev.ceasefire.model;

import java.util.List;
import java.util.Map;

/**
 * One condition's verdict (output.md). {@code status} is the STRICT reading, {@code lenientStatus} the LENIENT
 * one; {@code reasons} are the STRICT reading's and {@code lenientReasons} the LENIENT one's.
 */
public record ConditionResult(
    String id,
    Kind kind,
    List<Kind> kinds,
    String paraphrase,
    Status status,
    Status lenientStatus,
    boolean contested,
    Map<Party, Status> partyStatus,
    List<String> reasons,
    List<String> lenientReasons,
    List<String> facts,
    List<String> obligatedActors,
    List<String> flags,
    List<String> rulesFired,
    Source source) {}
