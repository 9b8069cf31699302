package dev.ceasefire.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/** The JSON contract of output.md: evaluations, catalogues and test results, pretty-printed with LF line ends. */
public final class JsonReport {

  private static final ObjectMapper MAPPER = new ObjectMapper()
      .registerModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .enable(SerializationFeature.INDENT_OUTPUT);

  private static final DefaultPrettyPrinter PRINTER = new DefaultPrettyPrinter()
      .withObjectIndenter(new DefaultIndenter("  ", "\n"))
      .withArrayIndenter(new DefaultIndenter("  ", "\n"));

  private JsonReport() {}

  public static ObjectMapper mapper() {
    return MAPPER;
  }

  public static String render(Object value) {
    try {
      return MAPPER.writer(PRINTER).writeValueAsString(value) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@link #render} as UTF-8 bytes, written straight to bytes (the REST API's answers). */
  public static byte[] bytes(Object value) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
    try {
      MAPPER.writer(PRINTER).writeValue(out, value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    out.write('\n');
    return out.toByteArray();
  }
}
