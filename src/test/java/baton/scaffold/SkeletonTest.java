package baton.scaffold;

import static org.assertj.core.api.Assertions.assertThat;

import baton.model.PartialDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** What a skeleton holds, without a site: SPEC's every field, placeholders counted, the date as given. */
class SkeletonTest {

  private static final PartialDate DAY = PartialDate.of(2024, 2, 22);

  /** SPEC section 3, field by field, with the fields of the mappings inside (holders, sources, roles, periods). */
  private static final Map<EntryKind, List<String>> SPEC_FIELDS =
      Map.of(
          EntryKind.STATEMENT,
          List.of(
              "date", "dateCirca", "displayDate", "actor", "country", "countries", "candidate", "stance", "condition",
              "kind", "quote", "mentions", "about", "due", "outcome", "source", "outlet", "url", "title", "draft"),
          EntryKind.EVENT,
          List.of(
              "date", "dateCirca", "displayDate", "title", "kind", "status", "actors", "countries", "source",
              "outlet", "url", "draft"),
          EntryKind.ACTOR,
          List.of("name", "kind", "country", "anonymous", "roles", "title", "from", "to", "aliases", "wikidata", "draft"),
          EntryKind.COUNTRY, List.of("name", "code", "membership", "from", "to", "wikidata", "draft"),
          EntryKind.OFFICE,
          List.of(
              "name", "body", "rule", "holders", "actor", "from", "to", "acting", "endCause", "note", "wikidata",
              "candidates", "draft"),
          EntryKind.PAGE, List.of("title", "draft"));

  private static String text(EntryKind kind, String id) {
    return Skeleton.of(kind, new EntryId(id), DAY).text();
  }

  @ParameterizedTest
  @EnumSource(EntryKind.class)
  void everyFieldOfSpecIsThereFilledOrCommentedOut(EntryKind kind) {
    String text = text(kind, kind == EntryKind.COUNTRY ? "se" : "x");
    for (String field : SPEC_FIELDS.get(kind)) {
      assertThat(Pattern.compile("(?m)^(# )?\\s*(- )?" + field + ":( |$)").matcher(text).find())
          .as(kind + " skeleton has a line for '" + field + "'")
          .isTrue();
    }
  }

  @ParameterizedTest
  @EnumSource(EntryKind.class)
  void everyLiveFieldLineIsExplained(EntryKind kind) {
    String text = text(kind, kind == EntryKind.COUNTRY ? "se" : "x");
    text.lines()
        .filter(l -> !l.startsWith("#") && !l.equals("---"))
        .forEach(l -> assertThat(l).as("a filled-in field says what it is").contains("  # "));
  }

  @ParameterizedTest
  @EnumSource(value = EntryKind.class, names = {"STATEMENT", "EVENT", "OFFICE", "PAGE"})
  void markdownTypesAreFrontMatterWithAnEmptyBody(EntryKind kind) {
    String text = text(kind, "x");
    assertThat(text).startsWith("---\n").endsWith("\n---\n");
    assertThat(text.lines().filter("---"::equals)).hasSize(2);
  }

  @Test
  void placeholdersAreCounted() {
    assertThat(Skeleton.of(EntryKind.ACTOR, new EntryId("x"), DAY).placeholders()).isEqualTo(2);
    assertThat(Skeleton.of(EntryKind.STATEMENT, new EntryId("x"), DAY).placeholders()).isEqualTo(1);
  }

  @Test
  void theDateIsWrittenAsGivenKeepingItsPrecision() {
    String text = Skeleton.of(EntryKind.STATEMENT, new EntryId("x"), PartialDate.ofMonth(2024, 10)).text();
    assertThat(text).contains("\ndate: 2024-10 ");
    assertThat(EntryKind.STATEMENT.file(new EntryId("x"), PartialDate.ofYear(2023)))
        .isEqualTo("content/statements/2023/x.md");
  }

  @Test
  void eachTypeGoesToItsFolder() {
    EntryId id = new EntryId("nl");
    assertThat(EntryKind.STATEMENT.file(id, DAY)).isEqualTo("content/statements/2024/nl.md");
    assertThat(EntryKind.EVENT.file(id, DAY)).isEqualTo("content/events/2024/nl.md");
    assertThat(EntryKind.ACTOR.file(id, DAY)).isEqualTo("content/actors/nl.yaml");
    assertThat(EntryKind.COUNTRY.file(id, DAY)).isEqualTo("content/countries/nl.yaml");
    assertThat(EntryKind.OFFICE.file(id, DAY)).isEqualTo("content/offices/nl.md");
    assertThat(EntryKind.PAGE.file(id, DAY)).isEqualTo("content/pages/nl.md");
  }

  /** The whole of one skeleton, as a reader sees it: a change to the format shows up here first. */
  @Test
  void theCountrySkeletonWhole() {
    assertThat(text(EntryKind.COUNTRY, "se"))
        .isEqualTo(
            """
            # A country and its membership of the body. Its id is its ISO 3166-1 alpha-2 code in lower case.
            # Replace each CHANGE-ME and each "" below: until you do, `baton check` points at them.
            # Optional fields are commented out: delete the '# ' at the start of a line to use it.
            name: ""                       # as shown: "Netherlands"
            code: SE                       # its code in upper case: it must match the file name
            # membership:                  # periods of membership of the body; none means never a member
            #   - from: 1949-08-24         # the first day; fromCirca: true if approximate
            #     to: 2024-03-06           # the last day (absent while a member); toCirca: true if approximate
            # wikidata: Q55                # its Wikidata id
            # draft: true                  # leave it out of the site, unless built with --drafts
            """);
  }
}
