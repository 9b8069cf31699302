package dev.ceasefire.model;

import java.util.Map;

/**
 * The state of the world a scenario describes, in the groups of schema.md. A group or field left out is
 * null: unknown, never false.
 */
public record Facts(
    Map<RegionCode, RegionState> regions,
    Map<CityCode, CityState> cities,
    UaWithdrawalDeclaration uaWithdrawalDeclaration,
    Withdrawal withdrawal,
    Map<Axis, RuMilitaryActivity> ruMilitaryActivity,
    NatoStatus nato,
    Neutrality neutrality,
    Wmd wmd,
    ForeignMilitary foreignMilitary,
    ArmedForces armedForces,
    Mobilisation mobilisation,
    ForeignAid foreignAid,
    Ceasefire ceasefire,
    GuaranteeArrangement guarantees,
    CrimeaTrack crimeaTrack,
    DonbasTrack donbasTrack,
    Settlement settlement,
    Negotiation negotiation,
    Domestic domestic,
    Sanctions sanctions,
    Humanitarian humanitarian,
    Rights rights,
    Justice justice,
    Znpp znpp,
    BlackSea blackSea,
    RussiaStance russiaStance,
    Strikes strikes,
    Environment environment,
    Treaties treaties) {

  /** No facts at all: everything unknown. */
  public static Facts none() {
    return new Facts(null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
        null, null, null, null, null, null, null, null, null, null, null, null, null, null);
  }
}
