package baton.validate;

import static org.assertj.core.api.Assertions.assertThat;

import baton.testing.TestSite;
import baton.testing.TestSite.Run;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Golden errors: for each class of content problem, the exact message and the position of the offending value, as
 * `check` prints them. Each scenario starts from a small valid site and breaks one thing.
 */
class ValidationErrorsTest {

  @TempDir Path dir;
  TestSite site;

  @BeforeEach
  void validSite() {
    site =
        TestSite.in(dir)
            .file("content/site.yaml", TestSite.SITE_YAML)
            .file("content/countries/nl.yaml", "name: Netherlands\ncode: NL\nmembership:\n  - from: 1949-08-24\n")
            .file("content/countries/gb.yaml", "name: United Kingdom\ncode: GB\nmembership:\n  - from: 1949-08-24\n")
            .file("content/actors/mark-rutte.yaml", "name: Mark Rutte\nkind: person\ncountry: nl\n")
            .file("content/actors/uk-foreign-office.yaml", "name: UK Foreign Office\nkind: government\ncountry: gb\n")
            .file("content/actors/reuters.yaml", "name: Reuters\nkind: outlet\n")
            .file(
                "content/offices/nato-sg.yaml",
                """
                name: Secretary General of NATO
                body: NATO
                candidates: [mark-rutte]
                """);
  }

  /** Actors of these ids, persons named by their id in upper case. */
  private void addPeople(String... ids) {
    for (String id : ids) {
      site.file("content/actors/" + id + ".yaml", "name: " + id.toUpperCase(java.util.Locale.ROOT) + "\nkind: person\n");
    }
  }

  private Run checkWith(String path, String text) {
    return site.file(path, text).check();
  }

  @Test
  void theValidSiteHasNoErrors() {
    Run run = site.check();
    assertThat(run.err()).isEmpty();
    assertThat(run.status()).isZero();
  }

  @Test
  void idsThatDifferOnlyInCaseAreToldSoEvenBeyondAscii() {
    Run run = site.file("content/actors/café.yaml", "name: Café\nkind: outlet\n")
        .file("content/actors/Café.yaml", "name: Café again\nkind: outlet\n")
        .check();
    assertThat(run.diagnostics()).containsExactly(
        "content/actors/Café.yaml:1:1: id 'Café' differs from 'café' only in case (Windows and macOS see one file where"
            + " there are two, and ids are lower case: merge this file into content/actors/café.yaml and delete it)",
        "content/actors/café.yaml:1:1: invalid id 'café': 'é' (U+00E9) is not one of a-z (ids use only the letters"
            + " a-z, the digits 0-9 and hyphens, and a letter of another alphabet can look the same: type the file"
            + " name again)");
  }

