package dev.ceasefire.cli;

import dev.ceasefire.model.Mode;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Accepts {@code all-positions} / {@code as-of} as well as the enum names. */
final class ModeConverter implements ITypeConverter<Mode> {

  @Override
  public Mode convert(String value) {
    String key = value.strip().toUpperCase(Locale.ROOT).replace('-', '_');
    try {
      return Mode.valueOf(key);
    } catch (IllegalArgumentException e) {
      throw new TypeConversionException("'" + value + "' is not a mode (expected all-positions or as-of)");
    }
  }
}
