package dev.ceasefire.web;

import dev.ceasefire.scenario.ScenarioException;
import java.net.URI;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error as an RFC 9457 problem detail with a stable {@code type}: this API's own checks, unreadable
 * scenarios (the CLI's text, JSON pointers for line and column), and Spring's own 404, 405, 406 and 415. Anything
 * else is a defect: logged with its stack trace, answered 500 without one.
 */
@RestControllerAdvice
final class ProblemAdvice extends ResponseEntityExceptionHandler {

  private static final Logger LOG = LoggerFactory.getLogger(ProblemAdvice.class);

  @ExceptionHandler(ScenarioException.class)
  ResponseEntity<ProblemDetail> invalidScenario(ScenarioException e) {
    return problem(Problems.invalidScenario(e, UnaryOperator.identity()));
  }

  @ExceptionHandler(ScenarioProblem.class)
  ResponseEntity<ProblemDetail> invalidScenarioPart(ScenarioProblem e) {
    return problem(Problems.invalidScenario(e.scenarioException(), e.pointers()));
  }

  @ExceptionHandler(ApiException.class)
  ResponseEntity<ProblemDetail> api(ApiException e) {
    ProblemDetail problem = Problems.of(e.status(), e.type(), e.getMessage());
    e.properties().forEach(problem::setProperty);
    if (e.properties().get("retryAfter") instanceof Integer seconds) {
      return ResponseEntity.status(problem.getStatus()).header(HttpHeaders.RETRY_AFTER, String.valueOf(seconds))
          .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
    return problem(problem);
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<ProblemDetail> internal(Exception e) {
    LOG.error("Internal error", e);
    return problem(Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, Problems.INTERNAL,
        "internal error: the server log has the details"));
  }

  /** Spring's own exceptions (405, 406, 415, 404 for unknown paths …) get this API's stable types. */
  @Override
  protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode statusCode,
      WebRequest request) {
    if (body instanceof ProblemDetail problem && "about:blank".equals(String.valueOf(problem.getType()))) {
      problem.setType(URI.create(Problems.typeFor(statusCode.value())));
    }
    return super.createResponseEntity(body, headers, statusCode, request);
  }

  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, Problems.MALFORMED_BODY,
        "request body: cannot read it");
    return handleExceptionInternal(ex, problem, headers, status, request);
  }

  private static ResponseEntity<ProblemDetail> problem(ProblemDetail problem) {
    return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
  }
}