  @Test
  void unknownActorAsInSpec() {
    Run run =
        checkWith(
            "content/statements/uk-backs-rutte.md",
            """
            ---
            date: 2024-02-22
            country: gb
            actor: mark-rute
            ---
            """);
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.diagnostics())
        .containsExactly(
            "content/statements/uk-backs-rutte.md:4:8: unknown actor 'mark-rute' (did you mean 'mark-rutte'?)");
  }

  @Test
  void terminalShowsTheSourceLineAndACaret() {
    Run run =
        checkWith("content/statements/s.md", "---\ndate: 2024-02-22\nactor: mark-rute\n---\n");
    assertThat(run.err())
        .contains(
            "content/statements/s.md:3:8: unknown actor 'mark-rute' (did you mean 'mark-rutte'?)\n"
                + "    actor: mark-rute\n"
                + "           ^\n")
        .endsWith("1 error, 0 warnings: nothing written\n");
  }

  @Test
  void unknownFieldWithDidYouMean() {
    Run run = checkWith("content/statements/s.md", "---\ndate: 2024-02-22\nactor: mark-rutte\nstnace: supports\n---\n");
    assertThat(run.diagnostics())
        .containsExactly("content/statements/s.md:4:1: unknown field 'stnace' (did you mean 'stance'?)");
  }

  @Test
  void unknownFieldWithNothingCloseListsTheKnownOnes() {
    Run run = checkWith("content/pages/about.md", "---\ntitle: About\nauthor: me\n---\nText\n");
    assertThat(run.diagnostics())
        .containsExactly("content/pages/about.md:3:1: unknown field 'author' (known fields: date, draft, tags, title)");
  }

  @Test
  void missingRequiredFieldPointsAtTheMapping() {
    Run run = checkWith("content/actors/joe-biden.yaml", "kind: person\n");
    assertThat(run.diagnostics())
        .containsExactly("content/actors/joe-biden.yaml:1:1: missing required field 'name' (e.g. name: \"Mark Rutte\")");
  }

  @Test
  void impossibleDate() {
    Run run = checkWith("content/statements/s.md", "---\ndate: 2024-02-30\nactor: mark-rutte\n---\n");
    assertThat(run.diagnostics())
        .containsExactly("content/statements/s.md:2:7: no such date: 2024-02-30 (check the month and the day)");
  }

  @Test
  void malformedDate() {
    Run run = checkWith("content/events/e.md", "---\ndate: 22/02/2024\ntitle: Meeting\n---\n");
    assertThat(run.diagnostics())
        .containsExactly(
            "content/events/e.md:2:7: 'date' is not a date: '22/02/2024' "
                + "(write it as YYYY-MM-DD, YYYY-MM or YYYY, e.g. 2024-02-22)");
  }

  @Test
  void periodEndingBeforeItStarts() {
    Run run =
        checkWith("content/countries/se.yaml", "name: Sweden\ncode: SE\nmembership:\n  - from: 2024-03-07\n    to: 2023\n");
    assertThat(run.diagnostics())
        .containsExactly(
            "content/countries/se.yaml:5:9: 'to' (2023) is before 'from' (2024-03-07) (a period ends on or after its start)");
  }

  @Test
  void overlappingMemberships() {
    Run run =
        checkWith(
            "content/countries/fr.yaml",
            "name: France\ncode: FR\nmembership:\n  - from: 1949\n    to: 1970\n  - from: 1966-07-01\n");
    assertThat(run.diagnostics())
        .containsExactly(
            "content/countries/fr.yaml:6:5: membership period overlaps the one at line 4 "
                + "(a country is a member once at a time: merge the periods or correct the dates)");
  }

  @Test
  void overlappingHoldersButNotActingOnesOrTheHandoverDay() {
    addPeople("a", "b", "c");
    Run run =
        checkWith(
            "content/offices/nato-sg.yaml",
            """
            name: Secretary General of NATO
            holders:
              - actor: a
                from: 2000-01-01
                to: 2004-01-01
              - actor: c
                from: 2003-06-01
                to: 2004-01-01
                acting: true
              - actor: b
                from: 2004-01-01
                to: 2008-01-01
              - actor: a
                from: 2007-12-01
            """);
    assertThat(run.diagnostics())
        .containsExactly(
            "content/offices/nato-sg.yaml:13:5: holder's term overlaps the term at line 10 "
                + "(terms may only share the day one ends and the next begins; mark an interim holder acting: true)");
  }

  /** Terms written by month or year touch when one ends in the month (or year) the next begins; earlier, they overlap. */
  @Test
  void termsWithPartialDatesTouchInTheMonthOrYearOfTheHandover() {
    addPeople("a", "b", "c");
    Run touching =
        checkWith(
            "content/offices/nato-sg.yaml",
            """
            name: Secretary General of NATO
            holders:
              - actor: a
                from: 1990
                to: 1995-03
              - actor: b
                from: 1995-03-17
                to: 2001
              - actor: c
                from: 2001
            """);
    assertThat(touching.diagnostics()).isEmpty();
    assertThat(touching.status()).isZero();

    Run overlapping =
        checkWith(
            "content/offices/nato-sg.yaml",
            """
            name: Secretary General of NATO
            holders:
              - actor: a
                from: 1990
                to: 1995-03
              - actor: b
                from: 1995-02
            """);
    assertThat(overlapping.diagnostics())
        .containsExactly(
            "content/offices/nato-sg.yaml:6:5: holder's term overlaps the term at line 3 "
                + "(terms may only share the day one ends and the next begins; mark an interim holder acting: true)");
  }

  @Test
  void countryCodeMustMatchTheFileName() {
    Run run = checkWith("content/countries/no.yaml", "name: Norway\ncode: NL\n");
    assertThat(run.diagnostics())
        .containsExactly(
            "content/countries/no.yaml:2:7: code 'NL' does not match the file name 'no' "
                + "(a country's code is its file name in upper case: code: NO)");
  }

  /** A country's id is its ISO 3166-1 code: one that is none is most likely a slip, and a warning; user codes are fine. */
  @Test
  void aCountryCodeThatIsNotISOIsAWarning() {
    site.file("content/countries/xk.yaml", "name: Kosovo\ncode: XK\n");
    Run run = checkWith("content/countries/uk.yaml", "name: United Kingdom\ncode: UK\n");
    assertThat(run.status()).isZero();
    assertThat(run.diagnostics())
        .containsExactly(
            "content/countries/uk.yaml:2:7: warning: 'UK' is not an ISO 3166-1 alpha-2 country code (the United"
                + " Kingdom's code is GB: name the file after the country's ISO code and write that code, as gb.yaml with"
                + " code: GB; AA, QM to QZ, XA to XZ and ZZ are free for your own use)");
  }

  @Test
  void norwayIsNotFalse() {
    Run run = checkWith("content/countries/no.yaml", "name: Norway\ncode: NO\nmembership:\n  - from: 1949-08-24\n");
    assertThat(run.status()).isZero();
  }

  @Test
  void invalidIdInAFileName() {
    Run run = checkWith("content/actors/Joe_Biden.yaml", "name: Joe Biden\nkind: person\n");
    assertThat(run.diagnostics())
        .containsExactly(
            "content/actors/Joe_Biden.yaml:1:1: invalid id 'Joe_Biden' (ids are lower-case letters and digits joined "
                + "by single hyphens, at most 80 characters: rename the file, e.g. to 'joe-biden')");
  }

  @Test
  void windowsReservedNameAsId() {
    Run run = checkWith("content/actors/con.yaml", "name: Con\nkind: group\n");
    assertThat(run.diagnostics()).hasSize(1);
    assertThat(run.diagnostics().get(0)).startsWith("content/actors/con.yaml:1:1: id 'con' is a reserved file name on Windows");
  }

  @Test
  void stanceOutsideTheAllowedValues() {
    Run run =
        checkWith(
            "content/statements/s.md",
            "---\ndate: 2024-02-22\nactor: uk-foreign-office\ncandidate: mark-rutte\nstance: support\n---\n");
    assertThat(run.diagnostics())
        .containsExactly(
            "content/statements/s.md:5:9: 'stance' cannot be 'support' (did you mean 'supports'?; "
                + "one of: supports, no-objection, undecided, opposes, withdraws)");
  }

  @Test
  void ruleKindAndStatusOutsideTheAllowedValues() {
    site.file("content/offices/nato-sg.yaml", "name: SG\nrule: plurality\n");
    site.file("content/events/e.md", "---\ndate: 2024-04-04\ntitle: Meeting\nkind: summit\nstatus: done\n---\n");
    Run run = checkWith("content/actors/x.yaml", "name: X\nkind: robot\n");
    assertThat(run.diagnostics())
        .containsExactly(
            "content/actors/x.yaml:2:7: 'kind' cannot be 'robot' (one of: person, government, organisation, outlet, group)",
            "content/events/e.md:4:7: 'kind' cannot be 'summit' (one of: meeting, appointment, candidacy, withdrawal, "
                + "term-start, term-end, accession, deadline, other)",
            "content/events/e.md:5:9: 'status' cannot be 'done' (one of: happened, scheduled, expected, cancelled)",
            "content/offices/nato-sg.yaml:2:7: 'rule' cannot be 'plurality' "
                + "(one of: consensus, unanimity, majority, two-thirds)");
  }

  @Test
  void sourceUrlWithAnUnsafeScheme() {
    Run run =
        checkWith(
            "content/statements/s.md",
            """
            ---
            date: 2024-02-22
            actor: uk-foreign-office
            source:
              - outlet: reuters
                url: javascript:alert(1)
            ---
            """);
    assertThat(run.diagnostics())
        .containsExactly(
            "content/statements/s.md:6:10: a source url must be http, https or mailto: 'javascript:alert(1)' "
                + "(e.g. https://www.reuters.com/...)");
  }

  /**
   * SPEC: an outlet is an actor's id or plain text. Text shaped like an id that no actor has is shown as written, with a
   * warning, as it is most likely a slip.
   */
  @Test
  void outletIdThatIsNoActorIsShownAsText() {
    Run run =
        checkWith(
            "content/statements/s.md",
            "---\ndate: 2024-02-22\nactor: uk-foreign-office\nsource:\n  - outlet: reuter\n    url: https://example.org/r\n"
                + "  - outlet: Sky News\n  - outlet: le-monde\n---\n");
    assertThat(run.status()).isZero();
    assertThat(run.diagnostics())
        .containsExactly(
            "content/statements/s.md:5:13: warning: outlet 'reuter' is no actor's id: it is shown as the text 'reuter' "
                + "(did you mean 'reuters'? or write the outlet's name as it should read, e.g. outlet: Reuters)",
            "content/statements/s.md:8:13: warning: outlet 'le-monde' is no actor's id: it is shown as the text"
                + " 'le-monde' (write the outlet's name as it should read, e.g. outlet: Reuters, or add"
                + " content/actors/le-monde.yaml)");
    assertThat(site.build().status()).isZero();
    org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(site.read("statements/s/index.html"));
    assertThat(page.select("section.sources li").eachText())
        .containsExactly("reuter: https://example.org/r", "Sky News", "le-monde");
  }

  @Test
  void danglingReferencesOfEveryKind() {
    site.file(
        "content/offices/nato-sg.yaml",
        "name: SG\nholders:\n  - actor: jens\n    from: 2014-10-01\ncandidates: [mark-rutte, klaus]\n");
    site.file("content/events/e.md", "---\ndate: 2024-04-04\ntitle: Meeting\nactors: [nobody]\ncountries: [xx]\n---\n");
    Run run =
        checkWith(
            "content/statements/s.md",
            """
            ---
            date: 2024-02-22
            actor: uk-foreign-office
            countries: [gb, fr]
            mentions: [mark-rutte, joe-biden]
            about: [foreign-ministers]
            ---
            """);
    assertThat(run.diagnostics())
        .containsExactly(
            "content/events/e.md:4:10: unknown actor 'nobody' (no actor has this id: add content/actors/nobody.yaml)",
            "content/events/e.md:5:13: unknown country 'xx' (no country has this id: add content/countries/xx.yaml)",
            "content/offices/nato-sg.yaml:3:12: unknown holder 'jens' (no actor has this id: add content/actors/jens.yaml)",
            "content/offices/nato-sg.yaml:5:26: unknown candidate 'klaus' "
                + "(no actor has this id: add content/actors/klaus.yaml)",
            "content/statements/s.md:4:17: unknown country 'fr' (no country has this id: add content/countries/fr.yaml)",
            "content/statements/s.md:5:24: unknown actor 'joe-biden' "
                + "(no actor has this id: add content/actors/joe-biden.yaml)",
            "content/statements/s.md:6:9: unknown event 'foreign-ministers' "
                + "(no event has this id: add content/events/foreign-ministers.yaml)");
  }

  @Test
  void referenceToADraftSaysSoUnlessDraftsAreBuilt() {
    site.file("content/actors/joe-biden.yaml", "name: Joe Biden\nkind: person\ncountry: us\ndraft: true\n");
    site.file("content/statements/s.md", "---\ndate: 2024-02-22\nactor: uk-foreign-office\nmentions: [joe-biden]\n---\n");
    Run run = site.check();
    assertThat(run.diagnostics())
        .containsExactly(
            "content/statements/s.md:4:12: actor 'joe-biden' is a draft "
                + "(publish it (remove draft: true) or build with --drafts)");
    // With drafts, the draft's own reference to a missing country is checked too.
    Run withDrafts = site.run("check", "--drafts");
    assertThat(withDrafts.diagnostics())
        .containsExactly(
            "content/actors/joe-biden.yaml:3:10: unknown country 'us' (no country has this id: add content/countries/us.yaml)");
  }

  @Test
  void severalOfficesNeedTheSiteToNameOne() {
    Run run = checkWith("content/offices/un-sg.yaml", "name: Secretary-General of the United Nations\n");
    assertThat(run.diagnostics())
        .containsExactly(
            "content/site.yaml:1:1: site.yaml must name the office the home page follows: there are 2 offices "
                + "(add office: nato-sg)");
  }

  @Test
  void languageAndBaseUrlAreChecked() {
    Run run =
        checkWith("content/site.yaml", "title: T\nlanguage: english please\nbaseUrl: /nato/\noffice: nato-sgg\n");
    assertThat(run.diagnostics())
        .containsExactly(
            "content/site.yaml:2:11: 'language' is not a BCP 47 language tag: 'english please' (e.g. en, fr, en-GB, pt-BR)",
            "content/site.yaml:3:10: 'baseUrl' must be an absolute http or https URL: '/nato/' "
                + "(e.g. https://example.org/ or https://user.github.io/repo/)",
            "content/site.yaml:4:9: unknown office 'nato-sgg' (did you mean 'nato-sg'?)");
  }

  @Test
  void aListWhereATextBelongs() {
    Run run = checkWith("content/actors/x.yaml", "name: [Mark, Rutte]\nkind: person\n");
    assertThat(run.diagnostics()).containsExactly("content/actors/x.yaml:1:7: 'name' should be a text, found a list"
        + " (write one text; put it in quotes if it starts with '[' or '-')");
  }

  @Test
  void countryAndCountriesTogether() {
    Run run =
        checkWith(
            "content/statements/s.md", "---\ndate: 2024\nactor: uk-foreign-office\ncountry: gb\ncountries: [nl]\n---\n");
    assertThat(run.diagnostics())
        .containsExactly(
            "content/statements/s.md:5:12: write either 'country' or 'countries', not both "
                + "(use countries: [a, b] for several)");
  }

  /**
   * SPEC: statements without a candidate do not count, and a stance counts for the countries a statement is made for.
   * A stance that counts for no candidate or no country is allowed, with a warning, and the site builds.
   */
  @Test
  void aStanceForNoCandidateOrNoCountryIsAWarning() {
    site.file("content/actors/nato-officials.yaml", "name: NATO officials\nkind: group\nanonymous: true\n");
    site.file("content/statements/a.md", "---\ndate: 2024-02-22\nactor: uk-foreign-office\nstance: supports\n---\n");
    Run run =
        checkWith(
            "content/statements/b.md",
            "---\ndate: 2024-02-22\nactor: nato-officials\ncandidate: mark-rutte\nstance: supports\n---\n");
    assertThat(run.status()).isZero();
    assertThat(run.diagnostics())
        .containsExactly(
            "content/statements/a.md:4:9: warning: this stance counts for no candidate: the statement names none "
                + "(add candidate: <actor id>, or remove the stance)",
            "content/statements/b.md:5:9: warning: this stance counts for no country: actor 'nato-officials' has no "
                + "country (add country: <id>, or countries: [..] or countries: members)");
    Run build = site.build();
    assertThat(build.status()).isZero();
    assertThat(build.diagnostics()).isEqualTo(run.diagnostics());
    assertThat(build.out()).startsWith("Built ").endsWith(" s (2 warnings above)\n");
  }

  @Test
  void dueIsOnlyForSpeculations() {
    Run run =
        checkWith(
            "content/statements/s.md", "---\ndate: 2024-02-21\nactor: uk-foreign-office\ndue: 2024-04-04\n---\n");
    assertThat(run.diagnostics())
        .containsExactly(
            "content/statements/s.md:4:6: 'due' is only for speculations (set kind: speculation, or remove it)");
  }

  @Test
  void allProblemsOfARunAreReportedSortedByFileAndLine() {
    site.file("content/statements/b.md", "---\ndate: 2024-13\nactor: nobody\n---\n");
    site.file("content/statements/a.md", "---\ndate: 2024-02-22\nactor: mark-rutte\nwho: x\n---\n");
    Run run = site.check();
    assertThat(run.diagnostics())
        .containsExactly(
            "content/statements/a.md:4:1: unknown field 'who' (known fields: about, actor, candidate, condition, "
                + "countries, country, date, dateCirca, displayDate, draft, due, kind, mentions, outcome, quote, source, "
                + "stance)",
            "content/statements/b.md:2:7: no such date: 2024-13 (check the month and the day)",
            "content/statements/b.md:3:8: unknown actor 'nobody' (no actor has this id: add content/actors/nobody.yaml)");
    assertThat(run.err()).endsWith("3 errors, 0 warnings: nothing written\n");
  }
}
