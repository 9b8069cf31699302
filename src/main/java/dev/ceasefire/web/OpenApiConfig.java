package dev.ceasefire.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document at /v3/api-docs: title and version, and the canonical scenario
 * (scenarios/status-quo-2024-06-14.yaml, copied into the jar by the build) as the example request body.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfig {

  static final String CANONICAL = "openapi/status-quo-2024-06-14.yaml";

  @Bean
  OpenApiCustomizer ceasefireExamples() {
    return openApi -> {
      String yaml = canonicalYaml();
      JsonNode scenario = readYaml(yaml);
      ObjectNode whatIf = new ObjectMapper().createObjectNode();
      whatIf.put("baseId", scenario.path("id").asText());
      whatIf.set("changes", new ObjectMapper().createObjectNode().set("regions", new ObjectMapper()
          .createObjectNode().set("DONETSK", new ObjectMapper().createObjectNode().put("uaTroopPresence", "ABSENT"))));
      whatIf.put("mode", "all-positions");
      openApi.info(new Info().title("Ceasefire API").version(version())
          .description("Evaluates scenarios against the publicly stated ceasefire conditions of the parties to the"
              + " Russia-Ukraine war. Errors are RFC 9457 problem details (application/problem+json)."));
      example(openApi, "/api/v1/evaluations", Map.of("application/json", scenario, EvaluationController.YAML, yaml));
      example(openApi, "/api/v1/what-if", Map.of("application/json", whatIf));
    };
  }

  private static void example(OpenAPI openApi, String path, Map<String, Object> examples) {
    PathItem item = openApi.getPaths() == null ? null : openApi.getPaths().get(path);
    Operation post = item == null ? null : item.getPost();
    if (post == null || post.getRequestBody() == null) {
      return;
    }
    Content content = post.getRequestBody().getContent();
    examples.forEach((type, example) -> {
      MediaType media = content.get(type);
      if (media != null) {
        media.setExample(example);
      }
    });
  }

  private static String canonicalYaml() {
    try (InputStream in = OpenApiConfig.class.getClassLoader().getResourceAsStream(CANONICAL)) {
      if (in == null) {
        throw new IllegalStateException(CANONICAL + " is missing from the jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode readYaml(String yaml) {
    try {
      return new YAMLMapper().readTree(yaml);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String version() {
    try (InputStream in = OpenApiConfig.class.getResourceAsStream("/ceasefire-version.properties")) {
      Properties p = new Properties();
      if (in != null) {
        p.load(in);
      }
      return p.getProperty("version", "dev");
    } catch (IOException e) {
      return "dev";
    }
  }
}
