package dev.ceasefire.cli;

import dev.ceasefire.scenario.ScenarioException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Expands the files and folders named on the command line into scenario files, in a stable order. */
final class Scenarios {

  private Scenarios() {}

  static List<Path> expand(List<Path> args) {
    List<Path> files = new ArrayList<>();
    for (Path arg : args) {
      if (Files.isDirectory(arg)) {
        try (Stream<Path> walk = Files.walk(arg)) {
          walk.filter(Files::isRegularFile).filter(Scenarios::isScenarioFile).sorted().forEach(files::add);
        } catch (IOException e) {
          throw new UserException(arg + ": cannot read the folder: " + e.getMessage());
        }
      } else if (Files.isRegularFile(arg)) {
        files.add(arg);
      } else {
        throw new UserException(arg + ": no such file or folder");
      }
    }
    return files;
  }

  static boolean isScenarioFile(Path p) {
    String name = p.getFileName().toString();
    return name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json");
  }

  /** All problems of several files as one message, one line each. */
  static String join(List<ScenarioException> errors) {
    return String.join(System.lineSeparator(), errors.stream().map(ScenarioException::getMessage).toList());
  }
}
