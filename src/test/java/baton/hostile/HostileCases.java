package baton.hostile;

import static baton.hostile.HostileCase.error;
import static baton.hostile.HostileCase.errors;
import static baton.hostile.HostileCase.safe;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;

/**
 * The hostile and broken inputs of issue 7, point 1, each a small change to the {@link GoodSite} and its verdict. The
 * names say what the input is; the expected diagnostics are golden: the exact text a user reads.
 */
final class HostileCases {

  private HostileCases() {}

  /** Script and quotes, as hostile text would carry them into every field. */
  static final String PAYLOAD = "<script>alert(1)</script>\"'><img src=x onerror=alert(2)>";
  /** The same as a YAML double-quoted scalar. */
  static final String PAYLOAD_YAML = "\"" + PAYLOAD.replace("\"", "\\\"") + "\"";

  static Stream<HostileCase> all() {
    return Stream.of(yaml(), bytes(), types(), references(), names(), links(), markup(), templates(), settings())
        .flatMap(s -> s);
  }

  // ---- YAML that could cost memory or mean two things ----

  static Stream<HostileCase> yaml() {
    return Stream.of(
        error("yaml-anchor-and-alias",
            s -> s.file("content/actors/alias.yaml", "name: &n Alias\nkind: person\naliases: [*n]\n"),
            "content/actors/alias.yaml:1:7: YAML anchors and aliases are not supported (write the value out)"),
        error("yaml-billion-laughs",
            s -> s.file("content/actors/lol.yaml", billionLaughs()),
            "content/actors/lol.yaml:3:4: YAML anchors and aliases are not supported (write the value out)"),
        error("yaml-merge-key",
            s -> s.file("content/actors/merge.yaml", "base: &b {kind: person}\nname: Merge\n<<: *b\n"),
            "content/actors/merge.yaml:1:7: YAML anchors and aliases are not supported (write the value out)"),
        error("yaml-java-type-tag",
            s -> s.file("content/actors/gadget.yaml",
                "name: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://x/\"]]]]\n"
                    + "kind: person\n"),
            "content/actors/gadget.yaml:1:7: YAML tags are not supported (remove the tag and write the value plainly)"),
        error("yaml-binary-tag",
            s -> s.file("content/actors/binary.yaml", "name: !!binary aGVsbG8=\nkind: person\n"),
            "content/actors/binary.yaml:1:7: YAML tags are not supported (remove the tag and write the value plainly)"),
        error("duplicate-key-in-yaml",
            s -> s.file("content/actors/twice.yaml", "name: One\nkind: person\nname: Two\n"),
            "content/actors/twice.yaml:3:1: duplicate key 'name' (first at line 1; keep one of them)"),
        error("duplicate-key-in-front-matter",
            s -> s.file("content/statements/twice.md",
                "---\ndate: 2024-03-01\nactor: mark-rutte\nstance: supports\ncandidate: mark-rutte\nstance: opposes\n---\n"),
            "content/statements/twice.md:6:1: duplicate key 'stance' (first at line 4; keep one of them)"),
        error("second-yaml-document",
            s -> s.file("content/actors/two-docs.yaml", "name: One\nkind: person\n---\nname: Two\nkind: person\n"),
            "content/actors/two-docs.yaml:3:1: more than one YAML document (an entry is one mapping of fields; remove the '---' line or move what follows it to a file of its own)"),
        error("deep-nesting-in-flow-style",
            s -> s.file("content/actors/deep.yaml", "name: Deep\nkind: person\naliases: " + "[".repeat(100_000) + "\n"),
            "content/actors/deep.yaml:3:29: lists and mappings are nested too deeply (more than 20 levels) (look for a '[' or '{' that is never closed, or for lines indented further than they should be)"),
        error("deep-nesting-in-block-style",
            s -> s.file("content/site.yaml", "title: Deep\nparams:\n" + blockNesting(40)),
            "content/site.yaml:22:41: lists and mappings are nested too deeply (more than 20 levels) (look for a '[' or '{' that is never closed, or for lines indented further than they should be)"),
        error("key-that-is-a-list",
            s -> s.file("content/actors/odd-key.yaml", "name: Odd\nkind: person\n[a, b]: c\n"),
            "content/actors/odd-key.yaml:3:1: a key must be a plain name, not a list or mapping (write each field as 'name: value')"));
  }

