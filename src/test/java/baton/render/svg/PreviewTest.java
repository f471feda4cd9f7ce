package baton.render.svg;

import static org.assertj.core.api.Assertions.assertThat;

import baton.model.Rule;
import baton.render.Messages;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Writes the sample pictures into minimal HTML pages under {@code target/svg-preview/} for a person to look at in a
 * browser, in English and French, once at a column's width and once next to each other on one page (which also
 * shows that their ids do not clash).
 */
class PreviewTest {

  private static final Path OUT = Path.of("target", "svg-preview");

  @Test
  void writesThePicturesIntoPagesForAPersonToLookAt() throws IOException {
    for (String lang : List.of("en", "fr")) {
      Messages m = "en".equals(lang) ? Samples.english() : Samples.french();
      String tenure = TenureStrip.render(Samples.nato(), Samples.natoNames(), Samples.AS_OF, m, "tenure");
      String support = SupportChart.render("Mark Rutte", Rule.CONSENSUS, Samples.rutteSeries(),
          LocalDate.of(2024, 2, 21), Samples.AS_OF, m, "support");
      String majority = SupportChart.render("Mark Rutte", Rule.MAJORITY, Samples.rutteSeries(),
          LocalDate.of(2024, 1, 1), Samples.AS_OF, m, "majority");
      String tiles = MemberTiles.render("Mark Rutte", Samples.rutteTiles(), m, "tiles");
      String linked = MemberTiles.render("Mark Rutte",
          MemberTiles.tiles(Samples.rutteByCountry(), Samples.natoCountries(), id -> "../countries/" + id + "/"),
          m, "linked");

      write("tenure-" + lang + ".html", lang, tenure);
      write("support-" + lang + ".html", lang, support);
      write("tiles-" + lang + ".html", lang, tiles);
      write("all-" + lang + ".html", lang, tenure, support, majority, tiles, linked);
      assertThat(OUT.resolve("all-" + lang + ".html")).exists();
    }
  }

  private static void write(String name, String lang, String... pictures) throws IOException {
    StringBuilder page = new StringBuilder();
    page.append("<!DOCTYPE html>\n<html lang=\"").append(lang).append("\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>Baton pictures: ").append(name).append("</title>\n")
        .append("<style>body{font-family:system-ui,sans-serif;max-width:46rem;margin:1rem auto;padding:0 1rem}")
        .append("figure{margin:0 0 2rem}</style>\n</head>\n<body>\n");
    for (String picture : pictures) {
      page.append("<figure>\n").append(picture).append("</figure>\n");
    }
    page.append("</body>\n</html>\n");
    Files.createDirectories(OUT);
    Files.writeString(OUT.resolve(name), page, StandardCharsets.UTF_8);
  }
}
