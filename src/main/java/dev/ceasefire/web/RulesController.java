package dev.ceasefire.web;

import dev.ceasefire.rules.RuleSet;
import io.swagger.v3.oas.annotations.Operation;
import java.time.Instant;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/rules}: which rules are serving, since when, and why the last reload failed if it did. */
@RestController
@RequestMapping("/api/v1")
final class RulesController {

  /**
   * What the rules in service are. {@code lastReloadError} is null unless the latest reload failed and the files
   * still differ from the rules in service; {@code compilingSince} is set while changed files are being compiled.
   */
  record RulesStatus(String digest, String origin, String build, Instant loadedAt, long compileMillis,
      int positions, int conditions, int parameters, boolean watching, ReloadErrorView lastReloadError,
      Instant compilingSince) {}

  record ReloadErrorView(Instant at, String message, List<String> messages) {}

  private final RulesHolder rules;

  RulesController(RulesHolder rules) {
    this.rules = rules;
  }

  @Operation(summary = "The rules in service: digest, when loaded, counts, last reload error")
  @GetMapping(path = "/rules", produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<byte[]> rules() {
    RulesHolder.Loaded loaded = rules.current();
    RuleSet set = loaded.rules();
    RulesHolder.ReloadError error = rules.lastError();
    return Responses.json(new RulesStatus(set.digest(), set.origin(), set.build(), loaded.loadedAt(),
        set.compileMillis(), set.catalogue().positions().size(), set.catalogue().allConditions().size(),
        set.parameters().size(), rules.watching(), error == null ? null
            : new ReloadErrorView(error.at(), String.join("\n", error.messages()), error.messages()),
        rules.compilingSince()),
        set.digest());
  }
}
