package dev.ceasefire.web;

import dev.ceasefire.scenario.ScenarioWriter;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The scenario files of the served folder: listed, shown (JSON or YAML) and evaluated. */
@RestController
@RequestMapping("/api/v1/scenarios")
final class ScenarioController {

  /** The listing: where the files come from and a summary of each. */
  record Listing(String folder, List<ScenarioLibrary.Summary> scenarios) {}

  private final ScenarioLibrary library;
  private final RulesHolder rules;
  private final EvaluationGate gate;
  private final ScenarioWriter writer = new ScenarioWriter();

  ScenarioController(ScenarioLibrary library, RulesHolder rules, EvaluationGate gate) {
    this.library = library;
    this.rules = rules;
    this.gate = gate;
  }

  @Operation(summary = "The scenario files served: id, title, date, file")
  @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<byte[]> list() {
    return Responses.json(new Listing(library.folder() == null ? null : library.folder().toString(),
        library.all().stream().map(e -> new ScenarioLibrary.Summary(e.id(), e.title(), e.asOfDate(), e.file()))
            .toList()));
  }

  @Operation(summary = "One scenario, as JSON or (Accept: application/yaml) as YAML")
  @GetMapping(path = "/{id}", produces = {MediaType.APPLICATION_JSON_VALUE, EvaluationController.YAML})
  ResponseEntity<?> scenario(@PathVariable String id,
      @RequestHeader(name = "Accept", required = false) String accept) {
    var entry = library.get(id);
    if (accept != null && prefersYaml(accept)) {
      return ResponseEntity.ok().contentType(MediaType.parseMediaType(EvaluationController.YAML))
          .body(writer.toYaml(entry.scenario()));
    }
    return Responses.json(writer.toTree(entry.scenario()));
  }

  @Operation(summary = "The evaluation of a served scenario, as POST /evaluations gives it")
  @GetMapping(path = "/{id}/evaluation", produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<byte[]> evaluation(@PathVariable String id,
      @Parameter(description = "all-positions (default) or as-of") @RequestParam(required = false) String mode,
      @Parameter(description = "only this position (repeatable)",
          array = @ArraySchema(schema = @Schema(type = "string"))) @RequestParam(required = false)
      List<String> position) throws Exception {
    RulesHolder.Loaded loaded = rules.current();
    var evaluationMode = Params.mode(mode);
    var positions = Params.positions(position, loaded.rules().catalogue());
    var entry = library.get(id);
    var evaluation = gate.run(() -> loaded.evaluator().evaluate(entry.scenario(), evaluationMode, positions));
    return Responses.json(evaluation, loaded.rules().digest());
  }

  private static boolean prefersYaml(String accept) {
    for (MediaType type : MediaType.parseMediaTypes(accept)) {
      if (type.isCompatibleWith(MediaType.APPLICATION_JSON) && !type.isWildcardType()) {
        return false;
      }
      if (type.toString().startsWith(EvaluationController.YAML)) {
        return true;
      }
    }
    return false;
  }
}
