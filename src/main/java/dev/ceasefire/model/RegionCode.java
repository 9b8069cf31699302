package dev.ceasefire.model;

import java.text.Normalizer;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The regions named in the positions (schema.md §2), with their ISO 3166-2 codes and the spellings and
 * transliterations a scenario may use instead of the enum key.
 */
public enum RegionCode {
  DONETSK("UA-14", "Donetsk Oblast", "Donetska oblast", "Donetsk People's Republic", "DPR", "Donetsk"),
  LUHANSK("UA-09", "Luhansk Oblast", "Luhanska oblast", "Lugansk People's Republic", "LPR", "Lugansk", "Luhansk"),
  ZAPORIZHZHIA("UA-23", "Zaporizhzhia Oblast", "Zaporizka oblast", "Zaporozhye Region", "Zaporizhia",
      "Zaporozhye", "Zaporozh'ye", "Zaporizhzhia", "Zaporizhzhya"),
  KHERSON("UA-65", "Kherson Oblast", "Khersonska oblast", "Kherson Region", "Kherson"),
  CRIMEA("UA-43", "Autonomous Republic of Crimea", "Avtonomna Respublika Krym", "Republic of Crimea", "Crimea", "Krym"),
  SEVASTOPOL("UA-40", "City of Sevastopol", "Sevastopol"),
  KHARKIV("UA-63", "Kharkiv Oblast", "Kharkivska oblast", "Kharkov Region", "Kharkiv", "Kharkov"),
  SUMY("UA-59", "Sumy Oblast", "Sumska oblast", "Sumy Region", "Sumy"),
  DNIPROPETROVSK("UA-12", "Dnipropetrovsk Oblast", "Dnipropetrovska oblast", "Dnepropetrovsk Region",
      "Dnipropetrovsk", "Dnepropetrovsk"),
  MYKOLAIV("UA-48", "Mykolaiv Oblast", "Mykolaivska oblast", "Nikolaev Region", "Mykolaiv", "Nikolaev", "Nikolayev"),
  KYIV_OBLAST("UA-32", "Kyiv Oblast", "Kyivska oblast", "Kiev Region", "Kiev Oblast"),
  KYIV_CITY("UA-30", "Kyiv", "Kiev", "Kyiv City", "Kiev City"),
  CHERNIHIV("UA-74", "Chernihiv Oblast", "Chernihivska oblast", "Chernigov Region", "Chernihiv", "Chernigov"),
  RU_KURSK("RU-KRS", "Kursk Oblast", "Kursk Region", "Kursk");

  /** The four regions of Russia's 2024 withdrawal demand. */
  public static final Set<RegionCode> FOUR_REGIONS = EnumSet.of(DONETSK, LUHANSK, ZAPORIZHZHIA, KHERSON);

  /** "Donbas" / "Donbass": the two regions of Russia's 2025–26 statements. */
  public static final Set<RegionCode> DONBAS = EnumSet.of(DONETSK, LUHANSK);

  /** The southern front of the reported August 2025 exchange: frozen, not ceded. */
  public static final Set<RegionCode> SOUTH = EnumSet.of(ZAPORIZHZHIA, KHERSON);

  /** The six territories of Russia's recognition demand: the four regions plus Crimea and Sevastopol. */
  public static final Set<RegionCode> SIX_TERRITORIES = EnumSet.of(DONETSK, LUHANSK, ZAPORIZHZHIA, KHERSON, CRIMEA,
      SEVASTOPOL);

  /** The four other oblasts the 20-point framework asks Russia to leave (positions.md §3 item 13). */
  public static final Set<RegionCode> FRAMEWORK_RU_WITHDRAWAL = EnumSet.of(DNIPROPETROVSK, MYKOLAIV, SUMY, KHARKIV);

  /** Every Ukrainian region in this vocabulary: Ukraine inside its internationally recognised borders. */
  public static final Set<RegionCode> UKRAINE = EnumSet.complementOf(EnumSet.of(RU_KURSK));

  /** Names that stand for several regions at once (schema.md §2, "Aliases for parsing"). */
  private static final Map<String, Set<RegionCode>> GROUP_ALIASES = new LinkedHashMap<>();

  private static final Map<String, RegionCode> ALIASES = new LinkedHashMap<>();

  static {
    for (RegionCode code : values()) {
      ALIASES.put(normalise(code.name()), code);
      ALIASES.put(normalise(code.iso), code);
      for (String alias : code.aliases) {
        ALIASES.put(normalise(alias), code);
      }
    }
    GROUP_ALIASES.put(normalise("Donbas"), EnumSet.of(DONETSK, LUHANSK));
    GROUP_ALIASES.put(normalise("Donbass"), EnumSet.of(DONETSK, LUHANSK));
    GROUP_ALIASES.put(normalise("new regions"), FOUR_REGIONS);
    GROUP_ALIASES.put(normalise("новые регионы"), FOUR_REGIONS);
  }

  private final String iso;
  private final List<String> aliases;

  RegionCode(String iso, String... aliases) {
    this.iso = iso;
    this.aliases = List.of(aliases);
  }

  public String iso() {
    return iso;
  }

  /** One region by its key, ISO code, or an accepted spelling. */
  public static Optional<RegionCode> parse(String text) {
    return Optional.ofNullable(ALIASES.get(normalise(text)));
  }

  /** The regions a name stands for: one for a region name, several for "Donbas" or "new regions". */
  public static Optional<Set<RegionCode>> parseGroup(String text) {
    Set<RegionCode> group = GROUP_ALIASES.get(normalise(text));
    if (group != null) {
      return Optional.of(group);
    }
    return parse(text).map(EnumSet::of);
  }

  /** Every spelling accepted, for suggestions. */
  public static Set<String> spellings() {
    Set<String> all = new java.util.LinkedHashSet<>();
    for (RegionCode code : values()) {
      all.add(code.name());
      all.add(code.iso);
      all.addAll(code.aliases);
    }
    all.add("Donbas");
    all.add("new regions");
    return all;
  }

  static String normalise(String text) {
    String folded = Normalizer.normalize(text.strip(), Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    return folded.replace('’', '\'').replaceAll("[\\s_\\-]+", " ");
  }
}
