package baton.render.html;

/** {@code templates/404.html}: the page servers show for a missing address. */
final class NotFoundTemplate {

  private NotFoundTemplate() {}

  static void main(Html h) {
    h.raw("\n  <h1>").label("notfound.title").raw("</h1>\n  <p>").label("notfound.text").raw("</p>\n");
    h.raw("  <p><a href=\"").href("index.html").raw("\">").label("notfound.home").raw("</a></p>\n");
  }
}
