package dev.ceasefire.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.ceasefire.model.Mode;
import dev.ceasefire.report.JsonReport;
import dev.ceasefire.rules.TestRules;
import dev.ceasefire.scenario.ScenarioReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The REST API against a real server on a random port, through java.net.http: every endpoint and every class of
 * error. One Spring context serves every test here.
 */
@SpringBootTest(classes = CeasefireServer.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"ceasefire.rules=rules", "ceasefire.scenarios=scenarios"})
class ServerIntegrationTests {

  static final Path CANONICAL = Path.of("scenarios/status-quo-2024-06-14.yaml");
  static final String JSON = "application/json";
  static final String YAML = "application/yaml";
  static final ObjectMapper MAPPER = new ObjectMapper();
  static final HttpClient CLIENT = HttpClient.newHttpClient();

  @LocalServerPort
  int port;

  @Autowired
  RulesHolder rules;

  /** A body that must be JSON, parsed. */
  static JsonNode parseJson(String body) {
    try {
      return MAPPER.readTree(body);
    } catch (IOException e) {
      throw new AssertionError("not JSON: " + body, e);
    }
  }

  record Answer(int status, String contentType, String digest, String body) {
    JsonNode json() {
      return parseJson(body);
    }

    /** A problem detail of this status and type, with a detail and no stack trace. */
    JsonNode problem(int expectedStatus, String type) {
      assertThat(status).as(body).isEqualTo(expectedStatus);
      assertThat(contentType).isEqualTo("application/problem+json");
      assertThat(body).doesNotContain("Exception", "\tat ", "at dev.ceasefire", "at org.springframework");
      JsonNode problem = json();
      assertThat(problem.path("type").asText()).isEqualTo(type);
      assertThat(problem.path("status").asInt()).isEqualTo(expectedStatus);
      assertThat(problem.path("detail").asText()).isNotBlank();
      return problem;
    }
  }

