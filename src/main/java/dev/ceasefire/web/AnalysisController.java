package dev.ceasefire.web;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ceasefire.analysis.Analyses;
import dev.ceasefire.analysis.Timeline;
import dev.ceasefire.model.Party;
import dev.ceasefire.model.Reading;
import dev.ceasefire.model.Scenario;
import dev.ceasefire.model.Status;
import dev.ceasefire.report.TimelineReport;
import dev.ceasefire.scenario.ScenarioException;
import dev.ceasefire.scenario.ScenarioReader;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The analyses over HTTP, each a thin call into {@link Analyses} or {@link Timeline}: the request names a
 * served scenario ({@code "scenarioId"}) or carries one ({@code "scenario"}), plus the analysis's options.
 */
@RestController
@RequestMapping(path = "/api/v1/analyses", consumes = MediaType.APPLICATION_JSON_VALUE)
final class AnalysisController {

  private final RulesHolder rules;
  private final ScenarioLibrary library;
  private final EvaluationGate gate;
  private final AnalysisRunner runner;
  private final ScenarioReader reader = new ScenarioReader();

  AnalysisController(RulesHolder rules, ScenarioLibrary library, EvaluationGate gate, AnalysisRunner runner) {
    this.rules = rules;
    this.runner = runner;
    this.library = library;
    this.gate = gate;
  }

  /** {@code POST /timeline}: a scenario, inline or by id. */
  record TimelineBody(JsonNode scenario, String scenarioId) {}

  @Operation(summary = "The scenario evaluated AS_OF each statement date: live positions, verdicts and each"
      + " party's territorial demand over time (`format=html` gives a self-contained chart)")
  @PostMapping(path = "/timeline", produces = {MediaType.APPLICATION_JSON_VALUE, MediaType.TEXT_HTML_VALUE})
  ResponseEntity<byte[]> timeline(@RequestParam(required = false) String party,
      @RequestParam(required = false, defaultValue = "json") String format, HttpServletRequest request)
      throws Exception {
    TimelineBody body = RequestReader.read(request, TimelineBody.class);
    Scenario scenario = scenario(body.scenario(), body.scenarioId(), false);
    Party who = party == null || party.isBlank() ? null : enumValue(Party.class, party, "party");
    RulesHolder.Loaded loaded = rules.current();
    Timeline.Result result = gate.run(() -> new Timeline(loaded.evaluator()).of(scenario, who));
    if ("html".equals(format)) {
      return ResponseEntity.ok().contentType(MediaType.TEXT_HTML)
          .body(TimelineReport.html(result).getBytes(StandardCharsets.UTF_8));
    }
    if (!"json".equals(format)) {
      throw ApiException.invalidParameter("format", "'" + format + "' is not a format (expected json or html)",
          List.of("json", "html"));
    }
    return Responses.json(result, loaded.rules().digest());
  }

  /** {@code POST /pathways}: a scenario (inline or by id), the target condition and the search's options. */
  record PathwaysBody(JsonNode scenario, String scenarioId, String target, String status, String reading,
      Integer maxChanges, List<String> fix) {}

  /** {@code POST /common-ground}: two positions, an optional base scenario, reading and fixed facts. */
  record CommonGroundBody(List<String> positions, JsonNode scenario, String scenarioId, String reading,
      List<String> fix) {}

  /** {@code POST /sweep}: a scenario, the facts to vary with their values, and the reading. */
  record SweepBody(JsonNode scenario, String scenarioId, List<VaryBody> vary, String reading) {}

  /** One varied fact: its path and the values it takes (scalars, as they would read in a scenario file). */
  record VaryBody(String path, List<JsonNode> values) {}

