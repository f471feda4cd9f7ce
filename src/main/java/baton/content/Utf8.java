package baton.content;

import baton.diag.Diagnostic;
import baton.diag.SourcePos;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Strict UTF-8 decoding. Java's usual decoding quietly turns a bad byte into U+FFFD, so a file saved as Latin-1 would
 * be published with garbled names; here a bad byte is an error at the line and column where it occurs. A leading
 * byte-order mark is dropped: editors on Windows add one, and it is not part of the text.
 */
final class Utf8 {

  private Utf8() {}

  /**
   * The decoded text, and the error when the bytes are not UTF-8. The text is then decoded leniently all the same, so
   * that the error can be printed with its line (the bad byte shown as U+FFFD).
   */
  record Decoded(String text, Diagnostic error) {
    boolean ok() {
      return error == null;
    }
  }

  static Decoded decode(byte[] bytes, String file) {
    int start = hasBom(bytes) ? 3 : 0;
    // The usual decoding is several times quicker, and agrees with the strict one on every valid file: it replaces
    // exactly the bytes the strict one refuses. Text without U+FFFD had none; text with it (written in the file, or
    // put there for a bad byte) is decoded strictly to tell which.
    String quick = new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
    if (quick.indexOf('\uFFFD') < 0) {
      return new Decoded(quick, null);
    }
    ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
    // A UTF-8 sequence of n bytes never decodes to more than n chars.
    CharBuffer out = CharBuffer.allocate(bytes.length - start);
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    out.flip();
    if (!result.isError()) {
      return new Decoded(out.toString(), null);
    }
    // The decoder stops at the first bad byte, so what it wrote is the valid prefix.
    SourcePos pos = TextPositions.at(file, out, out.length());
    String lenient = new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
    String message = "invalid UTF-8";
    String hint = String.format(Locale.ROOT, "byte 0x%02X is not part of a valid character; save the file as UTF-8",
        bytes[in.position()] & 0xFF);
    return new Decoded(lenient, Diagnostic.error(pos, message, hint));
  }

  private static boolean hasBom(byte[] bytes) {
    return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF;
  }
}
