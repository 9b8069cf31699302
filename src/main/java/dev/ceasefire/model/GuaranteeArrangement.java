package dev.ceasefire.model;

import java.util.Set;

/** Security guarantees for Ukraine. Bilateral partners are not guarantors. */
public record GuaranteeArrangement(
    LegalForm legalForm,
    GuaranteeStatus status,
    Set<String> guarantors,
    Set<String> ratifiedBy,
    Set<String> bilateralPartners,
    Integer consultationWindowDays,
    AssistanceObligation assistanceObligation,
    Set<AssistanceMode> assistanceModes,
    Set<Territory> territorialExclusions,
    Boolean accessionOpen,
    Boolean euSupportClause,
    Integer durationYears) {

  /** The group with every fact unknown. */
  public static GuaranteeArrangement unknown() {
    return new GuaranteeArrangement(null, null, null, null, null, null, null, null, null, null, null, null);
  }
}
