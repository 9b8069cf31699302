package dev.ceasefire.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.http.HttpStatus;

/**
 * Tomcat's own errors (a URL too long, an encoded slash or NUL in a path, a TRACE request) as problem details, in
 * place of Tomcat's HTML page: no server name, version or internal text reaches the client.
 */
public final class ProblemErrorValve extends ErrorReportValve {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  protected void report(Request request, Response response, Throwable throwable) {
    int code = response.getStatus();
    if (code < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
      return;
    }
    HttpStatus status = HttpStatus.resolve(code);
    Map<String, Object> problem = new LinkedHashMap<>();
    problem.put("type", Problems.typeFor(code));
    problem.put("title", status == null ? "Error" : status.getReasonPhrase());
    problem.put("status", code);
    problem.put("detail", code == 405 ? "method not allowed" : code >= 500 ? "internal error"
        : "the request could not be read: check the URL (no encoded slashes, backslashes, NUL or '..', at most 8 KB)"
            + " and the headers");
    if (code == 405) {
      response.setHeader("Allow", "GET, HEAD, POST, OPTIONS");
    }
    try {
      response.setContentType("application/problem+json");
      response.setCharacterEncoding("UTF-8");
      OutputStream out = response.getOutputStream();
      JSON.writeValue(out, problem);
      response.finishResponse();
    } catch (IOException | IllegalStateException e) {
      // the client went away or the response is gone: nothing more to say
    }
  }
}
