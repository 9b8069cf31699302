package dev.ceasefire.web;

import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;

/**
 * A client error found by this API's own checks, answered as a problem detail: its status, its stable type
 * (under {@code /problems/}) and its detail text, plus optional extra members.
 */
final class ApiException extends RuntimeException {

  private final HttpStatus status;
  private final String type;
  private final Map<String, Object> properties;

  ApiException(HttpStatus status, String type, String detail, Map<String, Object> properties) {
    super(detail, null, false, false);
    this.status = status;
    this.type = type;
    this.properties = properties;
  }

  static ApiException notFound(String detail) {
    return new ApiException(HttpStatus.NOT_FOUND, Problems.NOT_FOUND, detail, Map.of());
  }

  static ApiException invalidParameter(String name, String detail, List<String> allowed) {
    return new ApiException(HttpStatus.BAD_REQUEST, Problems.INVALID_PARAMETER, detail,
        Map.of("parameter", name, "allowed", allowed));
  }

  static ApiException invalidRequest(String pointer, String detail) {
    return new ApiException(HttpStatus.BAD_REQUEST, Problems.INVALID_REQUEST, detail,
        Map.of("errors", List.of(Map.of("pointer", pointer, "message", detail))));
  }

  static ApiException malformed(String detail) {
    return new ApiException(HttpStatus.BAD_REQUEST, Problems.MALFORMED_BODY, detail, Map.of());
  }

  static ApiException tooLarge(String detail) {
    return new ApiException(HttpStatus.PAYLOAD_TOO_LARGE, Problems.BODY_TOO_LARGE, detail,
        Map.of("limit", Bodies.MAX_BYTES));
  }

  HttpStatus status() {
    return status;
  }

  String type() {
    return type;
  }

  Map<String, Object> properties() {
    return properties;
  }
}
