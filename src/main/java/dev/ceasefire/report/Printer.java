package dev.ceasefire.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;

/**
 * Jackson's default pretty printer with two-space indentation and LF line ends ({@code "key" : value},
 * {@code [ ]} and {@code { }} when empty), writing each separator together with the line end and indentation
 * after it as one run of ready-encoded text. Jackson's own writes them a character at a time, on every line: a
 * quarter of the time spent rendering an evaluation went there. The output is the same to the byte.
 */
final class Printer extends DefaultPrettyPrinter {

  private static final long serialVersionUID = 1L;

  /** Deeper nesting than this is written in two steps, as Jackson's indenter would write it. */
  private static final int LEVELS = 32;

  private static final String INDENT = "  ";
  private static final String EOL = "\n";

  private final SerializableString fieldValueSeparator;
  private final SerializableString[] entrySeparators;
  private final SerializableString[] valueSeparators;

  Printer() {
    indentObjectsWith(Lines.INSTANCE);
    indentArraysWith(Lines.INSTANCE);
    this.fieldValueSeparator = new SerializedString(_objectFieldValueSeparatorWithSpaces);
    this.entrySeparators = Lines.after(_objectEntrySeparator);
    this.valueSeparators = Lines.after(_arrayValueSeparator);
  }

  private Printer(Printer base) {
    super(base);
    this.fieldValueSeparator = base.fieldValueSeparator;
    this.entrySeparators = base.entrySeparators;
    this.valueSeparators = base.valueSeparators;
  }

  @Override
  public DefaultPrettyPrinter createInstance() {
    return new Printer(this);
  }

  /** How deep the value being written is nested. */
  int nesting() {
    return _nesting;
  }

  @Override
  public void writeObjectFieldValueSeparator(JsonGenerator g) throws IOException {
    g.writeRaw(fieldValueSeparator);
  }

  @Override
  public void writeObjectEntrySeparator(JsonGenerator g) throws IOException {
    separate(g, entrySeparators, _objectEntrySeparator);
  }

  @Override
  public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
    separate(g, valueSeparators, _arrayValueSeparator);
  }

  private void separate(JsonGenerator g, SerializableString[] separators, String separator) throws IOException {
    if (_nesting >= 0 && _nesting < LEVELS) {
      g.writeRaw(separators[_nesting]);
    } else {
      g.writeRaw(separator);
      Lines.INSTANCE.writeIndentation(g, _nesting);
    }
  }

  /** A line end and the indentation of a level, encoded once per level. */
  private static final class Lines implements DefaultPrettyPrinter.Indenter {

    static final Lines INSTANCE = new Lines();

    private final SerializableString[] lines = after("");

    /** {@code prefix}, a line end and the indentation of each level up to {@link #LEVELS}. */
    static SerializableString[] after(String prefix) {
      SerializableString[] lines = new SerializableString[LEVELS];
      for (int level = 0; level < LEVELS; level++) {
        lines[level] = new SerializedString(prefix + EOL + INDENT.repeat(level));
      }
      return lines;
    }

    @Override
    public void writeIndentation(JsonGenerator g, int level) throws IOException {
      if (level < 0) {
        g.writeRaw(EOL);
      } else if (level < LEVELS) {
        g.writeRaw(lines[level]);
      } else {
        g.writeRaw(lines[LEVELS - 1]);
        g.writeRaw(INDENT.repeat(level - LEVELS + 1));
      }
    }

    @Override
    public boolean isInline() {
      return false;
    }
  }
}
