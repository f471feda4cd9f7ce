package baton.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import baton.content.ContentLoader;
import baton.content.Limits;
import baton.content.Loaded;
import baton.derive.Derived;
import baton.diag.Diagnostics;
import baton.hostile.GoodSite;
import baton.model.Site;
import baton.render.pages.SmallRace;
import baton.testing.TestSite;
import baton.validate.Validator;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The compiled built-in templates write exactly what Thymeleaf writes from the templates in {@code templates/}: every
 * output of each site below is rendered once through Thymeleaf alone and once with the compiled templates, and
 * compared byte for byte. On a difference the message names the page, the first line that differs and both
 * versions of it.
 */
class CompiledTemplatesTest {

  @TempDir Path dir;

  @Test
  void theExampleSite() {
    Path example = Path.of("").toAbsolutePath();
    if (!Files.isDirectory(example.resolve("content"))) {
      return; // run from elsewhere than the project folder
    }
    assertThat(pageTemplates(example).viaThymeleaf())
        .as("the example site's templates/ are copies of the built-in ones: none goes through Thymeleaf")
        .isEmpty();
    assertSameOutput(example);
  }

  @Test
  void theGoldenSmallRace() {
    assertSameOutput(SmallRace.write(dir, "en").root());
  }

  @Test
  void theSmallRaceInFrench() {
    assertSameOutput(SmallRace.write(dir, "fr").root());
  }

  @Test
  void theHostileTestsGoodSite() {
    assertSameOutput(GoodSite.writeTo(TestSite.in(dir)).root());
  }

  @Test
  void aSiteWithEveryOptionalField() {
    assertSameOutput(everyOptionalField(TestSite.in(dir)).root());
  }

  @Test
  void everyOptionalFieldInFrenchWithoutBaseUrlOrHtml() {
    TestSite site = everyOptionalField(TestSite.in(dir));
    site.file("content/site.yaml", "title: Course d'essai\nlanguage: fr\noffice: sg\n");
    assertSameOutput(site.root());
  }

  @Test
  void aSiteWithOnlyATitle() {
    assertSameOutput(TestSite.in(dir).file("content/site.yaml", TestSite.SITE_YAML).root());
  }

  @Test
  void aSiteWithoutAnOfficeARaceOrAnAsOfDate() {
    TestSite site =
        TestSite.in(dir)
            .file("content/site.yaml", "title: No race here\n")
            .file("content/countries/aa.yaml", "name: Aland\ncode: AA\n")
            .file(
                "content/countries/bb.yaml", "name: Borduria\ncode: BB\nmembership:\n  - from: 1990\n    to: 2001-06\n")
            .file("content/actors/ann.yaml", "name: Ann\nkind: person\ncountry: aa\nroles:\n  - title: Mayor\n")
            .file("content/actors/grp.md", "---\nname: The Group\nkind: group\n---\nA *group* of people.\n")
            .file("content/statements/s1.md", "---\ndate: 2023\nactor: ann\n---\n")
            .file("content/statements/s2.md", "---\ndate: 2023-05\nactor: grp\nquote: It's \"fine\".\n---\n")
            .file("content/events/e1.yaml", "date: 2023-05-02\ntitle: A meeting\n")
            .file("content/pages/about.md", "---\ntitle: About\n---\n");
    assertSameOutput(site.root());
  }

  @Test
  void anOfficeWithoutCandidatesOrACurrentHolder() {
    TestSite site =
        TestSite.in(dir)
            .file("content/site.yaml", "title: Holders only\nasOf: 2020\n")
            .file("content/actors/ann.yaml", "name: Ann\nkind: person\n")
            .file(
                "content/offices/chair.yaml",
                "name: Chair\nrule: unanimity\nholders:\n  - actor: ann\n    from: 2010\n    to: 2015-03\n"
                    + "    acting: true\n  - actor: ann\n    from: 2015-04\n    to: 2018\n    note: Again.\n");
    assertSameOutput(site.root());
  }

