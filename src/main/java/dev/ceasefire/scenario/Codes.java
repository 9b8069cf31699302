package dev.ceasefire.scenario;

import dev.ceasefire.model.RegionCode;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/** The identifier formats a scenario uses besides enum keys: country codes, condition ids, scenario ids. */
final class Codes {

  static final Set<String> COUNTRIES =
      Set.copyOf(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3));

  static final Pattern CONDITION_ID = Pattern.compile("^(RU|UA|US)-\\d{4}-\\d{2}-\\d{2}/[a-z0-9]+(-[a-z0-9]+)*$");
  static final String CONDITION_ID_EXPECTED =
      "a condition id such as RU-2024-06-14/withdraw-four-regions ((RU|UA|US)-yyyy-mm-dd/kebab-case-name)";

  static final Pattern KEBAB = Pattern.compile("^[a-z0-9]+(-[a-z0-9]+)*$");

  static final String COUNTRY_EXPECTED = "an ISO 3166-1 alpha-3 country code in upper case, such as USA, GBR, FRA";

  static final String REGION_EXPECTED = "one of " + String.join(", ",
      Arrays.stream(RegionCode.values()).map(Enum::name).toList())
      + ", an ISO 3166-2 code such as UA-14, or an accepted spelling such as Lugansk or Zaporozhye";

  static final String REGION_GROUP_EXPECTED = REGION_EXPECTED + ", or Donbas or new regions";

  private Codes() {}

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

  /** A scenario id in kebab case, derived from what was written (for "did you mean"). */
  static Optional<String> suggestKebab(String written) {
    String kebab = written.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    return KEBAB.matcher(kebab).matches() && !kebab.equals(written) ? Optional.of(kebab) : Optional.empty();
  }

  /** A condition id with the party in upper case and the name in kebab case, if that makes it valid. */
  static Optional<String> suggestConditionId(String written) {
    int slash = written.indexOf('/');
    if (slash < 0) {
      return Optional.empty();
    }
    String head = written.substring(0, slash).strip().toUpperCase(Locale.ROOT);
    String name = written.substring(slash + 1).strip().toLowerCase(Locale.ROOT)
        .replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    String candidate = head + "/" + name;
    return CONDITION_ID.matcher(candidate).matches() && !candidate.equals(written)
        ? Optional.of(candidate) : Optional.empty();
  }

  static List<String> regionSpellings() {
    return List.copyOf(RegionCode.spellings());
  }
}
