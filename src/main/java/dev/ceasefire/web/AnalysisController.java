package dev.ceasefire.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ceasefire.analysis.AnalysisException;
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
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
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

  private static final ObjectMapper JSON = new ObjectMapper();

  private final RulesHolder rules;
  private final ScenarioLibrary library;
  private final EvaluationGate gate;
  private final ScenarioReader reader = new ScenarioReader();

  AnalysisController(RulesHolder rules, ScenarioLibrary library, EvaluationGate gate) {
    this.rules = rules;
    this.library = library;
    this.gate = gate;
  }

  @Operation(summary = "The scenario evaluated AS_OF each statement date: live positions, verdicts and each"
      + " party's territorial demand over time (`format=html` gives a self-contained chart)")
  @PostMapping(path = "/timeline", produces = {MediaType.APPLICATION_JSON_VALUE, MediaType.TEXT_HTML_VALUE})
  ResponseEntity<byte[]> timeline(@RequestParam(required = false) String party,
      @RequestParam(required = false, defaultValue = "json") String format, HttpServletRequest request)
      throws Exception {
    JsonNode body = body(request);
    Scenario scenario = scenario(body, false);
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

  @Operation(summary = "The smallest sets of fact changes that bring a condition to a status (default MET),"
      + " with their side effects: {scenario|scenarioId, target, status?, reading?, maxChanges?, fix?: [paths]}")
  @PostMapping(path = "/pathways", produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<byte[]> pathways(HttpServletRequest request) throws Exception {
    JsonNode body = body(request);
    Scenario scenario = scenario(body, false);
    String target = text(body, "target");
    if (target == null) {
      throw ApiException.invalidRequest("/target", "request body: /target: missing (a condition id)");
    }
    var r = new Analyses.PathwaysRequest(scenario, target, optionalEnum(Status.class, body, "status"),
        optionalEnum(Reading.class, body, "reading"), body.hasNonNull("maxChanges") ? body.get("maxChanges").asInt()
            : null, list(body, "fix"));
    return analyse(() -> analyses().pathways(r));
  }

  @Operation(summary = "Whether some facts make every condition of two positions MET; else the colliding pairs;"
      + " and the overlaps: {positions: [A, B], scenario?|scenarioId?, reading?, fix?}")
  @PostMapping(path = "/common-ground", produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<byte[]> commonGround(HttpServletRequest request) throws Exception {
    JsonNode body = body(request);
    Scenario scenario = scenario(body, true);
    var r = new Analyses.CommonGroundRequest(scenario, list(body, "positions"),
        optionalEnum(Reading.class, body, "reading"), list(body, "fix"));
    return analyse(() -> analyses().commonGround(r));
  }

  @Operation(summary = "Every combination of the varied facts with each condition's status:"
      + " {scenario|scenarioId, vary: [{path, values: [..]}], reading?}")
  @PostMapping(path = "/sweep", produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<byte[]> sweep(HttpServletRequest request) throws Exception {
    JsonNode body = body(request);
    Scenario scenario = scenario(body, false);
    List<Analyses.Vary> vary = new ArrayList<>();
    for (JsonNode v : body.path("vary")) {
      vary.add(new Analyses.Vary(v.path("path").asText(), strings(v.path("values"))));
    }
    var r = new Analyses.SweepRequest(scenario, vary, optionalEnum(Reading.class, body, "reading"));
    return analyse(() -> analyses().sweep(r, done -> { }));
  }

  private Analyses analyses() {
    return new Analyses(rules.current().evaluator());
  }

  private ResponseEntity<byte[]> analyse(Supplier<Object> work) throws Exception {
    try {
      return Responses.json(work.get(), rules.current().rules().digest());
    } catch (AnalysisException e) {
      throw ApiException.invalidRequest("", e.getMessage());
    }
  }

  private static JsonNode body(HttpServletRequest request) throws IOException {
    try {
      JsonNode node = JSON.readTree(Bodies.read(request));
      if (node == null || !node.isObject()) {
        throw ApiException.malformed("request body: expected a JSON object");
      }
      return node;
    } catch (JsonProcessingException e) {
      throw ApiException.malformed("request body: not valid JSON: " + e.getOriginalMessage());
    }
  }

  private Scenario scenario(JsonNode body, boolean optional) {
    JsonNode inline = body.get("scenario");
    JsonNode id = body.get("scenarioId");
    if (inline != null && id != null) {
      throw ApiException.invalidRequest("", "request body: give \"scenario\" or \"scenarioId\", not both");
    }
    if (id != null) {
      return library.get(id.asText()).scenario();
    }
    if (inline == null) {
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

  private static String text(JsonNode body, String key) {
    JsonNode v = body.get(key);
    return v == null || v.isNull() ? null : v.asText();
  }

  private static List<String> list(JsonNode body, String key) {
    return body.has(key) ? strings(body.get(key)) : List.of();
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(v -> out.add(v.asText()));
    return out;
  }

  private static <E extends Enum<E>> E optionalEnum(Class<E> type, JsonNode body, String key) {
    String value = text(body, key);
    return value == null ? null : enumValue(type, value, key);
  }

  private static <E extends Enum<E>> E enumValue(Class<E> type, String value, String key) {
    try {
      return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      List<String> allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
      throw ApiException.invalidParameter(key, "'" + value + "' is not a " + key + " (expected one of "
          + String.join(", ", allowed) + ")", allowed);
    }
  }
}
