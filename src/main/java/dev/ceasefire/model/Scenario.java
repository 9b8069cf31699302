package dev.ceasefire.model;

import java.time.LocalDate;
import java.util.Map;

/**
 * One scenario file: hypothetical facts and, optionally, the statuses expected of them. {@code source} is
 * where it was read from (a path, or "request body"); it is not part of the file.
 */
public record Scenario(
    String id,
    String title,
    String description,
    LocalDate asOfDate,
    Facts facts,
    Map<String, Expectation> expect,
    String source) {}
