package dev.ceasefire.web;

import dev.ceasefire.rules.Catalogue;
import dev.ceasefire.rules.ConditionInfo;
import dev.ceasefire.rules.PositionInfo;
import dev.ceasefire.rules.RuleSet;
import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The catalogue: positions and their conditions, each with its source, as {@code ceasefire positions --format json}. */
@RestController
@RequestMapping(path = "/api/v1/positions", produces = MediaType.APPLICATION_JSON_VALUE)
final class PositionController {

  /** The same shape as the CLI's {@code positions --format json}. */
  record Listing(String digest, String origin, List<PositionListing> positions) {}

  record PositionListing(PositionInfo position, List<ConditionInfo> conditions) {}

  private final RulesHolder rules;

  PositionController(RulesHolder rules) {
    this.rules = rules;
  }

  @Operation(summary = "Every position with its conditions and their sources")
  @GetMapping
  ResponseEntity<byte[]> positions() {
    RuleSet set = rules.current().rules();
    Catalogue catalogue = set.catalogue();
    return Responses.json(new Listing(set.digest(), set.origin(), catalogue.positions().stream()
        .map(p -> new PositionListing(p, catalogue.conditions(p.id()))).toList()), set.digest());
  }

  @Operation(summary = "One position with its conditions")
  @GetMapping("/{positionId}")
  ResponseEntity<byte[]> position(@PathVariable String positionId) {
    RuleSet set = rules.current().rules();
    PositionInfo position = find(set.catalogue(), positionId);
    return Responses.json(new PositionListing(position, set.catalogue().conditions(position.id())), set.digest());
  }

  @Operation(summary = "One condition: kinds, paraphrase, source, obligated actors, facts read")
  @GetMapping("/{positionId}/conditions/{slug}")
  ResponseEntity<byte[]> condition(@PathVariable String positionId, @PathVariable String slug) {
    RuleSet set = rules.current().rules();
    PositionInfo position = find(set.catalogue(), positionId);
    List<ConditionInfo> conditions = set.catalogue().conditions(position.id());
    ConditionInfo condition = conditions.stream().filter(c -> c.slug().equals(slug)).findFirst()
        .orElseThrow(() -> ApiException.notFound("no condition '" + slug + "' in position " + position.id()
            + " (known: " + String.join(", ", conditions.stream().map(ConditionInfo::slug).toList()) + ")"));
    return Responses.json(condition, set.digest());
  }

  private static PositionInfo find(Catalogue catalogue, String id) {
    return catalogue.position(id).orElseThrow(() -> ApiException.notFound("no position '" + id + "' (known: "
        + String.join(", ", catalogue.positions().stream().map(PositionInfo::id).toList()) + ")"));
  }
}
