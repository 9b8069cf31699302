package dev.ceasefire.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Errors raised outside Spring MVC (by Tomcat or a filter) reach {@code /error}: they too are answered as problem
 * details, in place of Boot's default error map, and never with a stack trace.
 */
@RestController
final class ProblemErrorController implements ErrorController {

  @RequestMapping("/error")
  ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    if (code == null) {
      // asked for directly, not forwarded here by an error: there is no such resource
      return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_PROBLEM_JSON)
          .body(Problems.of(HttpStatus.NOT_FOUND, Problems.NOT_FOUND, "no resource at " + request.getRequestURI()));
    }
    HttpStatus status = code instanceof Integer i && HttpStatus.resolve(i) != null ? HttpStatus.valueOf(i)
        : HttpStatus.INTERNAL_SERVER_ERROR;
    ProblemDetail problem = Problems.of(status, Problems.typeFor(status.value()),
        status.is5xxServerError() ? "internal error: the server log has the details" : status.getReasonPhrase());
    return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
  }
}
