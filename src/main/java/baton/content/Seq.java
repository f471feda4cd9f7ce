package baton.content;

import baton.diag.SourcePos;
import java.util.List;

/** A YAML sequence. */
public record Seq(List<Node> items, SourcePos pos) implements Node {

  public Seq {
    items = List.copyOf(items);
  }

  @Override
  public String describe() {
    return "a list";
  }
}
