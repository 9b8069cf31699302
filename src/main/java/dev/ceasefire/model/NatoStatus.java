package dev.ceasefire.model;

/**
 * Ukraine and NATO. {@code article5Coverage} (added for UA-2024-11-29): which territory NATO's Article 5
 * would actually protect (NONE, CONTROLLED_PART or WHOLE_UA), apart from what the invitation covers.
 */
public record NatoStatus(
    NatoBid bid,
    Boolean officialNotification,
    Boolean constitutionalCourse,
    NatoInvitation invitation,
    Boolean membership,
    Boolean natoCharterBarsUa,
    Boolean natoTroopsInUa,
    NatoInvitation article5Coverage) {

  /** The group with every fact unknown. */
  public static NatoStatus unknown() {
    return new NatoStatus(null, null, null, null, null, null, null, null);
  }
}
