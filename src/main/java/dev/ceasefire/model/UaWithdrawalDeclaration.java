package dev.ceasefire.model;

import java.time.LocalDate;
import java.util.Set;

/** Kyiv's declared readiness to withdraw; an empty set means none declared. */
public record UaWithdrawalDeclaration(
    LocalDate date,
    Set<RegionCode> regions) {

  /** The group with every fact unknown. */
  public static UaWithdrawalDeclaration unknown() {
    return new UaWithdrawalDeclaration(null, null);
  }
}
