package baton.content;

import baton.diag.SourcePos;

/**
 * A scalar exactly as written: {@code NO} stays "NO", {@code 2024} stays "2024", {@code 012} stays "012". The text
 * is null for a YAML null ({@code ~}, {@code null} or nothing after the colon); {@code quoted} tells whether it was
 * written in quotes.
 */
public record Scalar(String text, boolean quoted, SourcePos pos) implements Node {

  public boolean isNull() {
    return text == null;
  }

  @Override
  public String describe() {
    return "a text";
  }
}
