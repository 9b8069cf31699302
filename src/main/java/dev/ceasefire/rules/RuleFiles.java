package dev.ceasefire.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The rule files of one rule set, read from a folder (the analysts' {@code rules/}) or from the copy inside the
 * jar: DRL files, catalogue files ({@code *.yaml} beside them) and {@code parameters.yaml}.
 */
public record RuleFiles(String origin, SortedMap<String, byte[]> files) {

  /** Where the jar keeps its copy of {@code rules/}. */
  static final String BUNDLED = "ceasefire-rules";

  public static RuleFiles fromDirectory(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new RulesException(dir + ": no such rules folder");
    }
    SortedMap<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> list = Files.list(dir)) {
      for (Path p : list.sorted().toList()) {
        String name = p.getFileName().toString();
        if (Files.isRegularFile(p) && (name.endsWith(".drl") || name.endsWith(".yaml"))) {
          files.put("rules/" + name, Files.readAllBytes(p));
        }
      }
    } catch (IOException e) {
      throw new RulesException(dir + ": cannot read the rules folder: " + e.getMessage());
    }
    return new RuleFiles(dir.toString(), files);
  }

  /** The copy of {@code rules/} the build put inside the jar (or into target/classes). */
  public static RuleFiles bundled() {
    URL marker = RuleFiles.class.getClassLoader().getResource(BUNDLED + "/parameters.yaml");
    if (marker == null) {
      throw new RulesException("no rules inside the jar and no rules folder: pass --rules DIR");
    }
    try {
      URI uri = marker.toURI();
      if ("jar".equals(uri.getScheme())) {
        FileSystem fs;
        try {
          fs = FileSystems.getFileSystem(uri);
        } catch (FileSystemNotFoundException e) {
          fs = FileSystems.newFileSystem(uri, Map.of());
        }
        RuleFiles files = fromDirectory(fs.provider().getPath(uri).getParent());
        return new RuleFiles("bundled", files.files());
      }
      return new RuleFiles("bundled", fromDirectory(Path.of(uri).getParent()).files());
    } catch (URISyntaxException | IOException e) {
      throw new UncheckedIOException(new IOException("cannot read the bundled rules: " + e.getMessage(), e));
    }
  }

  /**
   * A file's name as the user knows it, for messages: {@code rules/x.drl} is the key inside a rule set, but a folder
   * given with {@code --rules /tmp/x} holds it as {@code /tmp/x/x.drl}. The bundled rules keep {@code rules/x.drl}.
   */
  public String shown(String name) {
    if ("bundled".equals(origin) || !name.startsWith("rules/")) {
      return name;
    }
    return Path.of(origin).resolve(name.substring("rules/".length())).toString();
  }

  /** The same problems with every file named as {@link #shown} names it (a message starts with the file's key). */
  RulesException located(RulesException e) {
    if ("bundled".equals(origin)) {
      return e;
    }
    return new RulesException(e.messages().stream()
        .map(m -> m.startsWith("rules/") ? shown(m.substring(0, nameEnd(m))) + m.substring(nameEnd(m)) : m)
        .toList());
  }

  private static int nameEnd(String message) {
    int colon = message.indexOf(':');
    return colon < 0 ? message.length() : colon;
  }

  /** {@code sha256:<hex>} over every file's name and bytes, in name order. */
  public String digest() {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      for (Map.Entry<String, byte[]> e : files.entrySet()) {
        sha.update(e.getKey().getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
        sha.update(e.getValue());
        sha.update((byte) 0);
      }
      return "sha256:" + HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  SortedMap<String, byte[]> matching(String suffix) {
    SortedMap<String, byte[]> out = new TreeMap<>();
    files.forEach((name, bytes) -> {
      if (name.endsWith(suffix)) {
        out.put(name, bytes);
      }
    });
    return out;
  }
}
