package baton.render.markdown;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.CustomNode;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.jsoup.Jsoup;

/**
 * The words of a parsed Markdown body as plain text, for feeds and calendars: blocks separated by a blank line (the
 * items of a list and the rows of a table by a line break), list items marked {@code - } or {@code 1. }, links as
 * their text, images as their alt text, code as its text. Raw HTML tags are left out; the text of an HTML block is
 * kept. One instance per rendering.
 */
final class PlainText extends AbstractVisitor {

  /** A finished block and whether it joins the one before with a single line break. */
  private record Block(String text, boolean tight) {}

  private final List<Block> blocks = new ArrayList<>();
  private final StringBuilder current = new StringBuilder();
  private String itemMarker;
  private int listDepth;
  /** Set at the start of a list or table: its first block is not tight with the block before it. */
  private boolean groupStarts;

  static String of(Node document) {
    PlainText text = new PlainText();
    document.accept(text);
    return text.joined();
  }

  private String joined() {
    StringBuilder out = new StringBuilder();
    for (Block b : blocks) {
      if (out.length() > 0) {
        out.append(b.tight() ? "\n" : "\n\n");
      }
      out.append(b.text());
    }
    return out.toString();
  }

  private void finishBlock(boolean tight) {
    String text = current.toString().strip();
    current.setLength(0);
    if (!text.isEmpty()) {
      blocks.add(new Block(text, tight && !groupStarts));
      groupStarts = false;
    }
  }

  private void leafBlock(Node block) {
    if (itemMarker != null) {
      current.append(itemMarker);
      itemMarker = null;
    }
    visitChildren(block);
    finishBlock(listDepth > 0);
  }

  @Override
  public void visit(Paragraph paragraph) {
    leafBlock(paragraph);
  }

  @Override
  public void visit(Heading heading) {
    leafBlock(heading);
  }

  @Override
  public void visit(BulletList list) {
    groupStarts |= listDepth == 0;
    listDepth++;
    for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
      itemMarker = "- ";
      item.accept(this);
    }
    listDepth--;
    itemMarker = null;
  }

  @Override
  public void visit(OrderedList list) {
    groupStarts |= listDepth == 0;
    listDepth++;
    Integer start = list.getMarkerStartNumber();
    int number = start == null ? 1 : start;
    for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
      itemMarker = number++ + ". ";
      item.accept(this);
    }
    listDepth--;
    itemMarker = null;
  }

  @Override
  public void visit(ListItem item) {
    visitChildren(item);
  }

  @Override
  public void visit(FencedCodeBlock code) {
    current.append(code.getLiteral());
    finishBlock(false);
  }

  @Override
  public void visit(IndentedCodeBlock code) {
    current.append(code.getLiteral());
    finishBlock(false);
  }

  @Override
  public void visit(HtmlBlock html) {
    current.append(Jsoup.parseBodyFragment(html.getLiteral()).text());
    finishBlock(false);
  }

  @Override
  public void visit(HtmlInline html) {
    // a tag or a comment: no words of its own
  }

  @Override
  public void visit(Text text) {
    current.append(text.getLiteral());
  }

  @Override
  public void visit(Code code) {
    current.append(code.getLiteral());
  }

  @Override
  public void visit(SoftLineBreak lineBreak) {
    current.append(' ');
  }

  @Override
  public void visit(HardLineBreak lineBreak) {
    current.append('\n');
  }

  @Override
  public void visit(CustomBlock block) {
    groupStarts = true;
    visitChildren(block);
    finishBlock(false);
  }

  @Override
  public void visit(CustomNode node) {
    if (node instanceof TableRow) {
      visitChildren(node);
      finishBlock(true);
    } else if (node instanceof TableCell) {
      if (node.getPrevious() != null) {
        current.append(" | ");
      }
      visitChildren(node);
    } else {
      visitChildren(node);
    }
  }
}
