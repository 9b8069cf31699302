package dev.ceasefire.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * The JSON contract of output.md: evaluations, catalogues and test results, pretty-printed with LF line ends and
 * a final line end. One writer, set up once, serves every call.
 */
public final class JsonReport {

  private static final ObjectMapper MAPPER = new ObjectMapper()
      .registerModule(new JavaTimeModule())
      .registerModule(VerdictJson.module())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .enable(SerializationFeature.INDENT_OUTPUT);

  private static final ObjectWriter WRITER = MAPPER.writer(new Printer());

  private static final OutputBuffers BUFFERS = new OutputBuffers();

  private JsonReport() {}

  public static ObjectMapper mapper() {
    return MAPPER;
  }

  public static String render(Object value) {
    try {
      return WRITER.writeValueAsString(value) + "\n";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@link #render} as UTF-8 bytes, written straight to bytes (the REST API's answers). */
  public static byte[] bytes(Object value) {
    return BUFFERS.bytes(out -> write(value, out));
  }

  private static void write(Object value, OutputStream out) {
    try (JsonGenerator generator = WRITER.createGenerator(out)) {
      WRITER.writeValue(generator, value);
      generator.writeRaw('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
