package dev.ceasefire.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ceasefire.scenario.ParserMessages;
import dev.ceasefire.scenario.Problem;
import dev.ceasefire.scenario.ScenarioException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * The problem types of this API (RFC 9457). The {@code type} URIs are stable: clients may branch on them.
 */
final class Problems {

  static final String INVALID_SCENARIO = "/problems/invalid-scenario";
  static final String MALFORMED_BODY = "/problems/malformed-body";
  static final String INVALID_REQUEST = "/problems/invalid-request";
  static final String INVALID_PARAMETER = "/problems/invalid-parameter";
  static final String NOT_FOUND = "/problems/not-found";
  static final String METHOD_NOT_ALLOWED = "/problems/method-not-allowed";
  static final String NOT_ACCEPTABLE = "/problems/not-acceptable";
  static final String BODY_TOO_LARGE = "/problems/body-too-large";
  static final String UNSUPPORTED_MEDIA_TYPE = "/problems/unsupported-media-type";
  static final String BUSY = "/problems/busy";
  static final String TOO_EXPENSIVE = "/problems/analysis-too-expensive";
  static final String FORBIDDEN_HOST = "/problems/forbidden-host";
  static final String INTERNAL = "/problems/internal";
  static final String OTHER = "/problems/http-error";

  private Problems() {}

  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * Writes a problem detail straight to a response, for the layers below Spring MVC (a filter, Tomcat's error
   * valve) that cannot return a {@link ProblemDetail}.
   */
  static void write(HttpServletResponse response, int status, String type, String detail) throws IOException {
    HttpStatus known = HttpStatus.resolve(status);
    Map<String, Object> problem = new LinkedHashMap<>();
    problem.put("type", type);
    problem.put("title", known == null ? "Error" : known.getReasonPhrase());
    problem.put("status", status);
    problem.put("detail", detail);
    response.setStatus(status);
    response.setContentType("application/problem+json");
    response.setCharacterEncoding("UTF-8");
    JSON.writeValue(response.getOutputStream(), problem);
  }

  static ProblemDetail of(HttpStatus status, String type, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setType(URI.create(type));
    return problem;
  }

  /** The stable type for a status Spring itself answers (405, 406, 415 …). */
  static String typeFor(int status) {
    return switch (status) {
      case 400 -> MALFORMED_BODY;
      case 404 -> NOT_FOUND;
      case 405 -> METHOD_NOT_ALLOWED;
      case 406 -> NOT_ACCEPTABLE;
      case 413 -> BODY_TOO_LARGE;
      case 415 -> UNSUPPORTED_MEDIA_TYPE;
      case 429 -> BUSY;
      case 500 -> INTERNAL;
      default -> OTHER;
    };
  }

  /** A parser's message without the parser's class names (see {@link ParserMessages}). */
  static String plain(String message) {
    return ParserMessages.plain(message);
  }


  /**
   * A scenario that does not read: {@code detail} is the CLI's message, one line per problem, with the JSON
   * pointer in place of line and column; {@code errors} lists each problem with its pointer (as
   * {@code pointers} maps it into the request document) and, when the input had them, its line and column.
   */
  static ProblemDetail invalidScenario(ScenarioException e, UnaryOperator<String> pointers) {
    List<Map<String, Object>> errors = new ArrayList<>();
    for (Problem p : e.problems()) {
      Map<String, Object> error = new LinkedHashMap<>();
      error.put("pointer", pointers.apply(p.pointer()));
      error.put("message", plain(p.message()));
      if (p.line() > 0) {
        error.put("line", p.line());
        error.put("column", p.column());
      }
      errors.add(error);
    }
    String detail = e.problems().stream()
        .map(p -> plain(new Problem(p.file(), 0, 0, p.path(), p.value(), p.expected(), p.message()).render()))
        .collect(Collectors.joining("\n"));
    ProblemDetail problem = of(HttpStatus.BAD_REQUEST, INVALID_SCENARIO, detail);
    problem.setTitle("Invalid scenario");
    problem.setProperty("errors", errors);
    return problem;
  }
}
