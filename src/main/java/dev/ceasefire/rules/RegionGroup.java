package dev.ceasefire.rules;

import dev.ceasefire.model.RegionCode;
import java.util.EnumSet;
import java.util.Set;

/** The groups of regions the statements name, each with its regions. */
public enum RegionGroup {
  /** Donetsk, Luhansk, Zaporizhzhia and Kherson: "the four regions" (Russia, 2022–2025). */
  FOUR_REGIONS(RegionCode.FOUR_REGIONS),
  /** Donetsk and Luhansk. */
  DONBAS(RegionCode.DONBAS),
  /** Zaporizhzhia and Kherson: the southern front. */
  SOUTH(RegionCode.SOUTH),
  /** The four regions, Crimea and Sevastopol: the territories Russia claims as its own. */
  SIX_TERRITORIES(RegionCode.SIX_TERRITORIES),
  /** Crimea and Sevastopol: the peninsula Russia annexed in 2014. */
  CRIMEA_SEVASTOPOL(EnumSet.of(RegionCode.CRIMEA, RegionCode.SEVASTOPOL)),
  /** Dnipropetrovsk, Mykolaiv, Sumy and Kharkiv: the oblasts the 20-point framework has Russia leave. */
  FRAMEWORK_RU_WITHDRAWAL(RegionCode.FRAMEWORK_RU_WITHDRAWAL),
  /** Crimea, Luhansk and Donetsk: the regions the US 28-point draft has recognised as Russian de facto. */
  CRIMEA_AND_DONBAS(EnumSet.of(RegionCode.CRIMEA, RegionCode.LUHANSK, RegionCode.DONETSK)),
  /** Every Ukrainian region in the vocabulary (Kursk left out). */
  UKRAINE(RegionCode.UKRAINE);

  private final Set<RegionCode> regions;

  RegionGroup(Set<RegionCode> regions) {
    this.regions = Set.copyOf(regions);
  }

  public Set<RegionCode> regions() {
    return regions;
  }

  public int size() {
    return regions.size();
  }
}
