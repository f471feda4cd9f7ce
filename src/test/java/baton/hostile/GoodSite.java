package baton.hostile;

import baton.testing.TestSite;

/**
 * The small valid site every hostile case starts from: one of each entry type, so that a case breaks one thing in a
 * site that otherwise builds. Its output is the "previous output" a failed build must leave untouched.
 */
public final class GoodSite {

  private GoodSite() {}

  public static TestSite writeTo(TestSite site) {
    return site
        .file("content/site.yaml", """
            title: Test race
            description: A small race for the hostile-input tests.
            asOf: 2024-06
            office: nato-sg
            """)
        .file("content/countries/nl.yaml", "name: Netherlands\ncode: NL\nmembership:\n  - from: 1949-08-24\n")
        .file("content/countries/gb.yaml", "name: United Kingdom\ncode: GB\nmembership:\n  - from: 1949-08-24\n")
        .file("content/actors/mark-rutte.yaml", "name: Mark Rutte\nkind: person\ncountry: nl\n")
        .file("content/actors/uk-foreign-office.yaml", "name: UK Foreign Office\nkind: government\ncountry: gb\n")
        .file("content/actors/reuters.yaml", "name: Reuters\nkind: outlet\n")
        .file("content/actors/jens-stoltenberg.yaml", "name: Jens Stoltenberg\nkind: person\n")
        .file("content/offices/nato-sg.yaml", """
            name: Secretary General of NATO
            body: NATO
            candidates: [mark-rutte]
            holders:
              - actor: jens-stoltenberg
                from: 2014-10-01
            """)
        .file("content/statements/uk-backs-rutte.md", """
            ---
            date: 2024-02-22
            actor: uk-foreign-office
            candidate: mark-rutte
            stance: supports
            quote: "We back him."
            source:
              - outlet: reuters
                url: https://www.reuters.com/world/
            ---
            The UK backs Rutte.
            """)
        .file("content/events/summit.md", "---\ndate: 2024-07-09\ntitle: Washington summit\nkind: meeting\n---\n")
        .file("content/pages/about.md", "---\ntitle: About\n---\nHow we count.\n");
  }
}
