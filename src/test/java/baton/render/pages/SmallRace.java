package baton.render.pages;

import baton.testing.TestSite;
import java.nio.file.Path;

/**
 * A small race that exercises every kind of page and entry: five members (one joining mid-race), a candidate backed,
 * opposed and then not opposed, a joint decision, reduced-precision and approximate dates, a speculation that missed
 * its due date, an upcoming event, an acting holder, a free page.
 */
public final class SmallRace {

  private SmallRace() {}

  public static TestSite write(Path dir, String language) {
    return TestSite.in(dir)
        .file(
            "content/site.yaml",
            "title: Small race\ndescription: A race to test with.\nlanguage: " + language + "\nasOf: 2024-06-30\n")
        .file("content/countries/aa.yaml", "name: Aland\ncode: AA\nmembership:\n  - from: 1949\n")
        .file("content/countries/bb.yaml", "name: Borduria\ncode: BB\nmembership:\n  - from: 1949\n")
        .file("content/countries/cc.yaml", "name: Carpania\ncode: CC\nmembership:\n  - from: 1949\n")
        .file("content/countries/dk.yaml", "name: Dorland\ncode: DK\nmembership:\n  - from: 1949\n")
        .file("content/countries/ee.yaml", "name: Estalia\ncode: EE\nmembership:\n  - from: 2024-03-07\n")
        .file("content/countries/zz.yaml", "name: Zubrowka\ncode: ZZ\n")
        .file("content/actors/cand.yaml", "name: Ada Candidate\nkind: person\ncountry: aa\n")
        .file("content/actors/old.yaml", "name: Old Holder\nkind: person\n")
        .file("content/actors/interim.yaml", "name: Ian Interim\nkind: person\n")
        .file("content/actors/gov-b.yaml", "name: Government of Borduria\nkind: government\ncountry: bb\n")
        .file("content/actors/b-official.yaml", "name: unnamed Bordurian official\nkind: person\ncountry: bb\nanonymous: true\n")
        .file("content/actors/pundit.yaml", "name: Pat Pundit\nkind: person\n")
        .file("content/actors/council.yaml", "name: The Council\nkind: organisation\n")
        .file("content/actors/wire.yaml", "name: The Wire\nkind: outlet\n")
        .file(
            "content/offices/sg.md",
            """
            ---
            name: Secretary General
            body: The Alliance
            rule: consensus
            holders:
              - actor: old
                from: 2014-10-01
                to: 2019-01-01
              - actor: interim
                from: 2019-01-01
                to: 2019-03-01
                acting: true
              - actor: old
                from: 2019-03-01
                endCause: term expired
            candidates: [cand]
            ---
            The Alliance's top civilian post.
            """)
        .file(
            "content/statements/2024/b-opposes.md",
            """
            ---
            date: 2024-03-01
            actor: gov-b
            candidate: cand
            stance: opposes
            quote: "We cannot support her."
            mentions: [cand]
            source:
              - outlet: wire
                url: https://example.org/news/b-opposes
                title: Borduria says no
                date: 2024-03-01
              - outlet: Daily Planet
                url: https://example.org/planet
            ---
            Borduria's government said it would **not** back the candidate.
            """)
        .file(
            "content/statements/2024/b-lifts.md",
            """
            ---
            date: 2024-05
            dateCirca: true
            actor: b-official
            candidate: cand
            stance: no-objection
            condition: guarantees on the budget
            ---
            """)
        .file(
            "content/statements/2024/joint.md",
            """
            ---
            date: 2024-02-22
            actor: council
            countries: members
            candidate: cand
            stance: no-objection
            ---
            """)
        .file(
            "content/statements/2024/pundit-forecast.md",
            """
            ---
            date: 2024-02-21
            displayDate: the Wednesday before
            actor: pundit
            kind: speculation
            due: 2024-04-04
            outcome: missed
            about: [ministers]
            ---
            A forecast that the appointment could come at the ministers' meeting.
            """)
        .file(
            "content/events/ministers.md",
            "---\ndate: 2024-04-04\ntitle: Ministers meet\nkind: meeting\nactors: [council]\n---\n")
        .file(
            "content/events/summit.md",
            "---\ndate: 2024-07-09\ntitle: The summit\nkind: meeting\nstatus: expected\ncountries: [aa, bb]\n---\n")
        .file(
            "content/pages/method.md",
            """
            ---
            title: How we count
            ---
            We count **stances**. See [the timeline](../timeline/index.html) and [a bad link](javascript:alert(1)).

            | stance | counts |
            |---|---|
            | supports | yes |
            """);
  }
}
