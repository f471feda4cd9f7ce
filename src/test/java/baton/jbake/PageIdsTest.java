package baton.jbake;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PageIdsTest {

  @Test
  void fileNamesBecomeValidIds() {
    assertThat(PageIds.fromName("first-post")).isEqualTo("first-post");
    assertThat(PageIds.fromName("Third Post")).isEqualTo("third-post");
    assertThat(PageIds.fromName("2013_07_24__Déjà vu!")).isEqualTo("2013-07-24-deja-vu");
    assertThat(PageIds.fromName("---")).isEqualTo("page");
    assertThat(PageIds.fromName("CON")).isEqualTo("con-page");
    assertThat(PageIds.fromName("a".repeat(79) + "-b")).isEqualTo("a".repeat(79));
  }

  @Test
  void numberedIdsStayValid() {
    assertThat(PageIds.numbered("about", 2)).isEqualTo("about-2");
    String longest = "a".repeat(80);
    assertThat(PageIds.numbered(longest, 12)).hasSize(80).endsWith("-12");
    assertThat(PageIds.isValid(PageIds.numbered(longest, 12))).isTrue();
  }
}
