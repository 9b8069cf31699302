package dev.ceasefire.rules;

import com.fasterxml.jackson.databind.*;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.ceasefire.model.*;
import java.nio.file.*;
import java.util.*;

/** Temporary developer tool until the strict reader and the CLI land: evaluates files and checks expect:. */
public class Smoke {
  public static void main(String[] a) throws Exception {
    RuleSet rs = RuleSet.compile(RuleFiles.fromDirectory(Path.of("rules")));
    ObjectMapper m = new ObjectMapper(new YAMLFactory()).registerModule(new JavaTimeModule()).configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    boolean verbose = Boolean.getBoolean("verbose");
    List<Path> files = new ArrayList<>();
    for (String arg : a) {
      Path p = Path.of(arg);
      if (Files.isDirectory(p)) try (var w = Files.walk(p)) { w.filter(x -> x.toString().endsWith(".yaml")).sorted().forEach(files::add); }
      else files.add(p);
    }
    int bad = 0;
    for (Path file : files) {
      JsonNode n = m.readTree(file.toFile());
      Facts f = m.treeToValue(n.get("facts"), Facts.class);
      Scenario s = new Scenario(n.get("id").asText(), n.get("title").asText(), null, java.time.LocalDate.parse(n.get("asOfDate").asText()), f, Map.of(), file.toString());
      Evaluation e = new Evaluator(rs).evaluate(s, Mode.ALL_POSITIONS, Set.of());
      Map<String, ConditionResult> got = new HashMap<>();
      for (var p : e.positions()) for (var c : p.conditions()) {
        got.put(c.id(), c);
        if (verbose) System.out.println("  " + c.id() + " " + c.status() + "/" + c.lenientStatus() + " " + c.flags() + " " + c.reasons());
      }
      if (!e.warnings().isEmpty()) { System.out.println(file + ": WARNINGS " + e.warnings()); }
      JsonNode exp = n.get("expect");
      if (exp == null) continue;
      for (var it = exp.fields(); it.hasNext();) {
        var en = it.next();
        ConditionResult c = got.get(en.getKey());
        if (c == null) { System.out.println(file + ": UNKNOWN CONDITION " + en.getKey()); bad++; continue; }
        JsonNode v = en.getValue();
        String st = v.isTextual() ? v.asText() : v.path("status").asText(null);
        String le = v.isTextual() ? null : v.path("lenientStatus").asText(null);
        List<String> fl = new ArrayList<>(); if (!v.isTextual() && v.has("flags")) v.get("flags").forEach(x -> fl.add(x.asText()));
        boolean ok = (st == null || st.equals(c.status().name())) && (le == null || le.equals(c.lenientStatus().name())) && (!v.has("flags") || new HashSet<>(fl).equals(new HashSet<>(c.flags())));
        if (!ok) { bad++; System.out.println(file + ": MISMATCH " + c.id() + " expected " + v + " got " + c.status() + "/" + c.lenientStatus() + " flags " + c.flags() + " because " + c.reasons() + " | lenient: " + c.lenientReasons()); }
      }
    }
    System.out.println(files.size() + " files, " + bad + " mismatches");
  }
}
