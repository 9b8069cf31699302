package dev.ceasefire.model;

/** Rights questions. settlementClause is added to schema.md (positions.md names it). */
public record Rights(
    LanguageStatus russianLanguageStatus,
    Boolean naziGlorificationBanLaw,
    Boolean uocRestrictionsLifted,
    Boolean settlementClause) {

  /** The group with every fact unknown. */
  public static Rights unknown() {
    return new Rights(null, null, null, null);
  }
}
