package dev.ceasefire.rules;

import dev.ceasefire.model.Reading;

/** A part's (or point's) verdict under one reading, filed under its gate or bundle by the shared rules. */
public record PartVerdict(String whole, Reading reading, Verdict verdict) {}
