package baton.serve;

import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Locale;

/**
 * Turns a request's path into the segments of a file path under the output folder, or refuses it. The path is
 * decoded exactly once, and refused rather than cleaned up when it holds anything a site's own links never do: a
 * {@code .} or {@code ..} segment (written plainly or percent-encoded), an encoded slash or backslash, a backslash,
 * a control character (NUL included), a colon, an empty segment ({@code //}), bytes that are not UTF-8, or more
 * than {@value #MAX_LENGTH} characters. Whatever is accepted can only name a place under the root; the file
 * handler still checks the resolved path and refuses symbolic links.
 */
final class RequestPath {

  static final int MAX_LENGTH = 2048;

  /** What {@link #parse} decided. */
  sealed interface Parsed permits Accepted, Refused {}

  /**
   * A path that may be looked up: its decoded segments (none for the root), and whether it named a folder (it ended
   * with a slash).
   */
  record Accepted(List<String> segments, boolean folder) implements Parsed {

    Accepted {
      segments = List.copyOf(segments);
    }

    /** {@code /__baton/...}: the server's own endpoints, which no site file can shadow. */
    boolean internal() {
      return !segments.isEmpty() && segments.get(0).equals(LiveReload.PREFIX);
    }
  }

  /** A path refused with an HTTP status and a short reason for the response body (it never echoes the path). */
  record Refused(int status, String reason) implements Parsed {}

  private RequestPath() {}

  static Parsed parse(URI uri) {
    if (uri.getScheme() == null && uri.getRawAuthority() != null) {
      return new Refused(400, "a request path may not start with //");
    }
    String raw = uri.getRawPath();
    if (raw == null || !raw.startsWith("/")) {
      return new Refused(400, "the request has no absolute path");
    }
    if (raw.length() > MAX_LENGTH) {
      return new Refused(414, "the path is longer than " + MAX_LENGTH + " characters");
    }
    String lower = raw.toLowerCase(Locale.ROOT);
    if (lower.contains("%2f") || lower.contains("%5c")) {
      return new Refused(400, "encoded slashes are not accepted in a path");
    }
    String path = decode(raw);
    if (path == null) {
      return new Refused(400, "the path is not valid percent-encoded UTF-8");
    }
    for (int i = 0; i < path.length(); i++) {
      char c = path.charAt(i);
      if (c < 0x20 || c == 0x7f || c == '\\' || c == ':') {
        return new Refused(400, "the path holds a character that no file of the site has");
      }
    }
    String rest = path.substring(1);
    boolean folder = rest.isEmpty() || rest.endsWith("/");
    if (folder && !rest.isEmpty()) {
      rest = rest.substring(0, rest.length() - 1);
    }
    List<String> segments = rest.isEmpty() ? List.of() : List.of(rest.split("/", -1));
    for (String segment : segments) {
      if (segment.isEmpty()) {
        return new Refused(400, "the path has an empty segment (//)");
      }
      if (segment.equals(".") || segment.equals("..")) {
        return new Refused(400, "the path has a . or .. segment");
      }
    }
    return new Accepted(segments, folder);
  }

  /** Percent-decodes once, strictly: a bad escape, a raw non-ASCII or space character, or bad UTF-8 gives null. */
  static String decode(String raw) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '%') {
        if (i + 2 >= raw.length()) {
          return null;
        }
        int hi = Character.digit(raw.charAt(i + 1), 16);
        int lo = Character.digit(raw.charAt(i + 2), 16);
        if (hi < 0 || lo < 0) {
          return null;
        }
        bytes.write(hi * 16 + lo);
        i += 2;
      } else if (c <= 0x20 || c >= 0x7f) {
        return null;
      } else {
        bytes.write(c);
      }
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes.toByteArray()))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }
}
