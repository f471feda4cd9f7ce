package baton.render.markdown;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.PostProcessor;

/**
 * Turns every link and image whose URL {@link UrlPolicy} refuses into plain text, on the syntax tree: a link is
 * replaced by its content (its text stays, formatting included), an image by its alt text. Registered after the
 * extensions' post-processors, so that autolinks are checked too. Stateless: one instance serves every thread.
 */
final class UnsafeLinks implements PostProcessor {

  @Override
  public Node process(Node document) {
    document.accept(new Visitor());
    return document;
  }

  private static final class Visitor extends AbstractVisitor {

    @Override
    public void visit(Link link) {
      // Children first: a safe link may hold an unsafe image, and the children move out below.
      visitChildren(link);
      if (!UrlPolicy.allows(link.getDestination())) {
        Node child = link.getFirstChild();
        while (child != null) {
          Node next = child.getNext();
          link.insertBefore(child);
          child = next;
        }
        link.unlink();
      }
    }

    @Override
    public void visit(Image image) {
      if (!UrlPolicy.allows(image.getDestination())) {
        String alt = AltText.of(image);
        if (!alt.isEmpty()) {
          image.insertBefore(new Text(alt));
        }
        image.unlink();
      } else {
        visitChildren(image);
      }
    }
  }

  /** The alt text of an image as the HTML renderer writes it: the text of its content, without formatting. */
  private static final class AltText extends AbstractVisitor {

    private final StringBuilder text = new StringBuilder();

    static String of(Image image) {
      AltText alt = new AltText();
      alt.visitChildren(image);
      return alt.text.toString();
    }

    @Override
    public void visit(Text node) {
      text.append(node.getLiteral());
    }

    @Override
    public void visit(Code node) {
      text.append(node.getLiteral());
    }

    @Override
    public void visit(SoftLineBreak node) {
      text.append(' ');
    }

    @Override
    public void visit(HardLineBreak node) {
      text.append(' ');
    }
  }
}
