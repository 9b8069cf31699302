package dev.ceasefire.model;

/** A domain a ceasefire covers. */
public enum CeasefireDomain {
  LAND,
  AIR,
  SEA,
  ENERGY_INFRA,
  BLACK_SEA_SHIPPING
}
