package dev.ceasefire.web;

import dev.ceasefire.report.JsonReport;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * JSON answers, serialised once by the same mapper and printer as {@code ceasefire … --format json}, so the
 * bytes are those the CLI prints. Every answer that comes from the rules names them in {@code X-Rules-Digest}.
 */
final class Responses {

  static final String DIGEST_HEADER = "X-Rules-Digest";

  private Responses() {}

  static ResponseEntity<byte[]> json(Object value, String digest) {
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).header(DIGEST_HEADER, digest)
        .body(JsonReport.bytes(value));
  }

  static ResponseEntity<byte[]> json(Object value) {
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(JsonReport.bytes(value));
  }
}
