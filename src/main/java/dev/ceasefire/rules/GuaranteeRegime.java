package dev.ceasefire.rules;

import dev.ceasefire.model.LegalForm;
import java.util.Set;

/**
 * Derived fact: whether some guarantee instrument ({@code guarantees.legalForm} other than NONE) has guarantor
 * states ({@code guarantees.guarantors} not empty): the regime in which clauses such as consent to exercises,
 * territorial exclusions or accession exist at all. {@code exists} is false when the form is NONE or the guarantor
 * list is empty, and null when the scenario leaves either open; {@code unstated} then names what it leaves open.
 */
public record GuaranteeRegime(Boolean exists, LegalForm legalForm, Set<String> guarantors, String unstated) {

  /** The facts of the pair (legal form, guarantors) the scenario does not state, joined; "" when none. */
  public static String unstated(LegalForm legalForm, Set<String> guarantors) {
    if (legalForm == null && guarantors == null) {
      return "guarantees.legalForm, guarantees.guarantors";
    }
    return legalForm == null ? "guarantees.legalForm" : guarantors == null ? "guarantees.guarantors" : "";
  }
}