  Answer send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> r = CLIENT.send(request.build(), BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Answer(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""),
          r.headers().firstValue("X-Rules-Digest").orElse(null), r.body());
    } catch (IOException e) {
      throw new AssertionError(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  HttpRequest.Builder at(String path) {
    return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
  }

  Answer get(String path) {
    return send(at(path).GET());
  }

  Answer post(String path, String contentType, BodyPublisher body) {
    return send(at(path).header("Content-Type", contentType).POST(body));
  }

  Answer post(String path, String contentType, String body) {
    return post(path, contentType, BodyPublishers.ofString(body));
  }

  static String canonicalYaml() {
    try {
      return Files.readString(CANONICAL);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  /** The canonical scenario as JSON, the way a client would send it. */
  static String canonicalJson() throws IOException {
    return MAPPER.writeValueAsString(new YAMLMapper().readTree(canonicalYaml()));
  }

  /** What {@code ceasefire evaluate --format json} prints for the canonical file, read as a request body. */
  String cliJson(Mode mode, Set<String> positions) throws Exception {
    var scenario = new ScenarioReader().read(canonicalYaml().getBytes(StandardCharsets.UTF_8), "request body", false);
    return JsonReport.render(rules.current().evaluator().evaluate(scenario, mode, positions));
  }

  static String whatIf(String base, String changes) {
    return "{" + base + ", \"changes\": " + changes + "}";
  }

  @Nested
  class Evaluations {

    @Test
    void evaluatesAYamlBodyExactlyAsTheCliPrintsJson() throws Exception {
      Answer a = post("/api/v1/evaluations", YAML, canonicalYaml());
      assertThat(a.status()).as(a.body()).isEqualTo(200);
      assertThat(a.contentType()).isEqualTo(JSON);
      assertThat(a.body()).isEqualTo(cliJson(Mode.ALL_POSITIONS, Set.of()));
    }

    @Test
    void carriesTheRulesDigestInTheHeaderAndTheBody() {
      Answer a = post("/api/v1/evaluations", YAML, canonicalYaml());
      assertThat(a.digest()).startsWith("sha256:").isEqualTo(a.json().at("/rules/digest").asText())
          .isEqualTo(rules.current().rules().digest());
    }

    @Test
    void evaluatesAJsonBodyWithModeAndPositions() throws Exception {
      Answer a = post("/api/v1/evaluations?mode=as-of&position=RU-2024-06-14", JSON, canonicalJson());
      assertThat(a.status()).as(a.body()).isEqualTo(200);
      assertThat(a.json().path("mode").asText()).isEqualTo("AS_OF");
      assertThat(a.json().path("positions")).hasSize(1);
      assertThat(a.json().at("/positions/0/id").asText()).isEqualTo("RU-2024-06-14");
      assertThat(a.body()).isEqualTo(cliJson(Mode.AS_OF, Set.of("RU-2024-06-14")));
    }

    @Test
    void acceptsRepeatedPositions() {
      Answer a = post("/api/v1/evaluations?position=RU-2024-06-14&position=UA-2022-03-29", YAML, canonicalYaml());
      assertThat(a.json().path("positions").findValuesAsText("id")).contains("RU-2024-06-14", "UA-2022-03-29");
      assertThat(a.json().path("positions")).hasSize(2);
    }

    @Test
    void rejectsAMisspeltEnumValueWithTheCliTextAndAPointer() {
      Answer a = post("/api/v1/evaluations", YAML, canonicalYaml().replace("bid: ACTIVE", "bid: FROZE"));
      JsonNode problem = a.problem(400, "/problems/invalid-scenario");
      assertThat(problem.path("detail").asText()).isEqualTo("request body: /facts/nato/bid: unknown value 'FROZE'"
          + " (expected one of ACTIVE, FROZEN, FORMALLY_ABANDONED, CONSTITUTIONALLY_BARRED; did you mean FROZEN?)");
      assertThat(problem.at("/errors/0/pointer").asText()).isEqualTo("/facts/nato/bid");
      assertThat(problem.at("/errors/0/line").asInt()).isEqualTo(27);
    }

    @Test
    void listsEveryProblemOfAnInvalidScenario() {
      Answer a = post("/api/v1/evaluations", JSON,
          "{\"id\": \"x\", \"title\": \"X\", \"asOfDate\": \"2024-13-01\", \"facts\": {\"nato\": {\"bid\": 3, \"colour\": 1}}}");
      JsonNode problem = a.problem(400, "/problems/invalid-scenario");
      assertThat(problem.path("errors").findValuesAsText("pointer"))
          .contains("/asOfDate", "/facts/nato/bid", "/facts/nato/colour");
      assertThat(problem.path("detail").asText().split("\n")).hasSize(problem.path("errors").size());
    }

    @Test
    void rejectsAnUnknownModeWithTheAllowedValues() {
      JsonNode problem = post("/api/v1/evaluations?mode=sometimes", YAML, canonicalYaml())
          .problem(400, "/problems/invalid-parameter");
      assertThat(problem.path("detail").asText()).isEqualTo("'sometimes' is not a mode (expected all-positions or as-of)");
      assertThat(problem.path("allowed").toString()).isEqualTo("[\"all-positions\",\"as-of\"]");
    }

    @Test
    void rejectsAnUnknownPositionWithTheKnownOnes() {
      JsonNode problem = post("/api/v1/evaluations?position=XX-1999", YAML, canonicalYaml())
          .problem(400, "/problems/invalid-parameter");
      assertThat(problem.path("detail").asText()).startsWith("unknown position 'XX-1999' (known: ")
          .contains("RU-2024-06-14");
      assertThat(problem.path("allowed").toString()).contains("UA-2022-03-29");
    }

    @Test
    void rejectsAnEmptyBodyAsMalformed() {
      post("/api/v1/evaluations", JSON, "").problem(400, "/problems/malformed-body");
    }

    @Test
    void rejectsBrokenSyntaxAsAnInvalidScenario() {
      post("/api/v1/evaluations", JSON, "{\"id\": ").problem(400, "/problems/invalid-scenario");
      post("/api/v1/evaluations", YAML, "id: [unclosed\n").problem(400, "/problems/invalid-scenario");
    }

    @Test
    void rejectsBodyOverOneMebibyteWith413() {
      byte[] big = new byte[ScenarioReader.MAX_BYTES + 1];
      Arrays.fill(big, (byte) ' ');
      JsonNode problem = post("/api/v1/evaluations", YAML, BodyPublishers.ofByteArray(big))
          .problem(413, "/problems/body-too-large");
      assertThat(problem.path("detail").asText()).contains("1048577 bytes", "at most 1048576 bytes");
    }

    @Test
    void rejectsChunkedBodyOverOneMebibyteWith413() {
      byte[] big = new byte[ScenarioReader.MAX_BYTES + 1024];
      Arrays.fill(big, (byte) ' ');
      post("/api/v1/evaluations", YAML, BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big)))
          .problem(413, "/problems/body-too-large");
    }

    @Test
    void acceptsABodyOfExactlyOneMebibyte() {
      String yaml = canonicalYaml();
      String padded = yaml + "#".repeat(ScenarioReader.MAX_BYTES - yaml.getBytes(StandardCharsets.UTF_8).length);
      assertThat(padded.getBytes(StandardCharsets.UTF_8)).hasSize(ScenarioReader.MAX_BYTES);
      assertThat(post("/api/v1/evaluations", YAML, padded).status()).isEqualTo(200);
    }

    @Test
    void rejectsAWrongMediaTypeWith415() {
      Answer a = post("/api/v1/evaluations", "text/plain", canonicalYaml());
      a.problem(415, "/problems/unsupported-media-type");
    }

    @Test
    void rejectsAGetWith405() {
      get("/api/v1/evaluations").problem(405, "/problems/method-not-allowed");
    }

    @Test
    void rejectsAnAcceptItCannotMeetWith406() {
      send(at("/api/v1/evaluations").header("Content-Type", YAML).header("Accept", "text/html")
          .POST(BodyPublishers.ofString(canonicalYaml()))).problem(406, "/problems/not-acceptable");
    }
  }

  @Nested
  class WhatIfs {

    static final String DONETSK_CLEARED = "{\"regions\": {\"DONETSK\": {\"uaTroopPresence\": \"NONE\"}}}";

    @Test
    void flipsTheWithdrawalToPartialWhenOneRegionIsCleared() {
      Answer a = post("/api/v1/what-if", JSON, whatIf("\"baseId\": \"status-quo-2024-06-14\"", DONETSK_CLEARED));
      assertThat(a.status()).as(a.body()).isEqualTo(200);
      assertThat(a.digest()).isEqualTo(rules.current().rules().digest());
      JsonNode flips = a.json().path("flips");
      List<String> seen = new ArrayList<>();
      flips.forEach(f -> seen.add(f.path("conditionId").asText() + " " + f.path("from").asText() + "->"
          + f.path("to").asText() + " / " + f.path("lenientFrom").asText() + "->" + f.path("lenientTo").asText()));
      assertThat(seen).contains("RU-2024-06-14/withdraw-four-regions NOT_MET->PARTIAL / NOT_MET->PARTIAL");
      assertThat(a.json().at("/base/scenario/id").asText()).isEqualTo("status-quo-2024-06-14");
      assertThat(a.json().at("/variant/rules/digest").asText()).isEqualTo(a.digest());
    }

    @Test
    void anInlineBaseGivesTheSameFlipsAsItsId() throws Exception {
      String inline = canonicalJson();
      Answer byId = post("/api/v1/what-if", JSON, whatIf("\"baseId\": \"status-quo-2024-06-14\"", DONETSK_CLEARED));
      Answer byValue = post("/api/v1/what-if", JSON, whatIf("\"base\": " + inline, DONETSK_CLEARED));
      assertThat(byValue.status()).as(byValue.body()).isEqualTo(200);
      assertThat(byValue.json().path("flips")).isEqualTo(byId.json().path("flips"));
    }

    @Test
    void noChangesFlipNothing() {
      Answer a = post("/api/v1/what-if", JSON, whatIf("\"baseId\": \"status-quo-2024-06-14\"", "{}"));
      assertThat(a.json().path("flips")).isEmpty();
    }

    @Test
    void takesModeAndPositions() {
      Answer a = post("/api/v1/what-if", JSON, "{\"baseId\": \"status-quo-2024-06-14\", \"changes\": "
          + DONETSK_CLEARED + ", \"mode\": \"as-of\", \"positions\": [\"RU-2024-06-14\"]}");
      assertThat(a.json().at("/variant/mode").asText()).isEqualTo("AS_OF");
      assertThat(a.json().at("/variant/positions")).hasSize(1);
    }

    @Test
    void rejectsABadChangeWithAPointerIntoTheChanges() {
      JsonNode problem = post("/api/v1/what-if", JSON,
          whatIf("\"baseId\": \"status-quo-2024-06-14\"", "{\"nato\": {\"bid\": \"FROZE\"}}"))
          .problem(400, "/problems/invalid-scenario");
      assertThat(problem.at("/errors/0/pointer").asText()).isEqualTo("/changes/nato/bid");
      assertThat(problem.path("detail").asText()).contains("'FROZE'", "did you mean FROZEN?");
    }

    @Test
    void rejectsABadInlineBaseWithAPointerIntoTheBase() {
      JsonNode problem = post("/api/v1/what-if", JSON, whatIf("\"base\": {\"id\": \"b\", \"title\": \"B\","
          + " \"asOfDate\": \"2024-06-14\", \"facts\": {\"nato\": {\"bid\": 7}}}", "{}"))
          .problem(400, "/problems/invalid-scenario");
      assertThat(problem.at("/errors/0/pointer").asText()).isEqualTo("/base/facts/nato/bid");
      assertThat(problem.path("detail").asText()).startsWith("base: /facts/nato/bid: ");
    }

    @Test
    void rejectsAnUnknownBaseIdWith404() {
      post("/api/v1/what-if", JSON, whatIf("\"baseId\": \"no-such-scenario\"", "{}"))
          .problem(404, "/problems/not-found");
    }

    @Test
    void rejectsBothBaseAndBaseIdOrNeither() {
      post("/api/v1/what-if", JSON, whatIf("\"baseId\": \"status-quo-2024-06-14\", \"base\": {}", "{}"))
          .problem(400, "/problems/invalid-request");
      post("/api/v1/what-if", JSON, "{\"changes\": {}}").problem(400, "/problems/invalid-request");
    }

    @Test
    void rejectsMissingChangesUnknownKeysAndWrongTypes() {
      post("/api/v1/what-if", JSON, "{\"baseId\": \"status-quo-2024-06-14\"}").problem(400, "/problems/invalid-request");
      JsonNode unknown = post("/api/v1/what-if", JSON, whatIf("\"baseId\": \"status-quo-2024-06-14\", \"chanegs\": 1",
          "{}")).problem(400, "/problems/invalid-request");
      assertThat(unknown.at("/errors/0/pointer").asText()).isEqualTo("/chanegs");
      post("/api/v1/what-if", JSON, "[1, 2]").problem(400, "/problems/invalid-request");
      post("/api/v1/what-if", JSON, "{\"baseId\": \"status-quo-2024-06-14\", \"changes\": {}, \"positions\": \"RU\"}")
          .problem(400, "/problems/invalid-request");
      post("/api/v1/what-if", JSON, "{\"baseId\": \"status-quo-2024-06-14\", \"changes\": {}, \"mode\": \"never\"}")
          .problem(400, "/problems/invalid-parameter");
    }

    @Test
    void rejectsMalformedJsonAndDuplicateKeys() {
      JsonNode problem = post("/api/v1/what-if", JSON, "{\"baseId\": ").problem(400, "/problems/malformed-body");
      assertThat(problem.path("detail").asText()).startsWith("request body: 1:").contains("not valid JSON");
      post("/api/v1/what-if", JSON, "{\"changes\": {}, \"changes\": {}}").problem(400, "/problems/malformed-body");
    }

    @Test
    void rejectsYamlWith415() {
      post("/api/v1/what-if", YAML, "baseId: status-quo-2024-06-14\nchanges: {}\n")
          .problem(415, "/problems/unsupported-media-type");
    }

    @Test
    void rejectsBodyOverOneMebibyteWith413() {
      String big = "{\"baseId\": \"status-quo-2024-06-14\", \"changes\": {}, \"mode\": \""
          + "x".repeat(ScenarioReader.MAX_BYTES) + "\"}";
      post("/api/v1/what-if", JSON, big).problem(413, "/problems/body-too-large");
    }
  }

  @Nested
  class Positions {

    @Test
    void listsEveryPositionWithItsConditionsAndSources() {
      Answer a = get("/api/v1/positions");
      assertThat(a.status()).isEqualTo(200);
      assertThat(a.digest()).isEqualTo(a.json().path("digest").asText());
      assertThat(a.json().path("positions").findValuesAsText("id"))
          .contains("RU-2022-03-29", "UA-2022-03-29", "RU-2024-06-14", "RU-2024-06-14/ceasefire-trigger");
      assertThat(a.json().at("/positions/0/conditions/0/source/quote").asText()).isNotBlank();
    }

    @Test
    void showsOnePosition() {
      JsonNode position = get("/api/v1/positions/RU-2024-06-14").json();
      assertThat(position.at("/position/id").asText()).isEqualTo("RU-2024-06-14");
      assertThat(position.at("/position/party").asText()).isEqualTo("RU");
      assertThat(position.path("conditions").findValuesAsText("id")).contains("RU-2024-06-14/withdraw-four-regions");
    }

    @Test
    void showsOneConditionWithItsSource() {
      Answer a = get("/api/v1/positions/RU-2024-06-14/conditions/withdraw-four-regions");
      assertThat(a.status()).isEqualTo(200);
      assertThat(a.json().path("id").asText()).isEqualTo("RU-2024-06-14/withdraw-four-regions");
      assertThat(a.json().at("/source/speaker").asText()).isEqualTo("Vladimir Putin");
      assertThat(a.json().at("/source/date").asText()).isEqualTo("2024-06-14");
    }

    @Test
    void answersUnknownPositionsAndConditionsWith404() {
      assertThat(get("/api/v1/positions/XX-1999").problem(404, "/problems/not-found").path("detail").asText())
          .startsWith("no position 'XX-1999' (known: ");
      assertThat(get("/api/v1/positions/RU-2024-06-14/conditions/give-back-alaska").problem(404, "/problems/not-found")
          .path("detail").asText()).contains("no condition 'give-back-alaska' in position RU-2024-06-14", "withdraw-four-regions");
    }
  }

  @Nested
  class Scenarios {

    @Test
    void listsTheServedScenarioFiles() {
      JsonNode list = get("/api/v1/scenarios").json();
      assertThat(list.path("folder").asText()).isEqualTo("scenarios");
      assertThat(list.path("scenarios").findValuesAsText("id")).contains("status-quo-2024-06-14", "nato-bid-frozen");
      assertThat(list.path("scenarios").findValuesAsText("file")).contains("ru-2024-06-14/nato-bid-frozen.yaml");
    }

    @Test
    void showsAScenarioAsJsonOrYaml() {
      Answer json = get("/api/v1/scenarios/status-quo-2024-06-14");
      assertThat(json.contentType()).isEqualTo(JSON);
      assertThat(json.json().path("title").asText()).isEqualTo("Status quo on 14 June 2024");
      assertThat(json.json().at("/facts/nato/bid").asText()).isEqualTo("ACTIVE");
      Answer yaml = send(at("/api/v1/scenarios/status-quo-2024-06-14").header("Accept", YAML).GET());
      assertThat(yaml.contentType()).startsWith(YAML);
      assertThat(yaml.body()).contains("id: status-quo-2024-06-14", "bid: ACTIVE");
    }

    @Test
    void evaluatesAServedScenarioAsAPostedOne() throws Exception {
      Answer a = get("/api/v1/scenarios/status-quo-2024-06-14/evaluation?mode=all-positions");
      assertThat(a.digest()).isEqualTo(rules.current().rules().digest());
      assertThat(a.body()).isEqualTo(cliJson(Mode.ALL_POSITIONS, Set.of())
          .replace("\"file\" : \"request body\"", "\"file\" : \"" + CANONICAL + "\""));
    }

    @Test
    void answersAnUnknownIdWith404() {
      get("/api/v1/scenarios/no-such-scenario").problem(404, "/problems/not-found");
      get("/api/v1/scenarios/no-such-scenario/evaluation").problem(404, "/problems/not-found");
    }
  }

  @Nested
  class RulesAndDocs {

    @Test
    void saysWhichRulesServe() {
      Answer a = get("/api/v1/rules");
      JsonNode r = a.json();
      assertThat(r.path("digest").asText()).isEqualTo(a.digest()).startsWith("sha256:");
      assertThat(r.path("origin").asText()).isEqualTo("rules");
      assertThat(r.path("positions").asInt()).isEqualTo(TestRules.rules().catalogue().positions().size());
      assertThat(r.path("conditions").asInt()).isGreaterThan(40);
      assertThat(r.path("loadedAt").asText()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
      assertThat(r.path("watching").asBoolean()).isFalse();
      assertThat(r.path("lastReloadError").isNull()).isTrue();
    }

    @Test
    void publishesOpenApiWithTheCanonicalScenarioAsExample() {
      JsonNode docs = get("/v3/api-docs").json();
      assertThat(docs.path("openapi").asText()).startsWith("3.");
      assertThat(docs.path("paths").fieldNames()).toIterable().contains("/api/v1/evaluations", "/api/v1/what-if",
          "/api/v1/positions", "/api/v1/positions/{positionId}", "/api/v1/positions/{positionId}/conditions/{slug}",
          "/api/v1/scenarios", "/api/v1/scenarios/{id}", "/api/v1/scenarios/{id}/evaluation", "/api/v1/rules");
      JsonNode body = docs.at("/paths/~1api~1v1~1evaluations/post/requestBody/content");
      assertThat(body.at("/application~1json/example/id").asText()).isEqualTo("status-quo-2024-06-14");
      assertThat(body.at("/application~1yaml/example").asText()).isEqualTo(canonicalYaml());
    }

    @Test
    void servesSwaggerUi() {
      Answer a = send(at("/swagger-ui/index.html").GET());
      assertThat(a.status()).isEqualTo(200);
      assertThat(a.body()).contains("Swagger UI");
      assertThat(get("/swagger-ui.html").status()).isIn(200, 302);
    }

    @Test
    void exposesOnlyTheHealthOfActuator() {
      Answer health = get("/actuator/health");
      assertThat(health.status()).isEqualTo(200);
      assertThat(health.json().path("status").asText()).isEqualTo("UP");
      for (String path : List.of("/actuator", "/actuator/env", "/actuator/beans", "/actuator/metrics",
          "/actuator/configprops", "/actuator/heapdump", "/actuator/shutdown")) {
        assertThat(get(path).status()).as(path).isEqualTo(404);
      }
    }

    @Test
    void answersUnknownPathsWithAProblem() {
      get("/api/v1/nothing-here").problem(404, "/problems/not-found");
    }
  }

  @Nested
  class AnalysesOverHttp {

    @Test
    void timelineOfAServedScenarioShowsTheNarrowingDemand() {
      Answer a = post("/api/v1/analyses/timeline?party=RU", "application/json",
          "{\"scenarioId\": \"status-quo-2024-06-14\"}");
      assertThat(a.status()).isEqualTo(200);
      assertThat(a.body()).contains("\"2026-01-23\"", "RU-2026-01-23");
    }

    @Test
    void timelineAsHtmlIsASelfContainedChart() {
      Answer a = post("/api/v1/analyses/timeline?format=html", "application/json",
          "{\"scenarioId\": \"status-quo-2024-06-14\"}");
      assertThat(a.status()).isEqualTo(200);
      assertThat(a.contentType()).startsWith("text/html");
      assertThat(a.body()).contains("<svg").doesNotContain("src=\"http", "href=\"http", "@import");
    }

    @Test
    void pathwaysFindTheSmallestChangesToRenounceNato() {
      Answer a = post("/api/v1/analyses/pathways", "application/json",
          "{\"scenarioId\": \"status-quo-2024-06-14\", \"target\": \"RU-2024-06-14/officially-renounce-nato\","
              + " \"maxChanges\": 2}");
      assertThat(a.status()).isEqualTo(200);
      JsonNode r = a.json();
      assertThat(r.path("pathways")).isNotEmpty();
      assertThat(r.path("pathways").get(0).path("size").asInt()).isEqualTo(2);
      assertThat(r.path("pathways").toString()).contains("nato.bid", "nato.officialNotification");
    }

    @Test
    void anUnknownTargetIsA400WithTheReason() {
      Answer a = post("/api/v1/analyses/pathways", "application/json",
          "{\"scenarioId\": \"status-quo-2024-06-14\", \"target\": \"RU-2024-06-14/no-such-thing\"}");
      assertThat(a.status()).isEqualTo(400);
      assertThat(a.contentType()).startsWith("application/problem+json");
      assertThat(a.body()).contains("unknown condition");
    }

    @Test
    void commonGroundNeedsExactlyTwoPositions() {
      Answer a = post("/api/v1/analyses/common-ground", "application/json", "{\"positions\": [\"UA-2022-03-29\"]}");
      assertThat(a.status()).isEqualTo(400);
      assertThat(a.body()).contains("exactly two positions");
    }

    @Test
    void sweepGivesEveryCombination() {
      Answer a = post("/api/v1/analyses/sweep", "application/json",
          "{\"scenarioId\": \"status-quo-2024-06-14\", \"vary\": [{\"path\": \"nato.bid\", \"values\": [\"ACTIVE\","
              + " \"FROZEN\"]}]}");
      assertThat(a.status()).isEqualTo(200);
      assertThat(a.json().path("points")).hasSize(2);
    }
  }

  @Nested
  class HostileInput {

    /** Whatever a client sends, the answer is a 4xx problem: client input never reaches the 500 handler. */
    @Test
    void neverAnswers500ToClientInput() {
      List<String> bodies = List.of(
          "\u0000\u0001\u0002", "{", "[]", "null", "42", "\"text\"", "---\nid: a\n---\nid: b\n",
          "a: &x [1]\nb: *x\n", "id: !!java.lang.Runtime x\n", "{".repeat(5000), "[".repeat(5000),
          "id: x\ntitle: X\nasOfDate: 2024-06-14\nfacts:\n  nato: {bid: ACTIVE, bid: FROZEN}\n",
          "id: x\ntitle: X\nasOfDate: 2024-06-14\nfacts:\n  wmd: {uaPossesses: 1e99999999}\n",
          "{\"id\": 1e999999999999999999999999999999999999999999999999999}");
      for (String body : bodies) {
        for (String type : List.of(JSON, YAML)) {
          Answer a = post("/api/v1/evaluations", type, body);
          assertThat(a.status()).as(type + " " + body.substring(0, Math.min(40, body.length()))).isBetween(400, 499);
          assertThat(a.contentType()).isEqualTo("application/problem+json");
          assertThat(a.body()).doesNotContain("\tat ", "Exception");
        }
        Answer w = post("/api/v1/what-if", JSON, body);
        assertThat(w.status()).as("what-if " + body.substring(0, Math.min(40, body.length()))).isBetween(400, 499);
        Answer wb = post("/api/v1/what-if", JSON, "{\"base\": " + (body.startsWith("{") || body.startsWith("[")
            ? "\"" + body.replace("\u0000", "").replace("\"", "'") + "\"" : "{}") + ", \"changes\": {}}");
        assertThat(wb.status()).isBetween(400, 499);
      }
      byte[] notUtf8 = {'i', 'd', ':', ' ', (byte) 0xC3, (byte) 0x28};
      assertThat(post("/api/v1/evaluations", YAML, BodyPublishers.ofByteArray(notUtf8)).status()).isEqualTo(400);
    }
  }
}
