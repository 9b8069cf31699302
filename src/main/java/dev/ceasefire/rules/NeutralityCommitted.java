package dev.ceasefire.rules;

import dev.ceasefire.model.AllianceCommitment;
import dev.ceasefire.model.NeutralityStatus;

/**
 * Derived fact, present only when it holds: Ukraine has committed itself, in some form, to neutrality
 * ({@code neutrality.status} DECLARED_POLITICAL or CONSTITUTIONAL_PERMANENT) or to staying out of alliances
 * ({@code neutrality.allianceCommitment} POLITICAL or LEGAL_PERMANENT).
 */
public record NeutralityCommitted(NeutralityStatus status, AllianceCommitment allianceCommitment) {}
