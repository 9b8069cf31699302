package dev.ceasefire.web;

import java.io.IOException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

/**
 * Tomcat's own errors (a URL too long, an encoded slash or NUL in a path, a TRACE request) as problem details, in
 * place of Tomcat's HTML page: no server name, version or internal text reaches the client.
 */
public final class ProblemErrorValve extends ErrorReportValve {

  @Override
  protected void report(Request request, Response response, Throwable throwable) {
    int code = response.getStatus();
    if (code < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
      return;
    }
    if (code == 405) {
      response.setHeader("Allow", GuardFilter.ALLOW);
    }
    try {
      Problems.write(response, code, Problems.typeFor(code), code == 405 ? "method not allowed"
          : code >= 500 ? "internal error"
          : "the request could not be read: check the URL (no encoded slashes, backslashes, NUL or '..', at most 8 KB)"
              + " and the headers");
      response.finishResponse();
    } catch (IOException | IllegalStateException e) {
      // the client went away or the response is gone: nothing more to say
    }
  }
}
