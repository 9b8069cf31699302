package dev.ceasefire.cli;

import dev.ceasefire.model.Scenario;
import dev.ceasefire.scenario.ScenarioException;
import dev.ceasefire.scenario.ScenarioReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Expands the files and folders named on the command line into scenario files, in a stable order, and reads
 * them: {@code -} is standard input; a folder that is missing or holds no scenario file, a symbolic link that
 * loops, and two files of one id are errors, not silently passed over.
 */
final class Scenarios {

  /** The name standing for standard input. */
  static final Path STDIN = Path.of("-");

  private Scenarios() {}

  static List<Path> expand(List<Path> args) {
    List<Path> files = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (Path arg : args) {
      if (arg.equals(STDIN)) {
        files.add(arg);
      } else if (Files.isDirectory(arg)) {
        List<Path> found = walk(arg, problems);
        if (found.isEmpty() && problems.isEmpty()) {
          problems.add(arg + ": no scenario files (*.yaml, *.yml, *.json) in this folder");
        }
        files.addAll(found);
      } else if (Files.isRegularFile(arg)) {
        files.add(arg);
      } else {
        problems.add(arg + ": no such file or folder" + closestSibling(arg).map(p -> " (did you mean " + p + "?)")
            .orElse(""));
      }
    }
    if (!problems.isEmpty()) {
      throw new UserException(String.join(System.lineSeparator(), problems));
    }
    return files;
  }

  private static List<Path> walk(Path folder, List<String> problems) {
    List<Path> found = new ArrayList<>();
    try {
      Files.walkFileTree(folder, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
              if (attrs.isRegularFile() && isScenarioFile(file)) {
                found.add(file);
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
              problems.add(file + ": " + (e instanceof FileSystemLoopException
                  ? "a symbolic link that loops back into the folder above it"
                  : "cannot read: " + e.getMessage()));
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      problems.add(folder + ": cannot read the folder: " + e.getMessage());
    }
    found.sort(null);
    return found;
  }

  /** A file or folder beside a missing one whose name is one or two edits away: a typo'd folder name. */
  static java.util.Optional<Path> closestSibling(Path missing) {
    Path name = missing.getFileName();
    Path parent = missing.toAbsolutePath().getParent();
    if (name == null || parent == null || !Files.isDirectory(parent)) {
      return java.util.Optional.empty();
    }
    String written = name.toString();
    int limit = written.length() <= 4 ? 1 : 2;
    var distance = org.apache.commons.text.similarity.LevenshteinDistance.getDefaultInstance();
    try (var siblings = Files.list(parent)) {
      return siblings.map(p -> p.getFileName().toString())
          .filter(sibling -> distance.apply(written.toLowerCase(java.util.Locale.ROOT),
              sibling.toLowerCase(java.util.Locale.ROOT)) <= limit)
          .min(java.util.Comparator.<String>comparingInt(sibling -> distance.apply(written, sibling))
              .thenComparing(java.util.Comparator.naturalOrder()))
          .map(sibling -> missing.getParent() == null ? Path.of(sibling) : missing.getParent().resolve(sibling));
    } catch (IOException e) {
      return java.util.Optional.empty();
    }
  }

  static boolean isScenarioFile(Path p) {
    String name = p.getFileName().toString();
    return name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json");
  }

  /** Standard input as read by {@link #read}, and the stream it came from: a second read gives the same bytes. */
  private static InputStream stdinRead;
  private static byte[] stdinContent;

  /**
   * Reads one file, or standard input for {@code -} (JSON if it starts with '{', else YAML). Standard input is
   * read once; reading {@code -} again (to check its {@code expect:} ids once the rules are loaded) reads the same
   * bytes again.
   */
  static Scenario read(ScenarioReader reader, Path file) throws ScenarioException {
    if (!file.equals(STDIN)) {
      return reader.read(file);
    }
    byte[] content = stdin();
    String start = new String(content, 0, Math.min(content.length, 64), java.nio.charset.StandardCharsets.UTF_8)
        .stripLeading();
    return reader.read(content, "<stdin>", start.startsWith("{"));
  }

  private static synchronized byte[] stdin() {
    InputStream in = System.in;
    if (in != stdinRead || stdinContent == null) {
      try {
        stdinContent = in.readNBytes(ScenarioReader.MAX_BYTES + 1);
        stdinRead = in;
      } catch (IOException e) {
        throw new UserException("-: cannot read standard input: " + e.getMessage());
      }
    }
    return stdinContent;
  }

  /** Two files that give the same scenario id: a server or a report would keep one of them only. */
  static List<String> duplicateIds(List<Path> files, List<Scenario> scenarios) {
    Map<String, Path> first = new LinkedHashMap<>();
    List<String> problems = new ArrayList<>();
    for (int i = 0; i < scenarios.size(); i++) {
      Path earlier = first.putIfAbsent(scenarios.get(i).id(), files.get(i));
      if (earlier != null) {
        problems.add(files.get(i) + ": id '" + scenarios.get(i).id() + "' is already the id of " + earlier
            + " (each scenario needs an id of its own)");
      }
    }
    return problems;
  }

  /** All problems of several files as one message, one line each. */
  static String join(List<ScenarioException> errors) {
    return String.join(System.lineSeparator(), errors.stream().map(ScenarioException::getMessage).toList());
  }
}
