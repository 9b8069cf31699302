package dev.ceasefire.web;

import dev.ceasefire.model.Scenario;
import dev.ceasefire.scenario.ScenarioException;
import dev.ceasefire.scenario.ScenarioReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The scenario files served under /scenarios, read once at start through the strict {@link ScenarioReader} and
 * known by their {@code id}. A file that does not read, or repeats an id, is left out and said in the log.
 */
final class ScenarioLibrary {

  /** One served scenario: its id, title and date, the file (relative to the folder) and the scenario. */
  record Entry(String id, String title, LocalDate asOfDate, String file, Scenario scenario) {}

  /** What GET /scenarios lists of an entry. */
  record Summary(String id, String title, LocalDate asOfDate, String file) {}

  private static final Logger LOG = LoggerFactory.getLogger(ScenarioLibrary.class);

  private final Path folder;
  private final Map<String, Entry> byId;

  private ScenarioLibrary(Path folder, Map<String, Entry> byId) {
    this.folder = folder;
    this.byId = byId;
  }

  static ScenarioLibrary open(Path folder) {
    Map<String, Entry> byId = new LinkedHashMap<>();
    if (folder == null) {
      return new ScenarioLibrary(null, byId);
    }
    ScenarioReader reader = new ScenarioReader();
    List<Path> files;
    try (Stream<Path> walk = Files.walk(folder)) {
      files = walk.filter(Files::isRegularFile).filter(ScenarioLibrary::isScenarioFile).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(folder + ": cannot read the scenarios folder", e);
    }
    for (Path file : files) {
      String relative = folder.relativize(file).toString().replace('\\', '/');
      try {
        Scenario s = reader.read(file);
        Entry previous = byId.putIfAbsent(s.id(), new Entry(s.id(), s.title(), s.asOfDate(), relative, s));
        if (previous != null) {
          LOG.warn("{}: id '{}' is already served from {}; this file is left out", file, s.id(), previous.file());
        }
      } catch (ScenarioException e) {
        LOG.warn("{} is left out:{}{}", file, System.lineSeparator(), e.getMessage());
      }
    }
    LOG.info("Serving {} scenarios from {}", byId.size(), folder);
    return new ScenarioLibrary(folder, byId);
  }

  private static boolean isScenarioFile(Path p) {
    String name = p.getFileName().toString();
    return name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json");
  }

  Collection<Entry> all() {
    return byId.values();
  }

  /** The entry, or a 404 problem naming the ids served. */
  Entry get(String id) {
    Entry entry = byId.get(id);
    if (entry == null) {
      throw ApiException.notFound(byId.isEmpty()
          ? "no scenario with id '" + RequestReader.cut(id) + "' (no scenarios folder is served)"
          : "no scenario with id '" + RequestReader.cut(id) + "' (known: " + String.join(", ", byId.keySet()) + ")");
    }
    return entry;
  }

  Path folder() {
    return folder;
  }
}
