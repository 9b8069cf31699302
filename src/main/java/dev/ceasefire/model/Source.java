package dev.ceasefire.model;

/** Where a condition comes from: the shortest supporting quote and who said it, when and where. */
public record Source(String speaker, String date, String place, String quote, String reference) {}
