package dev.ceasefire.model;

import java.util.Optional;

/**
 * An area a guarantee may exclude: a region, or the parts of Donetsk and Luhansk oblasts held by Russia before
 * 24 Feb 2022 ("certain areas", ORDLO), which is a sub-region and never the whole oblasts (positions.md §3 item 12).
 */
public enum Territory {
  DONETSK, LUHANSK, ZAPORIZHZHIA, KHERSON, CRIMEA, SEVASTOPOL, KHARKIV, SUMY, DNIPROPETROVSK, MYKOLAIV,
  KYIV_OBLAST, KYIV_CITY, CHERNIHIV, RU_KURSK, CADLR_PRE2022;

  /** A territory by its key, a region spelling, or "ORDLO" / "certain areas of Donetsk and Luhansk Oblasts". */
  public static Optional<Territory> parse(String text) {
    String n = RegionCode.normalise(text);
    if (n.equals("cadlr pre2022") || n.equals("cadlr") || n.equals("ordlo")
        || n.equals("certain areas of donetsk and luhansk oblasts")) {
      return Optional.of(CADLR_PRE2022);
    }
    return RegionCode.parse(text).map(r -> valueOf(r.name()));
  }
}
