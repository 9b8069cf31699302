package dev.ceasefire.bench;

import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.ceasefire.scenario.ScenarioException;
import dev.ceasefire.scenario.ScenarioReader;
import java.nio.file.Path;

/** Request bodies for the benchmarks: a YAML scenario file as the JSON document a client would post instead. */
final class Bodies {

  private Bodies() {
  }

  static byte[] json(Path scenario) throws ScenarioException, java.io.IOException {
    return JsonMapper.builder().build().writeValueAsBytes(new ScenarioReader().tree(scenario));
  }
}
