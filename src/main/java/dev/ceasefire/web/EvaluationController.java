package dev.ceasefire.web;

import dev.ceasefire.model.Scenario;
import dev.ceasefire.scenario.ScenarioReader;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/v1/evaluations}: a scenario in the body, its evaluation (output.md) back. */
@RestController
@RequestMapping("/api/v1")
final class EvaluationController {

  static final String YAML = "application/yaml";
  static final String YAML_X = "application/x-yaml";
  static final String YAML_TEXT = "text/yaml";

  private final RulesHolder rules;
  private final EvaluationGate gate;
  private final ScenarioReader reader = new ScenarioReader();

  EvaluationController(RulesHolder rules, EvaluationGate gate) {
    this.rules = rules;
    this.gate = gate;
  }

  @Operation(summary = "Evaluate a scenario",
      description = "The body is a scenario (JSON, or YAML with Content-Type application/yaml), at most 1 MiB."
          + " The answer is the evaluation JSON of output.md, exactly as `ceasefire evaluate --format json`"
          + " prints it; X-Rules-Digest names the rules that answered.",
      requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = {
          @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(type = "object")),
          @Content(mediaType = YAML, schema = @Schema(type = "string"))}),
      responses = @ApiResponse(responseCode = "200", description = "the evaluation",
          content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(type = "object"))))
  @PostMapping(path = "/evaluations", consumes = {MediaType.APPLICATION_JSON_VALUE, YAML, YAML_X, YAML_TEXT},
      produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<byte[]> evaluate(
      @Parameter(description = "all-positions (default) or as-of") @RequestParam(required = false) String mode,
      @Parameter(description = "only this position (repeatable)",
          array = @ArraySchema(schema = @Schema(type = "string"))) @RequestParam(required = false)
      List<String> position,
      HttpServletRequest request) throws Exception {
    RulesHolder.Loaded loaded = rules.current();
    var evaluationMode = Params.mode(mode);
    var positions = Params.positions(position, loaded.rules().catalogue());
    byte[] body = Bodies.read(request);
    boolean json = MediaType.APPLICATION_JSON.isCompatibleWith(MediaType.parseMediaType(request.getContentType()));
    Scenario scenario = reader.read(body, "request body", json);
    var evaluation = gate.run(() -> loaded.evaluator().evaluate(scenario, evaluationMode, positions));
    return Responses.json(evaluation, loaded.rules().digest());
  }
}
