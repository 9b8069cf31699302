package dev.ceasefire.model;

/** Cities kept apart from their oblasts (positions.md §3 item 4). */
public enum CityCode {
  ZAPORIZHZHIA_CITY,
  KHERSON_CITY,
  ENERHODAR,
  KRAMATORSK,
  SLOVIANSK
}