  @Test
  void aSiteBundleWithoutMostLabels() {
    TestSite site = SmallRace.write(dir, "en");
    site.file(
        "templates/i18n/messages.properties",
        "nav.home=Start\nentry.circa=ca.\nperiod.open={0} and on\nstance.supports=for\n");
    assertSameOutput(site.root());
    assertThat(site.root().resolve("templates/i18n")).isDirectory();
  }

  @Test
  void emptyTextsAndLabels() {
    TestSite site = SmallRace.write(dir, "en");
    site.file("content/site.yaml", "title: Small race\ndescription: \"\"\nasOf: 2024-06-30\n");
    site.file(
        "templates/i18n/messages_en.properties",
        "nav.label=\nentry.circa.title=\ntimeline.years=\nentry.circa=\nstance.none=\nsources.title=\n");
    assertSameOutput(site.root());
  }

  @Test
  void aFrenchSiteBundleOnTopOfTheBuiltInOnes() {
    TestSite site = SmallRace.write(dir, "fr");
    site.file("templates/i18n/messages_fr.properties", "nav.home=Départ\ncountries.title=Les pays\n");
    assertSameOutput(site.root());
  }

  // ---- the comparison ----

  private static void assertSameOutput(Path siteDir) {
    Diagnostics diagnostics = new Diagnostics();
    Loaded loaded = new ContentLoader(Limits.defaults()).load(siteDir, diagnostics);
    Site site = new Validator().validate(loaded.entries(), false, diagnostics).site().orElse(null);
    assertThat(diagnostics.hasErrors()).as("the site is valid: %s", diagnostics.sorted()).isFalse();
    Derived derived = Derived.of(site);
    TemplateSource templates = new TemplateSource(siteDir.resolve("templates"));
    List<OutputFile> thymeleaf = new Renderer(false).render(site, derived, templates);
    List<OutputFile> compiled = new Renderer(true).render(site, derived, templates);
    assertThat(compiled.stream().map(OutputFile::path)).containsExactlyElementsOf(
        thymeleaf.stream().map(OutputFile::path).toList());
    int pages = 0;
    for (int i = 0; i < thymeleaf.size(); i++) {
      assertSameBytes(thymeleaf.get(i), compiled.get(i));
      pages += thymeleaf.get(i).path().endsWith(".html") ? 1 : 0;
    }
    assertThat(pages).isGreaterThanOrEqualTo(5);
  }

  private static void assertSameBytes(OutputFile expected, OutputFile actual) {
    if (java.util.Arrays.equals(expected.bytes(), actual.bytes())) {
      return;
    }
    List<String> want = new String(expected.bytes(), StandardCharsets.UTF_8).lines().toList();
    List<String> got = new String(actual.bytes(), StandardCharsets.UTF_8).lines().toList();
    for (int line = 0; line < Math.max(want.size(), got.size()); line++) {
      String w = line < want.size() ? want.get(line) : "(end of file)";
      String g = line < got.size() ? got.get(line) : "(end of file)";
      if (!w.equals(g)) {
        fail("%s differs at line %d:%n  Thymeleaf: %s%n  compiled:  %s", expected.path(), line + 1, w, g);
      }
    }
    fail("%s differs in its line ends or final newline", expected.path());
  }

  private static PageTemplates pageTemplates(Path siteDir) {
    TemplateSource templates = new TemplateSource(siteDir.resolve("templates"));
    Messages messages = Messages.load(templates, "en");
    return new PageTemplates(templates, messages, new baton.model.Settings("t", null, "en", null, null, null, false,
        null), true);
  }

  // ---- sites ----

