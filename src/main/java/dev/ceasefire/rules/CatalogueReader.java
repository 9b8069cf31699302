package dev.ceasefire.rules;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.ceasefire.model.Kind;
import dev.ceasefire.model.Party;
import dev.ceasefire.model.Reliability;
import dev.ceasefire.model.Source;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the catalogue files beside the DRL ({@code rules/<position>.yaml}) and checks that every condition
 * carries the metadata the results copy: id, kind, party, paraphrase, quote, speaker, date, place, reference
 * and obligated actors.
 */
final class CatalogueReader {

  static final Pattern CONDITION_ID = Pattern.compile("^(RU|UA|US)-\\d{4}-\\d{2}-\\d{2}/[a-z0-9]+(-[a-z0-9]+)*$");
  static final Pattern POSITION_ID = Pattern.compile("^(RU|UA|US)-\\d{4}-\\d{2}-\\d{2}$");

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
      .registerModule(new JavaTimeModule())
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

  record FileEntry(PositionEntry position, List<ConditionEntry> conditions) {}

  record PositionEntry(String id, Party party, String title, LocalDate date, LocalDate validFrom,
      String supersededBy, Reliability reliability, String speaker, String place, String context) {}

  record ConditionEntry(String id, List<Kind> kind, String paraphrase, SourceEntry source,
      List<String> obligatedActors, List<String> facts, List<String> parts, List<String> points, String trigger,
      Boolean contested, Boolean noAgreedTest, String note, String topic, List<String> regions,
      List<String> lenientRegions,
      String supersedes, ConditionInfo.Change change, String changeNote) {}

  record SourceEntry(String quote, String speaker, String date, String place, String reference) {}

  private CatalogueReader() {}

  /** Reads every catalogue file; {@code files} maps a file name (e.g. {@code rules/ru-2024-06-14.yaml}) to its bytes. */
  static Catalogue read(Map<String, byte[]> files) {
    List<String> problems = new ArrayList<>();
    List<PositionInfo> positions = new ArrayList<>();
    Map<String, List<ConditionInfo>> byPosition = new LinkedHashMap<>();
    Set<String> seen = new HashSet<>();
    for (Map.Entry<String, byte[]> file : files.entrySet()) {
      FileEntry entry;
      try {
        entry = YAML.readValue(file.getValue(), FileEntry.class);
      } catch (JsonMappingException e) {
        var loc = e.getLocation();
        problems.add("%s:%s: %s".formatted(file.getKey(), loc == null ? "?" : loc.getLineNr() + ":" + loc.getColumnNr(),
            e.getOriginalMessage()));
        continue;
      } catch (IOException e) {
        problems.add(file.getKey() + ": " + e.getMessage());
        continue;
      }
      readFile(file.getKey(), entry, positions, byPosition, seen, problems);
    }
    if (!problems.isEmpty()) {
      throw new RulesException(problems);
    }
    positions.sort(Comparator.comparing(PositionInfo::date).thenComparing(PositionInfo::id));
    Map<String, List<ConditionInfo>> ordered = new LinkedHashMap<>();
    positions.forEach(p -> ordered.put(p.id(), List.copyOf(byPosition.get(p.id()))));
    Catalogue catalogue = new Catalogue(List.copyOf(positions), ordered);
    checkReferences(catalogue, problems);
    if (!problems.isEmpty()) {
      throw new RulesException(problems);
    }
    return catalogue;
  }

