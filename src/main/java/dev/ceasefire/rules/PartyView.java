package dev.ceasefire.rules;

import dev.ceasefire.model.Party;
import dev.ceasefire.model.Status;

/** How one party reads a contested condition (positions.md §3 item 19). */
public record PartyView(String conditionId, Party party, Status status, String reason) {}