  /**
   * Every optional field of every entry, text that needs escaping wherever content reaches a page, and each branch
   * of the templates: a race by majority with a candidate who has it, one blocked and one open, an acting holder,
   * joint statements, withdrawn stances, conditions, speculations due and decided, approximate and worded dates,
   * sources with and without outlet, url, title and date, and events cancelled, expected, upcoming and past.
   */
  static TestSite everyOptionalField(TestSite site) {
    return site.file(
            "content/site.yaml",
            """
            title: "Race & <Co>: \\"the 'quoted' one\\""
            description: "A <b>race</b> & 'its' \\"story\\"."
            language: en
            baseUrl: https://example.org/a&b/race
            office: sg
            asOf: 2024-06-15
            allowHtml: true
            params:
              stylesheet: css/site.css
              favicon: img/icon.svg
              other: [1, 2]
            """)
        .file("content/countries/aa.md", "---\nname: Aland & <Co>\ncode: AA\nmembership:\n  - from: 1949\n---\nBody.\n")
        .file("content/countries/bb.yaml", "name: Borduria 'B'\ncode: BB\nmembership:\n  - from: 1949-04\n")
        .file(
            "content/countries/cc.yaml",
            "name: \"Carpania \\\"C\\\"\"\ncode: CC\nmembership:\n  - from: 1949\n    to: 1966\n  - from: 1990-10-03\n")
        .file("content/countries/dk.yaml", "name: Dorland\ncode: DK\nmembership:\n  - from: 2024-03\n")
        .file("content/countries/ee.yaml", "name: Estalia\ncode: EE\nmembership:\n  - from: 2024-09-01\n")
        .file("content/countries/zz.yaml", "name: Zubrowka\ncode: ZZ\nwikidata: Q1\n")
        .file(
            "content/actors/cand-a.md",
            """
            ---
            name: "Ada <A> O'Brien"
            kind: person
            country: aa
            aliases: [Ada]
            wikidata: Q42
            roles:
              - title: "Minister of <Things> & 'Stuff'"
                from: 2010
                to: 2014-05
                toCirca: true
              - title: Mayor
            ---
            Ada's <em>life</em> & <script>alert(1)</script> work.

            <div onclick="x()">raw</div>
            """)
        .file("content/actors/cand-b.yaml", "name: Bo Bravo\nkind: person\ncountry: bb\n")
        .file("content/actors/cand-c.yaml", "name: Cy Charlie\nkind: person\n")
        .file("content/actors/old.yaml", "name: Old Holder\nkind: person\ncountry: cc\n")
        .file("content/actors/interim.yaml", "name: Ian Interim\nkind: person\n")
        .file("content/actors/gov-a.yaml", "name: Government of Aland\nkind: government\ncountry: aa\n")
        .file("content/actors/gov-b.yaml", "name: Government of Borduria\nkind: government\ncountry: bb\n")
        .file("content/actors/gov-c.yaml", "name: Government of Carpania\nkind: government\ncountry: cc\n")
        .file("content/actors/gov-d.yaml", "name: Government of Dorland\nkind: government\ncountry: dk\n")
        .file("content/actors/anon.yaml", "name: an official\nkind: person\ncountry: bb\nanonymous: true\n")
        .file("content/actors/council.yaml", "name: The Council\nkind: organisation\n")
        .file("content/actors/wire.yaml", "name: \"The <Wire> & 'Co'\"\nkind: outlet\n")
        .file("content/actors/fans.yaml", "name: Fans\nkind: group\n")
        .file(
            "content/offices/sg.md",
            """
            ---
            name: "Secretary <General> & 'Co'"
            body: "The <Alliance>"
            rule: majority
            wikidata: Q2
            holders:
              - actor: old
                from: 2014-10-01
                fromCirca: true
                to: 2019-01
                endCause: "resigned <suddenly> & 'quietly'"
                note: "A note with \\"quotes\\" & <tags>."
              - actor: interim
                from: 2019-01
                to: 2019-03-01
                acting: true
              - actor: old
                from: 2019-03-01
            candidates: [cand-a, cand-b, cand-c]
            ---
            The post, with <u>raw</u> HTML & an [unsafe link](javascript:alert(1)).
            """)
        .file("content/offices/vacant.yaml", "name: Vacant\n")
        .file(
            "content/offices/deputy.yaml",
            "name: Deputy\nrule: two-thirds\nholders:\n  - actor: cand-c\n    from: 2001\n    to: 2003\n")
        .file(
            "content/statements/a-for-a.md",
            """
            ---
            date: 2024-02-22
            actor: gov-a
            candidate: cand-a
            stance: supports
            condition: "guarantees on <budget> & 'time'"
            quote: "We say \\"yes\\" to <script>alert('x')</script> & more."
            mentions: [cand-a, cand-b, wire]
            about: [summit, talks]
            source:
              - outlet: wire
                url: https://example.org/news?a=1&b=it's
                title: "Aland says \\"yes\\" & 'more'"
                date: 2024-02-22
              - outlet: Daily <Planet>
              - outlet: Daily Planet
                title: A title only
              - url: https://example.org/url-only
              - url: https://example.org/with-title
                title: Title <b>bold</b>
                date: 2024-02
              - outlet: wire
                date: 2024
            ---
            Aland's **government** said <b>yes</b>.
            """)
        .file(
            "content/statements/b-against-a.yaml",
            "date: 2024-03-01\ndateCirca: true\nactor: gov-b\ncandidate: cand-a\nstance: opposes\n")
        .file(
            "content/statements/joint.md",
            "---\ndate: 2024-04\nactor: council\ncountries: members\ncandidate: cand-b\nstance: supports\n---\n")
        .file(
            "content/statements/c-d-for-c.yaml",
            "date: 2024-04-02\ndisplayDate: \"early <April> & 'so'\"\nactor: gov-c\ncountries: [cc, dk]\n"
                + "candidate: cand-c\nstance: no-objection\n")
        .file(
            "content/statements/c-undecided.yaml",
            "date: 2024-04-03\nactor: gov-c\ncandidate: cand-a\nstance: undecided\n")
        .file(
            "content/statements/b-withdraws.yaml",
            "date: 2024-05-05\nactor: anon\ncandidate: cand-a\nstance: withdraws\ncondition: none\n")
        .file(
            "content/statements/forecast-missed.md",
            """
            ---
            date: 2024-01-10
            actor: fans
            kind: speculation
            due: 2024-02-01
            outcome: missed
            quote: It will happen.
            about: [summit]
            ---
            """)
        .file(
            "content/statements/forecast-pending.md",
            "---\ndate: 2024\nactor: fans\nkind: speculation\ndue: 2024-12\n---\nA forecast of <i>things</i>.\n")
        .file(
            "content/statements/forecast-met.yaml",
            "date: 2024-05\nactor: fans\nkind: speculation\ndue: 2024-06-01\noutcome: met\nmentions: [cand-c]\n")
        .file(
            "content/statements/report.md",
            "---\ndate: 2024-05-20\nactor: wire\nkind: report\ncountry: aa\n---\n" + "word ".repeat(40) + "\n")
        .file("content/statements/bare.yaml", "date: 2024-06-01\nactor: cand-c\n")
        .file("content/statements/forecast-undated.yaml", "date: 2024-06-02\nactor: fans\nkind: speculation\n")
        .file(
            "content/events/summit.md",
            """
            ---
            date: 2024-07-09
            title: "The <summit> & 'talks'"
            kind: meeting
            status: expected
            actors: [council, cand-a]
            countries: [aa, bb]
            source:
              - outlet: wire
                url: https://example.org/summit
            ---
            The summit, **expected**.
            """)
        .file(
            "content/events/talks.yaml",
            "date: 2024-03-15\ndateCirca: true\ntitle: Talks\nkind: other\nstatus: cancelled\ncountries: [cc]\n")
        .file("content/events/later.yaml", "date: 2024-08\ntitle: Later\nkind: deadline\nactors: [gov-d]\n")
        .file(
            "content/events/vote.yaml", "date: 2024-06-15\ndisplayDate: the vote day\ntitle: Vote\nkind: appointment\n")
        .file(
            "content/events/planned.yaml",
            "date: 2024-06-20\ntitle: Planned\nkind: candidacy\nstatus: scheduled\nactors: [cand-b]\n")
        .file(
            "content/pages/about.md",
            "---\ntitle: \"About <us> & 'them'\"\n---\nWe <mark>count</mark>.\n\n| a | b |\n|---|---|\n| 1 | 2 |\n")
        .file("content/pages/empty.md", "---\ntitle: Empty\n---\n");
  }
}