  @Operation(summary = "The smallest sets of fact changes that bring a condition to a status (default MET),"
      + " with their side effects: {scenario|scenarioId, target, status?, reading?, maxChanges?, fix?: [paths]}")
  @PostMapping(path = "/pathways", produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<byte[]> pathways(HttpServletRequest request) throws Exception {
    PathwaysBody body = RequestReader.read(request, PathwaysBody.class);
    Scenario scenario = scenario(body.scenario(), body.scenarioId(), false);
    if (body.target() == null) {
      throw ApiException.invalidRequest("/target", "request body: /target: missing (a condition id)");
    }
    int max = runner.limits().maxChanges();
    if (body.maxChanges() != null && (body.maxChanges() < 1 || body.maxChanges() > max)) {
      throw ApiException.invalidRequest("/maxChanges", "request body: /maxChanges: " + body.maxChanges()
          + " is out of range (expected 1 to " + max + ")");
    }
    var r = new Analyses.PathwaysRequest(scenario, body.target(), optionalEnum(Status.class, body.status(), "status"),
        optionalEnum(Reading.class, body.reading(), "reading"), body.maxChanges(), orEmpty(body.fix()));
    return analyse(a -> a.pathways(r));
  }

  @Operation(summary = "Whether some facts make every condition of two positions MET; else the colliding pairs;"
      + " and the overlaps: {positions: [A, B], scenario?|scenarioId?, reading?, fix?}")
  @PostMapping(path = "/common-ground", produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<byte[]> commonGround(HttpServletRequest request) throws Exception {
    CommonGroundBody body = RequestReader.read(request, CommonGroundBody.class);
    Scenario scenario = scenario(body.scenario(), body.scenarioId(), true);
    var r = new Analyses.CommonGroundRequest(scenario, orEmpty(body.positions()),
        optionalEnum(Reading.class, body.reading(), "reading"), orEmpty(body.fix()));
    return analyse(a -> a.commonGround(r));
  }

  @Operation(summary = "Every combination of the varied facts with each condition's status:"
      + " {scenario|scenarioId, vary: [{path, values: [..]}], reading?}")
  @PostMapping(path = "/sweep", produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<byte[]> sweep(HttpServletRequest request) throws Exception {
    SweepBody body = RequestReader.read(request, SweepBody.class);
    Scenario scenario = scenario(body.scenario(), body.scenarioId(), false);
    List<Analyses.Vary> vary = new ArrayList<>();
    List<VaryBody> given = orEmpty(body.vary());
    for (int i = 0; i < given.size(); i++) {
      VaryBody v = given.get(i);
      if (v == null || v.path() == null) {
        throw ApiException.invalidRequest("/vary/" + i + "/path", "request body: /vary/" + i
            + "/path: missing (a fact path)");
      }
      List<String> values = new ArrayList<>();
      for (JsonNode value : orEmpty(v.values())) {
        if (value == null || !value.isValueNode() || value.isNull()) {
          throw ApiException.invalidRequest("/vary/" + i + "/values", "request body: /vary/" + i
              + "/values: expected scalar values (strings, numbers, true or false)");
        }
        values.add(value.asText());
      }
      vary.add(new Analyses.Vary(v.path(), values));
    }
    var r = new Analyses.SweepRequest(scenario, vary, optionalEnum(Reading.class, body.reading(), "reading"));
    return analyse(a -> a.sweep(r, done -> { }));
  }

  private ResponseEntity<byte[]> analyse(Function<Analyses, Object> work) throws Exception {
    RulesHolder.Loaded loaded = rules.current();
    return Responses.json(runner.run(loaded.evaluator(), work), loaded.rules().digest());
  }

  private static <T> List<T> orEmpty(List<T> list) {
    return list == null ? List.of() : list;
  }

  private Scenario scenario(JsonNode inline, String id, boolean optional) {
    if (inline != null && id != null) {
      throw ApiException.invalidRequest("", "request body: give \"scenario\" or \"scenarioId\", not both");
    }
    if (id != null) {
      return library.get(id).scenario();
    }
    if (inline == null || inline.isNull()) {
      if (optional) {
        return null;
      }
      throw ApiException.invalidRequest("/scenario", "request body: give \"scenario\" (a scenario) or"
          + " \"scenarioId\" (the id of a served scenario)");
    }
    try {
      return reader.readTree(inline, "scenario");
    } catch (ScenarioException e) {
      throw new ScenarioProblem(e, p -> "/scenario" + p);
    }
  }

  private static <E extends Enum<E>> E optionalEnum(Class<E> type, String value, String key) {
    return value == null ? null : enumValue(type, value, key);
  }

  private static <E extends Enum<E>> E enumValue(Class<E> type, String value, String key) {
    try {
      return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      List<String> allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
      throw ApiException.invalidParameter(key, "'" + RequestReader.cut(value) + "' is not a " + key + " (expected one of "
          + String.join(", ", allowed) + ")", allowed);
    }
  }
}
