package dev.ceasefire.model;

/** Ukraine and NATO. */
public record NatoStatus(
    NatoBid bid,
    Boolean officialNotification,
    Boolean constitutionalCourse,
    NatoInvitation invitation,
    Boolean membership,
    Boolean natoCharterBarsUa,
    Boolean natoTroopsInUa) {

  /** The group with every fact unknown. */
  public static NatoStatus unknown() {
    return new NatoStatus(null, null, null, null, null, null, null);
  }
}