  private static String billionLaughs() {
    StringBuilder y = new StringBuilder("name: Laughs\nkind: person\n");
    y.append("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
    char prev = 'a';
    for (char c = 'b'; c <= 'i'; c++) {
      y.append(c).append(": &").append(c).append(" [");
      for (int i = 0; i < 9; i++) {
        y.append(i == 0 ? "" : ",").append('*').append(prev);
      }
      y.append("]\n");
      prev = c;
    }
    return y.toString();
  }

  private static String blockNesting(int depth) {
    StringBuilder y = new StringBuilder();
    for (int i = 1; i <= depth; i++) {
      y.append("  ".repeat(i)).append("k").append(i).append(":\n");
    }
    return y.append("  ".repeat(depth + 1)).append("end: true\n").toString();
  }

  // ---- bytes: size, encoding, control characters, emptiness ----

  static Stream<HostileCase> bytes() {
    return Stream.of(
        error("file-far-too-large",
            s -> s.file("content/statements/huge.md",
                "---\ndate: 2024-03-01\nactor: mark-rutte\n---\n" + "All work and no play. ".repeat(100_000)),
            "content/statements/huge.md: file is too large (2200043 bytes; the limit is 1048576; shorten it or split it into several entries)"),
        error("single-line-far-too-large-in-a-value",
            s -> s.file("content/actors/long.yaml", "name: Long\nkind: " + "x".repeat(500_000) + "\n"),
            "content/actors/long.yaml:2:7: 'kind' cannot be 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx…' (one of: person, government, organisation, outlet, group)"),
        error("single-line-far-too-large-as-a-key",
            s -> s.file("content/actors/long-key.yaml", "name: Long\nkind: person\n" + "k".repeat(500_000) + ": 1\n"),
            "content/actors/long-key.yaml:3:500001: invalid YAML: a field name longer than 1024 characters (field names are short words such as 'name' or 'date'; check that this line is what you meant)"),
        error("invalid-utf8-latin1-file",
            s -> s.bytes("content/actors/latin1.yaml", "name: Jos\u00e9\nkind: person\n".getBytes(StandardCharsets.ISO_8859_1)),
            "content/actors/latin1.yaml:1:10: invalid UTF-8 (byte 0xE9 is not part of a valid character; save the file as UTF-8)"),
        error("utf16-file",
            s -> s.bytes("content/actors/utf16.yaml", "name: Utf\nkind: person\n".getBytes(StandardCharsets.UTF_16)),
            "content/actors/utf16.yaml:1:1: invalid UTF-8 (byte 0xFE is not part of a valid character; save the file as UTF-8)"),
        error("nul-byte-in-body",
            s -> s.file("content/pages/nul-byte.md", "---\ntitle: Nul\n---\nBefore\0after\n"),
            "content/pages/nul-byte.md:4:7: NUL character in the file (content files are text; remove it, or check that this is the right file)"),
        error("control-character-escape-in-a-value",
            s -> s.file("content/site.yaml", "title: \"Race \\e[2J\\e[31m red\"\n"),
            "content/site.yaml:1:8: the text holds the control character U+001B (remove the escape that writes it, such as \\e or \\0: text may not hold control characters)"),
        error("control-character-in-body",
            s -> s.file("content/pages/bell.md", "---\ntitle: Bell\n---\nRing \u0007 the \u001b[31m bell\n"),
            "content/pages/bell.md:4:6: control character U+0007 in the text (remove it; it is invisible in most editors: retype the text around it)"),
        error("front-matter-never-closed",
            s -> s.file("content/statements/open.md", "---\ndate: 2024-03-01\nactor: mark-rutte\n\nThe body.\n"),
            "content/statements/open.md:1:1: front matter is never closed (add a line '---' after it)"),
        error("front-matter-missing",
            s -> s.file("content/pages/bare.md", "# Just Markdown\n"),
            "content/pages/bare.md:1:1: a .md entry starts with a line '---' followed by its front matter (put the entry's fields between two lines '---' at the top of the file)"),
        error("empty-yaml-file",
            s -> s.file("content/actors/empty.yaml", ""),
            "content/actors/empty.yaml: the file is empty (write the entry's fields as 'name: value' lines)"),
        error("empty-md-file",
            s -> s.file("content/pages/empty.md", ""),
            "content/pages/empty.md: the file is empty (a .md entry is a line '---', the entry's fields as 'name: value' lines, a line '---', then its text)"),
        error("empty-front-matter",
            s -> s.file("content/pages/no-fields.md", "---\n---\nA body without fields.\n"),
            "content/pages/no-fields.md:1:1: the front matter is empty (write the entry's fields as 'name: value' lines between the two '---' lines)"),
        error("empty-site-settings",
            s -> s.file("content/site.yaml", "# nothing but a comment\n"),
            "content/site.yaml: the file is empty (write the entry's fields as 'name: value' lines)"));
  }

  // ---- wrong types ----

  static Stream<HostileCase> types() {
    return Stream.of(
        error("list-where-a-text-belongs",
            s -> s.file("content/actors/mark-rutte.yaml", "name: [Mark, Rutte]\nkind: person\ncountry: nl\n"),
            "content/actors/mark-rutte.yaml:1:7: 'name' should be a text, found a list (write one text; put it in quotes if it starts with '[' or '-')"),
        error("mapping-where-a-list-belongs",
            s -> s.file("content/offices/nato-sg.yaml",
                "name: Secretary General of NATO\ncandidates: [mark-rutte]\nholders: {actor: jens-stoltenberg, from: 2014}\n"),
            "content/offices/nato-sg.yaml:3:10: 'holders' should be a list, found a mapping (write each item on a line starting with '- ')"),
        error("text-where-a-list-of-mappings-belongs",
            s -> s.file("content/statements/uk-backs-rutte.md",
                "---\ndate: 2024-02-22\nactor: uk-foreign-office\nsource: https://www.reuters.com/world/\n---\n"),
            "content/statements/uk-backs-rutte.md:4:9: 'source' should be a list, found a text (write each item on a line starting with '- ')"),
        error("mapping-where-a-text-belongs",
            s -> s.file("content/statements/uk-backs-rutte.md",
                "---\ndate: 2024-02-22\nactor: uk-foreign-office\nquote: Rutte: the best\n---\n"),
            "content/statements/uk-backs-rutte.md:4:13: invalid YAML: unexpected ':' (put a value that contains ': ' in quotes, or check the indentation)"),
        error("list-where-a-date-belongs",
            s -> s.file("content/events/summit.md", "---\ndate: [2024, 2025]\ntitle: Summit\n---\n"),
            "content/events/summit.md:2:7: 'date' should be a date, found a list (write one value, e.g. date: 2024-02-22)"),
        error("mapping-where-a-list-of-ids-belongs",
            s -> s.file("content/offices/nato-sg.yaml", "name: Secretary General of NATO\ncandidates: {mark-rutte: yes}\n"),
            "content/offices/nato-sg.yaml:2:13: 'candidates' should be a list of ids, found a mapping (write the ids in square brackets, e.g. candidates: [mark-rutte, klaus-iohannis])"),
        error("top-level-list",
            s -> s.file("content/actors/list.yaml", "- name: A\n- name: B\n"),
            "content/actors/list.yaml:1:1: expected a mapping of fields, found a list (write the fields as 'name: value' lines)"),
        error("top-level-text",
            s -> s.file("content/actors/text.yaml", "just some words\n"),
            "content/actors/text.yaml:1:1: expected a mapping of fields, found a text (write the fields as 'name: value' lines)"),
        error("not-a-boolean",
            s -> s.file("content/actors/reuters.yaml", "name: Reuters\nkind: outlet\nanonymous: yes\n"),
            "content/actors/reuters.yaml:3:12: 'anonymous' should be true or false, found 'yes' (write anonymous: true or anonymous: false, in lower case and without quotes)"));
  }

  // ---- dangling references of every kind ----

  static Stream<HostileCase> references() {
    return Stream.of(
        errors("dangling-references-from-a-statement", 5,
            s -> s.file("content/statements/dangling.md", """
                ---
                date: 2024-03-01
                actor: nobody
                country: xx
                candidate: no-candidate
                stance: supports
                mentions: [no-one]
                about: [no-event]
                ---
                """),
            "content/statements/dangling.md:3:8: unknown actor 'nobody' (no actor has this id: add content/actors/nobody.yaml)",
            "content/statements/dangling.md:4:10: unknown country 'xx' (no country has this id: add content/countries/xx.yaml)",
            "content/statements/dangling.md:5:12: unknown candidate 'no-candidate' (no actor has this id: add content/actors/no-candidate.yaml)",
            "content/statements/dangling.md:7:12: unknown actor 'no-one' (no actor has this id: add content/actors/no-one.yaml)",
            "content/statements/dangling.md:8:9: unknown event 'no-event' (no event has this id: add content/events/no-event.yaml)"),
        errors("dangling-references-from-site-and-office", 3,
            s -> s.file("content/site.yaml", "title: Test race\noffice: no-office\n")
                .file("content/offices/nato-sg.yaml",
                    "name: Secretary General of NATO\ncandidates: [no-candidate]\nholders:\n  - actor: no-holder\n    from: 2014\n"),
            "content/offices/nato-sg.yaml:2:14: unknown candidate 'no-candidate' (no actor has this id: add content/actors/no-candidate.yaml)",
            "content/offices/nato-sg.yaml:4:12: unknown holder 'no-holder' (no actor has this id: add content/actors/no-holder.yaml)",
            "content/site.yaml:2:9: unknown office 'no-office' (no office has this id: add content/offices/no-office.yaml)"),
        errors("dangling-references-from-an-actor-and-an-event", 3,
            s -> s.file("content/actors/mark-rutte.yaml", "name: Mark Rutte\nkind: person\ncountry: xx\n")
                .file("content/events/summit.md", "---\ndate: 2024-07-09\ntitle: Summit\nactors: [no-one]\ncountries: [yy]\n---\n"),
            "content/actors/mark-rutte.yaml:3:10: unknown country 'xx' (no country has this id: add content/countries/xx.yaml)",
            "content/events/summit.md:4:10: unknown actor 'no-one' (no actor has this id: add content/actors/no-one.yaml)",
            "content/events/summit.md:5:13: unknown country 'yy' (no country has this id: add content/countries/yy.yaml)"),
        error("reference-to-a-draft",
            s -> s.file("content/actors/mark-rutte.yaml", "name: Mark Rutte\nkind: person\ncountry: nl\ndraft: true\n"),
            "content/offices/nato-sg.yaml:3:14: candidate 'mark-rutte' is a draft (publish it (remove draft: true) or build with --drafts)",
            "content/statements/uk-backs-rutte.md:4:12: candidate 'mark-rutte' is a draft (publish it (remove draft: true) or build with --drafts)"),
        errors("references-that-climb-out-of-the-site", 3,
            s -> s.file("content/statements/climb.md",
                "---\ndate: 2024-03-01\nactor: ../../../etc/passwd\ncandidate: /etc/passwd\ncountry: 'C:\\Windows'\n---\n"),
            "content/statements/climb.md:3:8: unknown actor '../../../etc/passwd' (this is not an id: write the actor's id, its file name without extension, e.g. mark-rutte for content/actors/mark-rutte.yaml)",
            "content/statements/climb.md:4:12: unknown candidate '/etc/passwd' (this is not an id: write the candidate's id, its file name without extension, e.g. mark-rutte for content/actors/mark-rutte.yaml)",
            "content/statements/climb.md:5:10: unknown country 'C:\\Windows' (this is not an id: write the country's id, its file name without extension, e.g. nl for content/countries/nl.yaml)"));
  }

  // ---- ids and file names that try to leave the output, or collide in it ----

  static Stream<HostileCase> names() {
    return Stream.of(
        error("dot-dot-in-a-file-name",
            s -> s.file("content/statements/a..b.md", "---\ndate: 2024-03-01\nactor: mark-rutte\n---\n"),
            "content/statements/a..b.md:1:1: invalid id 'a..b' (ids are lower-case letters and digits joined by single hyphens, at most 80 characters: rename the file, e.g. to 'a-b')"),
        errors("windows-reserved-names", 3,
            s -> s.file("content/actors/con.yaml", "name: Con\nkind: person\n")
                .file("content/pages/nul.md", "---\ntitle: Nul\n---\n")
                .file("content/statements/2024/com1.md", "---\ndate: 2024-03-01\nactor: mark-rutte\n---\n"),
            "content/actors/con.yaml:1:1: id 'con' is a reserved file name on Windows (Windows can create no file of that name, whatever its extension: rename the file, e.g. to 'con-1')",
            "content/pages/nul.md:1:1: id 'nul' is a reserved file name on Windows (Windows can create no file of that name, whatever its extension: rename the file, e.g. to 'nul-1')",
            "content/statements/2024/com1.md:1:1: id 'com1' is a reserved file name on Windows (Windows can create no file of that name, whatever its extension: rename the file, e.g. to 'com1-1')"),
        error("ids-that-differ-only-in-case",
            s -> s.file("content/actors/Mark-Rutte.yaml", "name: Mark Rutte again\nkind: person\n"),
            "content/actors/Mark-Rutte.yaml:1:1: id 'Mark-Rutte' differs from 'mark-rutte' only in case (Windows and macOS see one file where there are two, and ids are lower case: merge this file into content/actors/mark-rutte.yaml and delete it)"),
        error("country-files-that-differ-only-in-case",
            s -> s.file("content/countries/NL.yaml", "name: Netherlands\ncode: NL\n"),
            "content/countries/NL.yaml:1:1: id 'NL' differs from 'nl' only in case (Windows and macOS see one file where there are two, and ids are lower case: merge this file into content/countries/nl.yaml and delete it)"),
        error("page-id-of-a-built-in-folder",
            s -> s.file("content/pages/timeline.md", "---\ntitle: My timeline\n---\n"),
            "content/pages/timeline.md:1:1: page id 'timeline' is taken by the site's own timeline/ folder (rename the file, e.g. to content/pages/about-timeline.md)"),
        errors("page-ids-of-every-built-in-output", 7,
            s -> {
              for (String id : new String[] {"countries", "actors", "statements", "events", "offices", "data", "404"}) {
                s.file("content/pages/" + id + ".md", "---\ntitle: Page " + id + "\n---\n");
              }
            },
            "content/pages/404.md:1:1: page id '404' is taken by the site's own 404 page (404.html) (rename the file, e.g. to content/pages/about-404.md)",
            "content/pages/actors.md:1:1: page id 'actors' is taken by the site's own actors/ folder (rename the file, e.g. to content/pages/about-actors.md)",
            "content/pages/countries.md:1:1: page id 'countries' is taken by the site's own countries/ folder (rename the file, e.g. to content/pages/about-countries.md)",
            "content/pages/data.md:1:1: page id 'data' is taken by the site's own data/ folder (rename the file, e.g. to content/pages/about-data.md)",
            "content/pages/events.md:1:1: page id 'events' is taken by the site's own events/ folder (rename the file, e.g. to content/pages/about-events.md)",
            "content/pages/offices.md:1:1: page id 'offices' is taken by the site's own offices/ folder (rename the file, e.g. to content/pages/about-offices.md)",
            "content/pages/statements.md:1:1: page id 'statements' is taken by the site's own statements/ folder (rename the file, e.g. to content/pages/about-statements.md)"),
        error("id-far-too-long",
            s -> s.file("content/actors/" + "a".repeat(81) + ".yaml", "name: Long\nkind: person\n"),
            "content/actors/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.yaml:1:1: id is longer than 80 characters (ids are lower-case letters and digits joined by single hyphens, at most 80 characters: rename the file, e.g. to 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa')"),
        error("look-alike-unicode-id",
            s -> s.file("content/actors/mark-rutt\u0435.yaml", "name: Mark Rutte\nkind: person\n"),
            "content/actors/mark-ruttе.yaml:1:1: invalid id 'mark-ruttе': 'е' (U+0435) is not one of a-z (ids use only the letters a-z, the digits 0-9 and hyphens, and a letter of another alphabet can look the same: type the file name again)"),
        error("symbolic-link-to-a-file-outside",
            s -> {
              Path secret = Files.writeString(s.root().resolveSibling("secret.yaml"), "name: Secret\nkind: person\n");
              Files.createSymbolicLink(s.root().resolve("content/actors/secret.yaml"), secret);
            },
            "content/actors/secret.yaml: symbolic links are not followed (copy the file or folder into the site instead of linking to it)"),
        error("symbolic-link-to-a-folder-outside",
            s -> {
              Path folder = Files.createDirectories(s.root().resolveSibling("elsewhere"));
              Files.writeString(folder.resolve("x.md"), "---\ndate: 2024-03-01\nactor: mark-rutte\n---\n");
              Files.createSymbolicLink(s.root().resolve("content/statements/linked"), folder);
            },
            "content/statements/linked: symbolic links are not followed (copy the file or folder into the site instead of linking to it)"),
        error("content-folder-that-is-a-symbolic-link",
            s -> {
              Path elsewhere = s.root().resolveSibling("elsewhere-content");
              Files.move(s.root().resolve("content"), elsewhere);
              Files.createSymbolicLink(s.root().resolve("content"), elsewhere);
            },
            "content: symbolic links are not followed (copy the file or folder into the site instead of linking to it)"),
        error("symbolic-link-as-a-template",
            s -> {
              Path outside = Files.writeString(s.root().resolveSibling("outside.html"), "<p>SECRET-OUTSIDE</p>\n");
              Files.createDirectories(s.root().resolve("templates"));
              Files.createSymbolicLink(s.root().resolve("templates/page.html"), outside);
            },
            "templates/page.html: symbolic links are not followed (copy the file or folder into templates/ instead of linking to it)"),
        safe("symbolic-link-as-an-asset-is-not-copied",
            s -> {
              Path outside = Files.writeString(s.root().resolveSibling("secret.txt"), "SECRET-OUTSIDE\n");
              Files.createDirectories(s.root().resolve("assets"));
              Files.writeString(s.root().resolve("assets/real.txt"), "real\n");
              Files.createSymbolicLink(s.root().resolve("assets/secret.txt"), outside);
            },
            out -> {
              assertThat(out.resolve("real.txt")).hasContent("real");
              assertThat(out.resolve("secret.txt")).doesNotExist();
            }),
        error("asset-that-a-page-would-replace",
            s -> s.file("assets/index.html", "<p>my own home page</p>\n"),
            "assets/index.html: the build writes index.html itself, where this asset would go (rename or move the asset; Baton's own file would replace it)"));
  }

  // ---- URLs ----

  static Stream<HostileCase> links() {
    return Stream.of(
        safe("javascript-url-in-a-body",
            s -> body(s, "[click](javascript:alert(1)) and <javascript:alert(2)>"),
            out -> assertBodyShowsAsText(out, "click and javascript:alert(2)")),
        safe("vbscript-url-in-a-body",
            s -> body(s, "[click](vbscript:msgbox(1))"),
            out -> assertBodyShowsAsText(out, "click")),
        safe("data-url-in-a-body",
            s -> body(s, "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==) ![img](data:image/svg+xml,<svg/onload=alert(1)>)"),
            out -> assertBodyShowsAsText(out, "click img")),
        safe("disguised-script-urls-in-a-body",
            s -> body(s, """
                [a](JaVaScRiPt:alert(1)) [b](java&#x09;script:alert(2)) [c](&#106;avascript:alert(3))
                [e][ref]

                [ref]: javascript:alert(5)
                """),
            out -> assertThat(statementPage(out).select(".prose a[href]")).isEmpty()),
        error("javascript-url-in-a-source",
            s -> source(s, "javascript:alert(1)"),
            "content/statements/uk-backs-rutte.md:6:10: a source url must be http, https or mailto: 'javascript:alert(1)' (e.g. https://www.reuters.com/...)"),
        error("vbscript-url-in-a-source",
            s -> source(s, "vbscript:msgbox(1)"),
            "content/statements/uk-backs-rutte.md:6:10: a source url must be http, https or mailto: 'vbscript:msgbox(1)' (e.g. https://www.reuters.com/...)"),
        error("data-url-in-a-source",
            s -> source(s, "data:text/html,<script>alert(1)</script>"),
            "content/statements/uk-backs-rutte.md:6:10: a source url must be http, https or mailto: 'data:text/html,<script>alert(1)</script>' (e.g. https://www.reuters.com/...)"));
  }

  private static void body(baton.testing.TestSite s, String body) {
    s.file("content/statements/uk-backs-rutte.md",
        "---\ndate: 2024-02-22\nactor: uk-foreign-office\ncandidate: mark-rutte\nstance: supports\n---\n" + body + "\n");
  }

  private static void source(baton.testing.TestSite s, String url) {
    s.file("content/statements/uk-backs-rutte.md",
        "---\ndate: 2024-02-22\nactor: uk-foreign-office\nsource:\n  - outlet: reuters\n    url: \"" + url + "\"\n---\n");
  }

  static Document statementPage(Path out) {
    return OutputScan.page(out, "statements/uk-backs-rutte/index.html");
  }

  /** A link to an unsafe URL is written as its text alone, with no link and no image. */
  private static void assertBodyShowsAsText(Path out, String text) {
    Document page = statementPage(out);
    assertThat(page.select(".prose").text()).isEqualTo(text);
    assertThat(page.select(".prose a, .prose img")).isEmpty();
  }

  // ---- markup in text and bodies ----

  static Stream<HostileCase> markup() {
    return Stream.of(
        safe("script-and-quotes-in-every-text-field",
            HostileCases::payloadEverywhere,
            out -> {
              Document statement = statementPage(out);
              assertThat(statement.text()).contains("<script>alert(1)</script>");
              assertThat(statement.select("img")).isEmpty();
              assertThat(OutputScan.page(out, "index.html").title()).contains("<script>");
              String feed = Files.readString(out.resolve("feed.xml"));
              assertThat(feed).doesNotContain("<script").contains("&lt;script&gt;");
            }),
        safe("raw-html-with-allow-html-off-is-escaped",
            s -> body(s, "<b>bold</b> <script>alert(1)</script> <img src=x onerror=alert(2)>"),
            out -> {
              Document page = statementPage(out);
              assertThat(page.select(".prose b, .prose img, .prose script")).isEmpty();
              assertThat(page.select(".prose").text()).contains("<b>bold</b>", "<script>alert(1)</script>");
            }),
        safe("raw-html-with-allow-html-on-is-sanitized",
            s -> {
              s.file("content/site.yaml", "title: Test race\nasOf: 2024-06\noffice: nato-sg\nallowHtml: true\n");
              body(s, "<b>bold</b> <script>alert(1)</script> <img src=\"https://example.org/x.png\" onerror=alert(2)> "
                  + "<a href=\"javascript:alert(3)\">x</a> <iframe src=\"https://evil.example/\"></iframe>"
                  + "<svg><animate attributeName=href to=javascript:alert(4) /></svg>");
            },
            out -> {
              Document page = statementPage(out);
              assertThat(page.select(".prose b").text()).isEqualTo("bold");
              assertThat(page.select(".prose script, .prose iframe, .prose svg, .prose a[href]")).isEmpty();
            }),
        safe("markdown-nested-twenty-thousand-deep",
            s -> body(s, ">".repeat(20_000) + " quoted\n\n" + "- ".repeat(20_000) + "listed\n\n"
                + "[".repeat(20_000) + "x" + "]".repeat(20_000) + "\n\n" + "*a ".repeat(20_000) + "\n"),
            out -> assertThat(statementPage(out).select(".prose").text()).contains("quoted", "listed")),
        error("relative-link-to-a-missing-page-in-a-body",
            s -> body(s, "See [the method](../../method/)."),
            "content/statements/uk-backs-rutte.md: its page statements/uk-backs-rutte/index.html has a link to a page that does not exist: ../../method/ (fix the link in the Markdown body or in the template that makes the page; a relative link in a body starts from the page's own folder)"),
        errors("thousands-of-broken-files-are-reported-within-bounds", 2_000,
            s -> {
              for (int i = 0; i < 2_000; i++) {
                s.file(String.format("content/actors/broken-%04d.yaml", i), "name: [broken]\nkind: person\n");
              }
            },
            "content/actors/broken-0000.yaml:1:7: 'name' should be a text, found a list (write one text; put it in quotes if it starts with '[' or '-')",
            "content/actors/broken-0001.yaml:1:7: 'name' should be a text, found a list (write one text; put it in quotes if it starts with '[' or '-')"));
  }

  private static void payloadEverywhere(baton.testing.TestSite s) {
    String p = PAYLOAD_YAML;
    s.file("content/site.yaml", "title: " + p + "\ndescription: " + p + "\nasOf: 2024-06\noffice: nato-sg\n"
            + "params:\n  note: " + p + "\n")
        .file("content/countries/nl.yaml", "name: " + p + "\ncode: NL\nmembership:\n  - from: 1949-08-24\n")
        .file("content/actors/mark-rutte.yaml", "name: " + p + "\nkind: person\ncountry: nl\naliases: [" + p + "]\n"
            + "roles:\n  - title: " + p + "\n    from: 2010\n")
        .file("content/actors/reuters.yaml", "name: " + p + "\nkind: outlet\n")
        .file("content/offices/nato-sg.yaml", "name: " + p + "\nbody: " + p + "\ncandidates: [mark-rutte]\n"
            + "holders:\n  - actor: jens-stoltenberg\n    from: 2014-10-01\n    to: 2024-01-01\n    endCause: " + p
            + "\n    note: " + p + "\n")
        .file("content/statements/uk-backs-rutte.md", "---\ndate: 2024-02-22\ndisplayDate: " + p
            + "\nactor: uk-foreign-office\ncandidate: mark-rutte\nstance: supports\ncondition: " + p + "\nquote: " + p
            + "\nsource:\n  - outlet: " + p + "\n    url: https://example.org/?q=%3Cscript%3E\n    title: " + p
            + "\n  - outlet: reuters\n    title: " + p + "\n---\n" + PAYLOAD + "\n")
        .file("content/events/summit.md", "---\ndate: 2024-07-09\ndisplayDate: " + p + "\ntitle: " + p
            + "\nsource:\n  - outlet: " + p + "\n---\n" + PAYLOAD + "\n")
        .file("content/pages/about.md", "---\ntitle: " + p + "\n---\n" + PAYLOAD + "\n");
  }

  // ---- templates (untrusted too) ----

  static Stream<HostileCase> templates() {
    return Stream.of(
        error("broken-template-expression",
            s -> template(s, "page.html", "<p th:text=\"${title\">x</p>"),
            "templates/page.html:4:4: Could not parse as expression: \"${title\" (fix the template, or delete it from templates/ to use the built-in one)"),
        error("template-reading-a-missing-property",
            s -> template(s, "page.html", "<p th:text=\"${site.secret}\">x</p>"),
            "templates/page.html:4:4: cannot evaluate \"site.secret\": baton.model.Settings.secret (fix the template, or delete it from templates/ to use the built-in one)"),
        error("template-calling-java",
            // Were it run, the file would appear in the build JVM's working folder, which the test sees.
            s -> template(s, "page.html", "<p th:text=\"${T(java.lang.Runtime).getRuntime().exec('touch pwned')}\">x</p>"),
            "templates/page.html:4:4: cannot evaluate \"T(java.lang.Runtime).getRuntime().exec('touch pwned')\": source is null for getProperty(null, \"lang\") (fix the template, or delete it from templates/ to use the built-in one)"),
        error("template-that-includes-itself",
            s -> template(s, "page.html", "<div th:insert=\"~{page}\">x</div>"),
            "templates: the templates insert one another without end (a template inserts itself, directly or through another: check th:insert, th:replace and th:include)"),
        error("template-with-a-script-element",
            s -> template(s, "page.html", "<script>alert(1)</script>"),
            "about/index.html: a <script> element (pages carry no script) (this site's own templates made the page (templates/page.html): remove it from them, and print content only with th:text, never th:utext)"),
        error("template-with-an-event-handler",
            s -> template(s, "page.html", "<button onclick=\"alert(1)\">x</button>"),
            "about/index.html: an event-handler attribute onclick on <button> (this site's own templates made the page (templates/page.html): remove it from them, and print content only with th:text, never th:utext)"),
        error("template-with-a-javascript-link",
            s -> template(s, "page.html", "<a href=\"javascript:alert(1)\">x</a>"),
            "about/index.html: an unsafe javascript: URL in href of <a> (this site's own templates made the page (templates/page.html): remove it from them, and print content only with th:text, never th:utext)"),
        error("template-writing-user-text-unescaped",
            s -> {
              template(s, "page.html", "<h1 th:utext=\"${title}\">x</h1>");
              s.file("content/pages/about.md", "---\ntitle: \"<script>alert(1)</script>\"\n---\n");
            },
            "about/index.html: a <script> element (pages carry no script) (this site's own templates made the page (templates/page.html): remove it from them, and print content only with th:text, never th:utext)"),
        error("template-with-an-svg-animation-to-a-script-url",
            s -> template(s, "page.html", "<svg><a><animate attributeName=\"href\" values=\"javascript:alert(1)\"/><text>x</text></a></svg>"),
            "about/index.html: an unsafe javascript: URL in values of <animate> (this site's own templates made the page (templates/page.html): remove it from them, and print content only with th:text, never th:utext)"),
        error("messages-file-that-is-not-a-properties-file",
            s -> s.file("templates/i18n/messages.properties", "nav.home=Home \\uZZZZ\n"),
            "templates: the site's templates cannot be used: i18n/messages.properties: not a valid properties file: Malformed \\uxxxx encoding (one of the files in templates/ is broken, such as a label in templates/i18n/*.properties with an unmatched '{'; move them out one at a time to find it)"),
        error("broken-label-in-a-messages-file",
            s -> s.file("templates/i18n/messages.properties", "nav.home=Home {\n"),
            "templates: the site's templates cannot be used: unmatched braces in the pattern (one of the files in templates/ is broken, such as a label in templates/i18n/*.properties with an unmatched '{'; move them out one at a time to find it)"));
  }

  private static void template(baton.testing.TestSite s, String name, String main) {
    s.file("templates/" + name, "<!DOCTYPE html>\n<html xmlns:th=\"http://www.thymeleaf.org\">\n<body>\n"
        + main + "\n</body>\n</html>\n");
  }

  // ---- settings and periods ----

  static Stream<HostileCase> settings() {
    return Stream.of(
        error("base-url-that-is-not-absolute",
            s -> s.file("content/site.yaml", "title: Test race\nbaseUrl: example.org/race\n"),
            "content/site.yaml:2:10: 'baseUrl' must be an absolute http or https URL: 'example.org/race' (e.g. https://example.org/ or https://user.github.io/repo/)"),
        error("base-url-with-a-script-scheme",
            s -> s.file("content/site.yaml", "title: Test race\nbaseUrl: javascript:alert(1)//example.org/\n"),
            "content/site.yaml:2:10: 'baseUrl' must be an absolute http or https URL: 'javascript:alert(1)//example.org/' (e.g. https://example.org/ or https://user.github.io/repo/)"),
        error("language-that-is-not-a-bcp47-tag",
            s -> s.file("content/site.yaml", "title: Test race\nlanguage: en_US\n"),
            "content/site.yaml:2:11: 'language' is not a BCP 47 language tag: 'en_US' (e.g. en, fr, en-GB, pt-BR)"),
        error("language-that-carries-markup",
            s -> s.file("content/site.yaml", "title: Test race\nlanguage: '\"><script>alert(1)</script>'\n"),
            "content/site.yaml:2:11: 'language' is not a BCP 47 language tag: '\"><script>alert(1)</script>' (e.g. en, fr, en-GB, pt-BR)"),
        error("overlapping-holders",
            s -> s.file("content/offices/nato-sg.yaml", """
                name: Secretary General of NATO
                candidates: [mark-rutte]
                holders:
                  - actor: jens-stoltenberg
                    from: 2014-10-01
                    to: 2024-10-01
                  - actor: mark-rutte
                    from: 2024-06-01
                """),
            "content/offices/nato-sg.yaml:7:5: holder's term overlaps the term at line 4 (terms may only share the day one ends and the next begins; mark an interim holder acting: true)"),
        error("holder-starting-while-another-never-ends",
            s -> s.file("content/offices/nato-sg.yaml", """
                name: Secretary General of NATO
                candidates: [mark-rutte]
                holders:
                  - actor: jens-stoltenberg
                    from: 2014-10-01
                  - actor: mark-rutte
                    from: 2024-10-01
                """),
            "content/offices/nato-sg.yaml:6:5: holder's term starts while the term at line 4 has no end (give the earlier term a 'to', or mark one of them acting: true)"),
        error("overlapping-memberships",
            s -> s.file("content/countries/nl.yaml", """
                name: Netherlands
                code: NL
                membership:
                  - from: 1949-08-24
                  - from: 2000
                    to: 2001
                """),
            "content/countries/nl.yaml:5:5: membership period overlaps the one at line 4 (a country is a member once at a time: merge the periods or correct the dates)"));
  }
}
