package dev.ceasefire.web;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ceasefire.analysis.WhatIf;
import dev.ceasefire.model.Mode;
import dev.ceasefire.model.Scenario;
import dev.ceasefire.scenario.ScenarioException;
import dev.ceasefire.scenario.ScenarioReader;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.servlet.http.HttpServletRequest;
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

  private final RulesHolder rules;
  private final ScenarioLibrary scenarios;
  private final EvaluationGate gate;
  private final ScenarioReader reader = new ScenarioReader();

  WhatIfController(RulesHolder rules, ScenarioLibrary scenarios, EvaluationGate gate) {
    this.rules = rules;
    this.scenarios = scenarios;
    this.gate = gate;
  }

  /** The body of {@code POST /what-if}, read strictly by {@link RequestReader}. */
  record WhatIfBody(JsonNode base, String baseId, JsonNode changes, String mode, List<String> positions) {}

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
    WhatIfBody body = RequestReader.read(request, WhatIfBody.class);
    Scenario base = base(body);
    JsonNode changes = body.changes();
    if (changes == null || changes.isNull()) {
      throw ApiException.invalidRequest("/changes", "request body: /changes: missing (expected a JSON Merge"
          + " Patch on the base's facts, e.g. {\"nato\": {\"bid\": \"FROZEN\"}})");
    }
    Mode mode = Params.mode(body.mode());
    Set<String> positions = Params.positions(body.positions(), loaded.rules().catalogue());
    WhatIf.Result result;
    try {
      result = gate.run(() -> loaded.whatIf().run(base, changes, mode, positions));
    } catch (ScenarioException e) { // the base has been read already: the changes made the variant unreadable
      throw new ScenarioProblem(e, p -> p.startsWith("/facts") ? "/changes" + p.substring(6) : "/changes");
    }
    return Responses.json(result, loaded.rules().digest());
  }

  private Scenario base(WhatIfBody body) {
    if ((body.base() == null) == (body.baseId() == null)) {
      throw ApiException.invalidRequest("", "request body: give exactly one of \"base\" (a scenario) and"
          + " \"baseId\" (the id of a served scenario)");
    }
    if (body.baseId() != null) {
      return scenarios.get(body.baseId()).scenario();
    }
    try {
      return reader.readTree(body.base(), "base");
    } catch (ScenarioException e) {
      throw new ScenarioProblem(e, p -> "/base" + p);
    }
  }
}
