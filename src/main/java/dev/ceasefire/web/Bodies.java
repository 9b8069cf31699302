package dev.ceasefire.web;

import dev.ceasefire.scenario.ScenarioReader;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;

/**
 * Request bodies, read with a limit of 1 MiB (the same as a scenario file): a declared Content-Length over it
 * is refused before reading, and a body without one (chunked) is cut off at the first byte past it.
 */
final class Bodies {

  static final int MAX_BYTES = ScenarioReader.MAX_BYTES;

  private Bodies() {}

  static byte[] read(HttpServletRequest request) throws IOException {
    long declared = request.getContentLengthLong();
    if (declared > MAX_BYTES) {
      throw tooLarge(declared + " bytes");
    }
    byte[] body;
    try (InputStream in = request.getInputStream()) {
      body = in.readNBytes(MAX_BYTES + 1);
    }
    if (body.length > MAX_BYTES) {
      throw tooLarge("more than " + MAX_BYTES + " bytes");
    }
    if (body.length == 0) {
      throw ApiException.malformed("request body: empty, expected a JSON or YAML document");
    }
    return body;
  }

  private static ApiException tooLarge(String size) {
    return ApiException.tooLarge("request body: too large: " + size + " (expected at most " + MAX_BYTES
        + " bytes (1 MiB))");
  }
}