  private static void readFile(String file, FileEntry entry, List<PositionInfo> positions,
      Map<String, List<ConditionInfo>> byPosition, Set<String> seen, List<String> problems) {
    PositionEntry p = entry == null ? null : entry.position();
    if (p == null) {
      problems.add(file + ": no 'position:' block");
      return;
    }
    String where = file + ": position " + p.id();
    require(where, "id", p.id(), problems);
    if (p.id() != null && !POSITION_ID.matcher(p.id()).matches()) {
      problems.add(where + ": id must look like RU-2024-06-14");
    }
    requireValue(where, "party", p.party(), problems);
    require(where, "title", p.title(), problems);
    requireValue(where, "date", p.date(), problems);
    requireValue(where, "reliability", p.reliability(), problems);
    if (p.id() == null || p.date() == null || p.party() == null) {
      return;
    }
    if (!seen.add(p.id())) {
      problems.add(where + ": position id used twice");
    }
    positions.add(new PositionInfo(p.id(), p.party(), p.title(), p.date(),
        p.validFrom() == null ? p.date() : p.validFrom(), p.supersededBy(), p.reliability(), p.speaker(),
        p.place(), p.context(), file));
    List<ConditionInfo> conditions = new ArrayList<>();
    for (ConditionEntry c : entry.conditions() == null ? List.<ConditionEntry>of() : entry.conditions()) {
      String at = file + ": condition " + (c.id() == null ? "(no id)" : c.id());
      require(at, "id", c.id(), problems);
      if (c.id() == null) {
        continue;
      }
      if (!CONDITION_ID.matcher(c.id()).matches() || !c.id().startsWith(p.id() + "/")) {
        problems.add(at + ": id must be '" + p.id() + "/<slug>' with a kebab-case slug");
      }
      if (!seen.add(c.id())) {
        problems.add(at + ": condition id used twice");
      }
      if (c.kind() == null || c.kind().isEmpty()) {
        problems.add(at + ": missing 'kind'");
      }
      require(at, "paraphrase", c.paraphrase(), problems);
      SourceEntry s = c.source();
      if (s == null) {
        problems.add(at + ": missing 'source'");
      } else {
        require(at, "source.quote", s.quote(), problems);
        require(at, "source.speaker", s.speaker(), problems);
        require(at, "source.date", s.date(), problems);
        require(at, "source.place", s.place(), problems);
        require(at, "source.reference", s.reference(), problems);
      }
      if (c.obligatedActors() == null || c.obligatedActors().isEmpty()) {
        problems.add(at + ": missing 'obligatedActors'");
      }
      if ((c.facts() == null || c.facts().isEmpty()) && !Boolean.TRUE.equals(c.noAgreedTest())) {
        problems.add(at + ": missing 'facts' (the scenario fields it reads)");
      }
      if (c.parts() != null && c.points() != null) {
        problems.add(at + ": both 'parts' (a gate) and 'points' (a bundle); a condition is one or the other");
      }
      if (c.kind() == null || c.kind().isEmpty() || s == null || c.paraphrase() == null) {
        continue;
      }
      List<String> parts = c.points() != null ? c.points() : c.parts() == null ? List.of() : c.parts();
      conditions.add(new ConditionInfo(c.id(), p.id(), List.copyOf(c.kind()), c.paraphrase().strip(),
          new Source(s.speaker(), s.date(), s.place(), s.quote().strip(), s.reference()),
          c.obligatedActors() == null ? List.of() : List.copyOf(c.obligatedActors()),
          c.facts() == null ? List.of() : List.copyOf(c.facts()),
          List.copyOf(parts), c.points() != null, c.trigger(),
          Boolean.TRUE.equals(c.contested()), Boolean.TRUE.equals(c.noAgreedTest()), c.note(), c.topic(),
          c.regions() == null ? List.of() : List.copyOf(c.regions()),
          c.lenientRegions() == null ? List.of() : List.copyOf(c.lenientRegions()), c.supersedes(), c.change(),
          c.changeNote()));
    }
    byPosition.put(p.id(), conditions);
  }

  private static void checkReferences(Catalogue catalogue, List<String> problems) {
    Map<String, ConditionInfo> byId = catalogue.byId();
    for (ConditionInfo c : byId.values()) {
      for (String part : c.parts()) {
        if (!byId.containsKey(part)) {
          problems.add("condition " + c.id() + ": part " + part + " is not in the catalogue");
        }
      }
      if (c.supersedes() != null && !byId.containsKey(c.supersedes())) {
        problems.add("condition " + c.id() + ": supersedes " + c.supersedes() + " is not in the catalogue");
      }
      if (c.supersedes() != null && c.change() == null) {
        problems.add("condition " + c.id() + ": supersedes " + c.supersedes() + " but says no 'change'");
      }
      for (String r : c.regions()) {
        if (dev.ceasefire.model.RegionCode.parse(r).isEmpty()) {
          problems.add("condition " + c.id() + ": unknown region " + r);
        }
      }
      if (c.trigger() != null && !byId.containsKey(c.trigger())) {
        problems.add("condition " + c.id() + ": trigger " + c.trigger() + " is not in the catalogue");
      }
    }
    for (PositionInfo p : catalogue.positions()) {
      if (p.supersededBy() != null && catalogue.position(p.supersededBy()).isEmpty()) {
        problems.add("position " + p.id() + ": supersededBy " + p.supersededBy() + " is not in the catalogue");
      }
    }
  }

  private static void require(String where, String key, String value, List<String> problems) {
    if (value == null || value.isBlank()) {
      problems.add(where + ": missing '" + key + "'");
    }
  }

  private static void requireValue(String where, String key, Object value, List<String> problems) {
    if (value == null) {
      problems.add(where + ": missing '" + key + "'");
    }
  }
}
