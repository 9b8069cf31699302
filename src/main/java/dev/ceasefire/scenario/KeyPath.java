package dev.ceasefire.scenario;

/**
 * Where a value sits in the document, built up while walking it: map keys as written, joined by dots, list
 * items as {@code [i]}. Converts to a JSON pointer for HTTP problem details.
 */
final class KeyPath {

  static final KeyPath ROOT = new KeyPath(null, null, -1);

  private final KeyPath parent;
  private final String key;
  private final int index;

  private KeyPath(KeyPath parent, String key, int index) {
    this.parent = parent;
    this.key = key;
    this.index = index;
  }

  KeyPath key(String name) {
    return new KeyPath(this, name, -1);
  }

  KeyPath index(int i) {
    return new KeyPath(this, null, i);
  }

  @Override
  public String toString() {
    if (parent == null) {
      return "";
    }
    String head = parent.toString();
    if (key == null) {
      return head + "[" + index + "]";
    }
    return head.isEmpty() ? key : head + "." + key;
  }

  /**
   * The JSON pointer of a dotted path. A key that itself contains a dot or a bracket cannot be told apart from
   * nesting; scenario keys never do, so the pointer is exact for every path this package reports.
   */
  static String toPointer(String path) {
    if (path == null || path.isEmpty()) {
      return "";
    }
    StringBuilder pointer = new StringBuilder();
    StringBuilder segment = new StringBuilder();
    int i = 0;
    while (i < path.length()) {
      char c = path.charAt(i);
      if (c == '.') {
        flush(pointer, segment);
        i++;
      } else if (c == '[' && path.indexOf(']', i) > i) {
        int end = path.indexOf(']', i);
        String inside = path.substring(i + 1, end);
        if (inside.chars().allMatch(Character::isDigit) && !inside.isEmpty()) {
          flush(pointer, segment);
          pointer.append('/').append(inside);
          i = end + 1;
        } else {
          segment.append(c);
          i++;
        }
      } else {
        segment.append(c);
        i++;
      }
    }
    flush(pointer, segment);
    return pointer.toString();
  }

  private static void flush(StringBuilder pointer, StringBuilder segment) {
    if (segment.length() > 0) {
      pointer.append('/').append(segment.toString().replace("~", "~0").replace("/", "~1"));
      segment.setLength(0);
    }
  }
}
