package dev.ceasefire.web;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.ceasefire.analysis.WhatIf;
import dev.ceasefire.model.Mode;
import dev.ceasefire.model.Scenario;
import dev.ceasefire.scenario.ScenarioException;
import dev.ceasefire.scenario.ScenarioReader;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/what-if}: a base scenario (inline, or the id of a served file) and {@code changes}, a JSON
 * Merge Patch on its facts; both evaluations and the flips back (output.md, "What-if").
 */
@RestController
@RequestMapping("/api/v1")
final class WhatIfController {

  static final List<String> KEYS = List.of("base", "baseId", "changes", "mode", "positions");

  /** The same limits as a scenario file; duplicate keys are an error. */
  private static final JsonMapper JSON = JsonMapper.builder(JsonFactory.builder()
          .streamReadConstraints(StreamReadConstraints.builder()
              .maxNestingDepth(64).maxStringLength(100_000).maxNameLength(1_000).maxNumberLength(50)
              .maxDocumentLength(Bodies.MAX_BYTES).build())
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .build())
      .build();

  private final RulesHolder rules;
  private final ScenarioLibrary scenarios;
  private final EvaluationGate gate;
  private final ScenarioReader reader = new ScenarioReader();

  WhatIfController(RulesHolder rules, ScenarioLibrary scenarios, EvaluationGate gate) {
    this.rules = rules;
    this.scenarios = scenarios;
    this.gate = gate;
  }

  @Operation(summary = "What if: evaluate a base scenario and a variant, list what flips",
      description = "`{\"base\": <scenario> | \"baseId\": \"<id under /scenarios>\", \"changes\": <JSON Merge Patch"
          + " (RFC 7396) on facts>, \"mode\": \"all-positions\" | \"as-of\", \"positions\": [ids]}` →"
          + " `{base, variant, flips}`; a flip is a condition whose strict or lenient status changed.",
      requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content =
          @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(type = "object"))))
  @PostMapping(path = "/what-if", consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<byte[]> whatIf(HttpServletRequest request) throws Exception {
    RulesHolder.Loaded loaded = rules.current();
    JsonNode body = parse(Bodies.read(request));
    if (!body.isObject()) {
      throw ApiException.invalidRequest("", "request body: expected a JSON object with \"base\" or \"baseId\","
          + " and \"changes\"");
    }
    for (Iterator<String> names = body.fieldNames(); names.hasNext();) {
      String name = names.next();
      if (!KEYS.contains(name)) {
        throw ApiException.invalidRequest("/" + name, "request body: /" + name + ": unknown key '" + name
            + "' (expected one of " + String.join(", ", KEYS) + ")");
      }
    }
    Scenario base = base(body);
    JsonNode changes = body.get("changes");
    if (changes == null) {
      throw ApiException.invalidRequest("/changes", "request body: /changes: missing (expected a JSON Merge"
          + " Patch on the base's facts, e.g. {\"nato\": {\"bid\": \"FROZEN\"}})");
    }
    Mode mode = Params.mode(text(body, "mode"));
    Set<String> positions = Params.positions(positions(body), loaded.rules().catalogue());
    WhatIf.Result result;
    try {
      result = gate.run(() -> loaded.whatIf().run(base, changes, mode, positions));
    } catch (ScenarioException e) { // the base has been read already: the changes made the variant unreadable
      throw new ScenarioProblem(e, p -> p.startsWith("/facts") ? "/changes" + p.substring(6) : "/changes");
    }
    return Responses.json(result, loaded.rules().digest());
  }

  private static JsonNode parse(byte[] body) {
    try {
      JsonNode node = JSON.readTree(body);
      if (node == null || node.isMissingNode()) {
        throw ApiException.malformed("request body: empty, expected a JSON object");
      }
      return node;
    } catch (JsonProcessingException e) {
      var at = e.getLocation();
      String where = at == null || at.getLineNr() < 1 ? "" : at.getLineNr() + ":" + at.getColumnNr() + ": ";
      throw ApiException.malformed("request body: " + where + "not valid JSON: "
          + RequestReader.cut(Problems.plain(e.getOriginalMessage()), 200));
    } catch (IOException e) {
      throw ApiException.malformed("request body: cannot read it: "
          + RequestReader.cut(Problems.plain(e.getMessage()), 200));
    }
  }

  private Scenario base(JsonNode body) {
    JsonNode inline = body.get("base");
    JsonNode id = body.get("baseId");
    if ((inline == null) == (id == null)) {
      throw ApiException.invalidRequest("", "request body: give exactly one of \"base\" (a scenario) and"
          + " \"baseId\" (the id of a served scenario)");
    }
    if (id != null) {
      if (!id.isTextual()) {
        throw ApiException.invalidRequest("/baseId", "request body: /baseId: expected a scenario id (a string)");
      }
      return scenarios.get(id.asText()).scenario();
    }
    try {
      return reader.readTree(inline, "base");
    } catch (ScenarioException e) {
      throw new ScenarioProblem(e, p -> "/base" + p);
    }
  }

  private static String text(JsonNode body, String key) {
    JsonNode value = body.get(key);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isTextual()) {
      throw ApiException.invalidRequest("/" + key, "request body: /" + key + ": expected a string");
    }
    return value.asText();
  }

  private static List<String> positions(JsonNode body) {
    JsonNode value = body.get("positions");
    if (value == null || value.isNull()) {
      return null;
    }
    List<String> ids = new ArrayList<>();
    if (value.isArray()) {
      for (JsonNode item : value) {
        if (!item.isTextual()) {
          break;
        }
        ids.add(item.asText());
      }
      if (ids.size() == value.size()) {
        return ids;
      }
    }
    throw ApiException.invalidRequest("/positions", "request body: /positions: expected an array of position ids");
  }
}
