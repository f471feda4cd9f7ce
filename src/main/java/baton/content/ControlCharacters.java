package baton.content;

import java.util.Locale;

/**
 * The characters content text may not hold: the C0 controls but tab, line feed and carriage return, DEL, the C1
 * controls, and halves of surrogate pairs. None has a place in the HTML, XML and JSON a build writes, and ESC or
 * CSI in a message would drive the terminal that prints it.
 */
final class ControlCharacters {

  private ControlCharacters() {}

  /** The index of the first such character, or -1. */
  static int first(String text) {
    // Read from an array: String.charAt costs a call per character before the optimising compiler inlines it, and a
    // build reads every body through here once.
    char[] chars = text.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      char c = chars[i];
      if (c >= 0x20 && c < 0x7F) {
        continue;
      }
      if (Character.isHighSurrogate(c) && i + 1 < chars.length && Character.isLowSurrogate(chars[i + 1])) {
        i++;
      } else if (isRefused(c)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Whether UTF-8 text decoded strictly from these bytes is free of such characters: no byte below 0x20 but tab, line
   * feed and carriage return, no DEL, and no C1 control (0xC2 followed by 0x80 to 0x9F). A surrogate cannot be
   * decoded from strict UTF-8 at all. Cheaper than {@link #first} on the decoded text, and true of nearly every file.
   */
  static boolean noneIn(byte[] utf8) {
    int n = utf8.length;
    for (int i = 0; i < n; i++) {
      byte b = utf8[i];
      if (b >= 0x20) {
        if (b == 0x7F) {
          return false;
        }
      } else if (b >= 0) {
        if (b != '\t' && b != '\n' && b != '\r') {
          return false;
        }
      } else if (b == (byte) 0xC2 && i + 1 < n && utf8[i + 1] >= (byte) 0x80 && utf8[i + 1] <= (byte) 0x9F) {
        return false;
      }
    }
    return true;
  }

  private static boolean isRefused(char c) {
    return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F) || Character.isSurrogate(c);
  }

  /** "U+001B", for messages. */
  static String name(CharSequence text, int index) {
    return String.format(Locale.ROOT, "U+%04X", (int) text.charAt(index));
  }
}
