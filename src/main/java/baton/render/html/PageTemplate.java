package baton.render.html;

import baton.render.PageData;

/** {@code templates/page.html}: a free page. */
final class PageTemplate {

  private PageTemplate() {}

  static void main(Html h, PageData.FreePage page) {
    h.raw("\n  <h1 dir=\"auto\">").text(h.frame().title()).raw("</h1>\n  <div class=\"prose\">").html(page.bodyHtml());
    h.raw("</div>\n");
  }
}
