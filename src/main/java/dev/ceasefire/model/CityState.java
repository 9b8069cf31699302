package dev.ceasefire.model;

/** Who controls a city; kept for reporting, never for the oblast-level conditions. */
public record CityState(
    CityCode city,
    Controller controller) {

  /** The city with every fact unknown. */
  public static CityState unknown(CityCode city) {
    return new CityState(city, null);
  }

  /** The same facts, for the given city (the key of the map it stands under). */
  public CityState withCity(CityCode city) {
    return new CityState(city, controller);
  }
}
