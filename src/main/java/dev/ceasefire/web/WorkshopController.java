package dev.ceasefire.web;

import dev.ceasefire.model.Scenario;
import dev.ceasefire.scenario.ScenarioReader;
import dev.ceasefire.scenario.ScenarioWriter;
import dev.ceasefire.scenario.Vocabulary;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the workshop page needs besides evaluations: the vocabulary its fact editor is built from, and reading a
 * scenario file a facilitator loads (checked as strictly as the CLI does, and returned in the file layout).
 */
@RestController
@RequestMapping("/api/v1")
final class WorkshopController {

  private static final Vocabulary VOCABULARY = Vocabulary.describe();

  private final ScenarioReader reader = new ScenarioReader();
  private final ScenarioWriter writer = new ScenarioWriter();

  @Operation(summary = "The scenario vocabulary: every fact group, field, type and allowed value")
  @GetMapping(path = "/schema", produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<byte[]> schema() {
    return Responses.json(VOCABULARY);
  }

  @Operation(summary = "Read a scenario file (JSON, or YAML with Content-Type application/yaml) and return it as"
      + " JSON in the file layout; a bad file is a 400 problem naming each key path")
  @PostMapping(path = "/scenarios/parse", consumes = {MediaType.APPLICATION_JSON_VALUE, EvaluationController.YAML,
      EvaluationController.YAML_X, EvaluationController.YAML_TEXT}, produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<byte[]> parse(HttpServletRequest request) throws Exception {
    byte[] body = Bodies.read(request);
    boolean json = MediaType.APPLICATION_JSON.isCompatibleWith(MediaType.parseMediaType(request.getContentType()));
    Scenario scenario = reader.read(body, "uploaded file", json);
    return Responses.json(writer.toTree(scenario));
  }
}
