package dev.ceasefire.scenario;

import dev.ceasefire.model.RegionCode;
import dev.ceasefire.model.Territory;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The identifier formats a scenario uses besides enum keys: country codes, condition ids, scenario ids, region
 * and territory spellings. The formats are checked by hand rather than by regular expression, and the usual
 * spellings of regions remembered once understood, because a scenario names dozens of them on every read.
 */
final class Codes {

  static final Set<String> COUNTRIES =
      Set.copyOf(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3));

  static final String CONDITION_ID_EXPECTED =
      "a condition id such as RU-2024-06-14/withdraw-four-regions ((RU|UA|US)-yyyy-mm-dd/kebab-case-name)";

  static final String COUNTRY_EXPECTED = "an ISO 3166-1 alpha-3 country code in upper case, such as USA, GBR, FRA";

  static final String REGION_EXPECTED = "one of " + String.join(", ",
      Arrays.stream(RegionCode.values()).map(Enum::name).toList())
      + ", an ISO 3166-2 code such as UA-14, or an accepted spelling such as Lugansk or Zaporozhye";

  static final String REGION_GROUP_EXPECTED = REGION_EXPECTED + ", or Donbas or new regions";

  /** The spellings the model lists for regions and territories, as written there. */
  private static final Set<String> SPELLINGS = spellings();

  /** What each of {@link #SPELLINGS} stands for, worked out the first time it is read. */
  private static final Map<String, Optional<Set<RegionCode>>> REGION_GROUPS = new ConcurrentHashMap<>();

  private static final Map<String, Optional<Territory>> TERRITORIES = new ConcurrentHashMap<>();

  private Codes() {}

  private static Set<String> spellings() {
    Set<String> spellings = new HashSet<>(RegionCode.spellings());
    Arrays.stream(Territory.values()).map(Enum::name).forEach(spellings::add);
    return Set.copyOf(spellings);
  }

  /**
   * {@link RegionCode#parseGroup}, remembered for the spellings the model lists (normalising a spelling costs
   * more than the rest of binding it); any other text goes through {@code parseGroup} every time.
   */
  static Optional<Set<RegionCode>> regionGroup(String text) {
    Optional<Set<RegionCode>> known = REGION_GROUPS.get(text);
    if (known != null) {
      return known;
    }
    return SPELLINGS.contains(text) ? REGION_GROUPS.computeIfAbsent(text, Codes::regionGroupOf) : regionGroupOf(text);
  }

  private static Optional<Set<RegionCode>> regionGroupOf(String text) {
    return RegionCode.parseGroup(text).map(Collections::unmodifiableSet);
  }

  /** {@link Territory#parse}, remembered for the spellings the model lists, like {@link #regionGroup}. */
  static Optional<Territory> territory(String text) {
    Optional<Territory> known = TERRITORIES.get(text);
    if (known != null) {
      return known;
    }
    return SPELLINGS.contains(text) ? TERRITORIES.computeIfAbsent(text, Territory::parse) : Territory.parse(text);
  }

  /** A condition id: {@code (RU|UA|US)-yyyy-mm-dd/} (digits, not a checked date) and a kebab-case name. */
  static boolean isConditionId(String text) {
    if (text.length() < 15 || text.charAt(2) != '-' || text.charAt(7) != '-' || text.charAt(10) != '-'
        || text.charAt(13) != '/') {
      return false;
    }
    char first = text.charAt(0);
    char second = text.charAt(1);
    boolean party = first == 'R' ? second == 'U' : first == 'U' && (second == 'A' || second == 'S');
    return party && digits(text, 3, 7) && digits(text, 8, 10) && digits(text, 11, 13) && isKebab(text, 14);
  }

  /** Kebab case: words of a-z and 0-9 joined by single hyphens, e.g. {@code status-quo-2024-06-14}. */
  static boolean isKebab(String text) {
    return isKebab(text, 0);
  }

  private static boolean isKebab(String text, int from) {
    boolean wordEnded = true; // at the start, and after a hyphen, a word must begin
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        wordEnded = false;
      } else if (c == '-' && !wordEnded) {
        wordEnded = true;
      } else {
        return false;
      }
    }
    return !wordEnded;
  }

  /** A flag name in camel case: a lower-case letter, then letters and digits. */
  static boolean isFlag(String text) {
    if (text.isEmpty() || text.charAt(0) < 'a' || text.charAt(0) > 'z') {
      return false;
    }
    for (int i = 1; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) {
        return false;
      }
    }
    return true;
  }

  private static boolean digits(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (text.charAt(i) < '0' || text.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  /** The code the writer probably meant: the upper-case form, the alpha-3 of an alpha-2 code, or a near miss. */
  static Optional<String> suggestCountry(String written) {
    String upper = written.strip().toUpperCase(Locale.ROOT);
    if (COUNTRIES.contains(upper)) {
      return Optional.of(upper);
    }
    if (upper.equals("UK")) {
      return Optional.of("GBR");
    }
    if (upper.length() == 2 && Set.of(Locale.getISOCountries()).contains(upper)) {
      return Optional.of(new Locale("", upper).getISO3Country());
    }
    return Suggestions.closest(upper, new TreeSet<>(COUNTRIES));
  }

  /**
   * A scenario id in kebab case, derived from what was written (for "did you mean"): Cyrillic transliterated,
   * accents dropped; nothing when a letter or digit would be lost on the way (Greek, CJK, …), since what is left
   * ("1" of "сценарій 1" without transliteration) would not be the id meant.
   */
  static Optional<String> suggestKebab(String written) {
    return kebab(written).filter(kebab -> isKebab(kebab) && !kebab.equals(written));
  }

  /** Cyrillic letters in Latin (Ukrainian and Russian, after the usual national romanisations). */
  private static final Map<Character, String> CYRILLIC = cyrillic();

  private static Map<Character, String> cyrillic() {
    String[] pairs = {"а", "a", "б", "b", "в", "v", "г", "h", "ґ", "g", "д", "d", "е", "e", "є", "ie", "ё", "io",
        "ж", "zh", "з", "z", "и", "y", "і", "i", "ї", "i", "й", "i", "к", "k", "л", "l", "м", "m", "н", "n",
        "о", "o", "п", "p", "р", "r", "с", "s", "т", "t", "у", "u", "ф", "f", "х", "kh", "ц", "ts", "ч", "ch",
        "ш", "sh", "щ", "shch", "ъ", "", "ы", "y", "ь", "", "э", "e", "ю", "iu", "я", "ia"};
    Map<Character, String> map = new java.util.HashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put(pairs[i].charAt(0), pairs[i + 1]);
    }
    return Map.copyOf(map);
  }

  /**
   * {@code text} in kebab case: lower case, Cyrillic transliterated, accents dropped, runs of anything else made
   * one hyphen; empty when a letter or digit has no Latin form here.
   */
  private static Optional<String> kebab(String text) {
    String lower = java.text.Normalizer.normalize(text.strip().toLowerCase(Locale.ROOT), java.text.Normalizer.Form.NFC);
    StringBuilder latin = new StringBuilder();
    for (int i = 0; i < lower.length(); i++) {
      String cyrillic = CYRILLIC.get(lower.charAt(i));
      latin.append(cyrillic != null ? cyrillic : String.valueOf(lower.charAt(i)));
    }
    String plain = java.text.Normalizer.normalize(latin, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    for (int i = 0; i < plain.length(); i++) {
      char c = plain.charAt(i);
      if (c >= 128 && Character.isLetterOrDigit(c)) {
        return Optional.empty();
      }
    }
    String kebab = plain.replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    return kebab.isEmpty() ? Optional.empty() : Optional.of(kebab);
  }

  /** A condition id with the party in upper case and the name in kebab case, if that makes it valid. */
  static Optional<String> suggestConditionId(String written) {
    int slash = written.indexOf('/');
    if (slash < 0) {
      return Optional.empty();
    }
    String head = written.substring(0, slash).strip().toUpperCase(Locale.ROOT);
    Optional<String> kebab = kebab(written.substring(slash + 1));
    if (kebab.isEmpty()) {
      return Optional.empty();
    }
    String name = kebab.get();
    String candidate = head + "/" + name;
    return isConditionId(candidate) && !candidate.equals(written)
        ? Optional.of(candidate) : Optional.empty();
  }

  static List<String> regionSpellings() {
    return List.copyOf(RegionCode.spellings());
  }
}
