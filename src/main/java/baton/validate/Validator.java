package baton.validate;

import baton.content.EntryType;
import baton.content.Mapping;
import baton.content.RawEntry;
import baton.content.Scalar;
import baton.diag.Diagnostic;
import baton.diag.Diagnostics;
import baton.diag.DidYouMean;
import baton.diag.SourcePos;
import baton.model.Actor;
import baton.model.ActorKind;
import baton.model.Country;
import baton.model.EntryDate;
import baton.model.Event;
import baton.model.EventKind;
import baton.model.EventStatus;
import baton.model.Holder;
import baton.model.Office;
import baton.model.Outcome;
import baton.model.Page;
import baton.model.PartialDate;
import baton.model.Period;
import baton.model.Role;
import baton.model.Rule;
import baton.model.Settings;
import baton.model.Site;
import baton.model.Source;
import baton.model.Stance;
import baton.model.Statement;
import baton.model.StatementKind;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.regex.Pattern;

/**
 * Turns raw entries into a {@link Site}. One pass per entry type, in the order their references need (countries,
 * actors, then the rest), then one pass over every collected reference. Drafts left out of the build are only
 * noted, so that a reference to one can say so.
 */
public final class Validator {

  /** Entries of one type in the order of their ids (a file's path between equal ids, which only drafts can share). */
  private static final Comparator<RawEntry> BY_ID_THEN_FILE = (a, b) -> {
    int byId = a.id().compareTo(b.id());
    return byId != 0 ? byId : a.file().compareTo(b.file());
  };

  private static final Pattern WIKIDATA = Pattern.compile("Q[1-9][0-9]*");
  private static final Pattern LANGUAGE =
      Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z]{4})?(-([A-Za-z]{2}|[0-9]{3}))?(-([A-Za-z0-9]{5,8}|[0-9][A-Za-z0-9]{3}))*");
  private static final Set<String> URL_SCHEMES = Set.of("http", "https", "mailto");
  /** What a build writes at the top of the output under names a page's id could take (a page goes to {@code <id>/}). */
  private static final Map<String, String> BUILT_IN_OUTPUT =
      Map.of(
          "timeline", "timeline/ folder",
          "countries", "countries/ folder",
          "actors", "actors/ folder",
          "statements", "statements/ folder",
          "events", "events/ folder",
          "offices", "offices/ folder",
          "data", "data/ folder",
          "404", "404 page (404.html)");

  /** Whether statements converted by one validation are kept for the next ({@link #remembering}). */
  private final boolean remembers;
  /** The statements the last validation converted, by raw entry: the same object while its file is unchanged. */
  private Map<RawEntry, Object> converted = new IdentityHashMap<>();
  /**
   * The published ids of the last validation, when every reference in it resolved; null otherwise. While none of them
   * is gone, the references of the statements remembered from it resolve still, and are not looked up again.
   */
  private Map<EntryType, Set<String>> resolvedIds;
  /** The order of the last validation's published entries, when remembering. */
  private Order order;

  public Validator() {
    this(false);
  }

  private Validator(boolean remembers) {
    this.remembers = remembers;
  }

  /**
   * A validator for {@code baton serve}, which validates a site again after each edit: a statement whose raw entry
   * is the one validated last time (the loader's cache gives the same object for an unchanged file), and whose
   * actor is the same, is not converted again; its problems are reported again as they were.
   */
  public static Validator remembering() {
    return new Validator(true);
  }

  /** The ids a page cannot take, because the build writes its own pages or folders there. */
  public static Set<String> reservedPageIds() {
    return BUILT_IN_OUTPUT.keySet();
  }

  public Validation validate(List<RawEntry> entries, boolean includeDrafts, Diagnostics diagnostics) {
    return validate(entries, includeDrafts, true, Map.of(), diagnostics);
  }

  /**
   * {@code unreadable} holds, by type, the ids of content files that could not be read (their own errors are reported
   * apart): a reference to one of them is not reported as unknown, so that one broken file does not bury the site's
   * other errors under false ones, nor hide the real ones. With {@code checkReferences} false, references are not
   * checked at all: for a site some of whose files could not even be looked at, so that their ids are not known.
   */
  public Validation validate(
      List<RawEntry> entries,
      boolean includeDrafts,
      boolean checkReferences,
      Map<EntryType, Set<String>> unreadable,
      Diagnostics diagnostics) {
    Run run = new Run(includeDrafts, diagnostics, remembers ? converted : null, remembers ? resolvedIds : null);
    run.lastOrder = remembers ? order : null;
    run.remembersOrder = remembers;
    run.unreadable = unreadable;
    Validation validation = run.validate(entries, checkReferences);
    if (remembers) {
      order = run.lastOrder;
      converted = run.nextConverted;
      resolvedIds = checkReferences && run.allResolved ? run.ids : null;
    }
    return validation;
  }

  /**
   * Published entries in the order they came, by file, and for each type the positions that put them in the order
   * of their ids. Serve validates the same files after each edit, in the same order: an edit changes an entry, not its
   * id or file, so the positions of the last validation sort the next one too, without comparing ten thousand ids.
   */
  private record Order(String[] files, String[] ids, Map<EntryType, int[]> sorted) {

    /**
     * Whether these are the entries, in the order, that this order was made for. Files and ids are compared by
     * identity: the loader keeps both strings of a file it found before, so a miss only costs a sort.
     */
    boolean fits(List<RawEntry> published) {
      if (published.size() != files.length) {
        return false;
      }
      for (int i = 0; i < files.length; i++) {
        RawEntry e = published.get(i);
        if (e.file() != files[i] || e.id() != ids[i]) {
          return false;
        }
      }
      return true;
    }

    static Order of(List<RawEntry> published) {
      String[] files = new String[published.size()];
      String[] ids = new String[files.length];
      Map<EntryType, List<Integer>> positions = new EnumMap<>(EntryType.class);
      for (int i = 0; i < files.length; i++) {
        files[i] = published.get(i).file();
        ids[i] = published.get(i).id();
        positions.computeIfAbsent(published.get(i).type(), t -> new ArrayList<>()).add(i);
      }
      Map<EntryType, int[]> sorted = new EnumMap<>(EntryType.class);
      positions.forEach((type, list) -> {
        list.sort((a, b) -> BY_ID_THEN_FILE.compare(published.get(a), published.get(b)));
        sorted.put(type, list.stream().mapToInt(Integer::intValue).toArray());
      });
      return new Order(files, ids, sorted);
    }

    /** The entries of each type in the order of their ids. */
    Map<EntryType, List<RawEntry>> byType(List<RawEntry> published) {
      Map<EntryType, List<RawEntry>> byType = new EnumMap<>(EntryType.class);
      for (EntryType t : EntryType.values()) {
        int[] positions = sorted.getOrDefault(t, new int[0]);
        List<RawEntry> list = new ArrayList<>(positions.length);
        for (int position : positions) {
          list.add(published.get(position));
        }
        byType.put(t, list);
      }
      return byType;
    }
  }

  /** The state of one validation. */
  private static final class Run {

    /** The order of the last validation's published entries, if known; this one's after {@link #validate}. */
    private Order lastOrder;
    /** Whether to work out {@link #lastOrder} for the next validation. */
    private boolean remembersOrder;

    private final boolean includeDrafts;
    /** Where problems go; a statement's own conversion (see {@link #converted}) records them apart. */
    private final Diagnostics diagnostics;
    private final Map<RawEntry, Object> lastConverted;
    private final Map<RawEntry, Object> nextConverted;
    private final Map<EntryType, Set<String>> ids;
    private final Map<EntryType, Set<String>> draftIds;
    private final List<Check> checks = new ArrayList<>();
    private final Map<String, Actor> actorsById;
    private final Map<EntryType, Set<String>> lastResolvedIds;
    /** Whether the references of remembered statements still resolve (see {@link Validator#resolvedIds}). */
    private boolean rememberedResolve;
    /** Whether every reference checked so far resolved. */
    private boolean allResolved = true;
    /** The ids of the content files that could not be read, by type (see {@link Validator#validate}). */
    private Map<EntryType, Set<String>> unreadable = Map.of();

    Run(
        boolean includeDrafts,
        Diagnostics diagnostics,
        Map<RawEntry, Object> lastConverted,
        Map<EntryType, Set<String>> lastResolvedIds) {
      this.includeDrafts = includeDrafts;
      this.diagnostics = diagnostics;
      this.lastConverted = lastConverted;
      // Sized as the last one: it holds about as many entries, and growing one of ten thousand costs in serve's step.
      this.nextConverted = new IdentityHashMap<>(lastConverted == null ? 32 : lastConverted.size());
      this.lastResolvedIds = lastResolvedIds;
      this.ids = new EnumMap<>(EntryType.class);
      this.draftIds = new EnumMap<>(EntryType.class);
      this.actorsById = new HashMap<>();
      for (EntryType t : EntryType.values()) {
        ids.put(t, new HashSet<>());
        draftIds.put(t, new HashSet<>());
      }
    }

    /**
     * A run for converting one statement apart from the others (on any thread): its own problems and references, the
     * ids and actors of {@code parent}, which no longer change once statements are converted.
     */
    private Run(Run parent) {
      this.includeDrafts = parent.includeDrafts;
      this.diagnostics = new Diagnostics(Integer.MAX_VALUE);
      this.lastConverted = null;
      this.nextConverted = new IdentityHashMap<>();
      this.lastResolvedIds = null;
      this.ids = parent.ids;
      this.draftIds = parent.draftIds;
      this.actorsById = parent.actorsById;
    }

    /** A reference to check once every id is known. */
    private record Check(EntryType type, Ref ref, String what) {}

    /**
     * A statement as converted, with everything its conversion did besides: the problems it reported, the references
     * it left to check, and the actor it read (its country is the statement's country when it names none).
     */
    private record Converted(Statement statement, List<Diagnostic> problems, List<Check> checks, String actorId, Actor actor) {}

    /** An actor as converted, with the problems and references its conversion reported. */
    private record ConvertedActor(Actor actor, List<Diagnostic> problems, List<Check> checks) {}

    /**
     * {@link #actor}, or what the last validation made of this very raw entry: an actor depends on its own file
     * alone. Remembered, the same object stands for the actor again, and the statements that read it see it
     * unchanged at once.
     */
    private Actor rememberedActor(RawEntry e) {
      if (lastConverted == null) {
        return actor(e);
      }
      ConvertedActor c = lastConverted.get(e) instanceof ConvertedActor last ? last : null;
      if (c == null) {
        Run own = new Run(this);
        Actor a = own.actor(e);
        c = new ConvertedActor(a, own.diagnostics.inOrder(), List.copyOf(own.checks));
      }
      c.problems().forEach(diagnostics::add);
      checks.addAll(c.checks());
      if (c.actor() != null) {
        nextConverted.put(e, c);
      }
      return c.actor();
    }

    /** What the last validation made of this very raw entry, when that still holds; otherwise null. */
    private Converted remembered(RawEntry e) {
      if (lastConverted != null
          && lastConverted.get(e) instanceof Converted c
          && Objects.equals(actorsById.get(c.actorId()), c.actor())) {
        return c;
      }
      return null;
    }

    /** {@link #statement} in a run of its own: the statement (null when it failed), its problems, its references. */
    private Converted converted(RawEntry e) {
      Run own = new Run(this);
      Statement s = own.statement(e);
      return new Converted(s, own.diagnostics.inOrder(), List.copyOf(own.checks), s == null ? null : s.actor(),
          s == null ? null : actorsById.get(s.actor()));
    }

    /**
     * The statements of these raw entries, in their order: those the last validation made and that still hold taken
     * from it, the others converted on every core; their problems and references are then reported in order, as if
     * converted one after the other.
     */
    private List<Statement> statements(List<RawEntry> entries) {
      Converted[] done = new Converted[entries.size()];
      boolean[] reused = new boolean[done.length];
      List<Integer> toConvert = new ArrayList<>();
      for (int i = 0; i < done.length; i++) {
        done[i] = remembered(entries.get(i));
        reused[i] = done[i] != null;
        if (!reused[i]) {
          toConvert.add(i);
        }
      }
      // A few statements (a small site, an edit under serve) are not worth handing to other threads.
      IntStream indexes = IntStream.range(0, toConvert.size());
      (toConvert.size() > 64 ? indexes.parallel() : indexes)
          .forEach(k -> done[toConvert.get(k)] = converted(entries.get(toConvert.get(k))));
      List<Statement> statements = new ArrayList<>(done.length);
      for (int i = 0; i < done.length; i++) {
        Converted c = done[i];
        c.problems().forEach(diagnostics::add);
        if (!(reused[i] && rememberedResolve)) {
          checks.addAll(c.checks());
        }
        if (c.statement() != null) {
          // A statement that failed is converted again next time: rare, and its problems stay exact.
          if (lastConverted != null) {
            nextConverted.put(entries.get(i), c);
          }
          statements.add(c.statement());
        }
      }
      return statements;
    }

    Validation validate(List<RawEntry> entries, boolean checkReferences) {
      // Ids first, so that references can be checked whatever the order of the files. An entry's twin is the entry
      // of its type whose id is its id in lower case: itself, nearly always.
      Map<EntryType, Map<String, RawEntry>> byFoldedId = new EnumMap<>(EntryType.class);
      for (EntryType t : EntryType.values()) {
        byFoldedId.put(t, new HashMap<>());
      }
      RawEntry[] twins = new RawEntry[entries.size()];
      for (int i = 0; i < twins.length; i++) {
        RawEntry e = entries.get(i);
        if (Ids.isLowerCase(e.id()) || e.id().equals(e.id().toLowerCase(Locale.ROOT))) {
          RawEntry first = byFoldedId.get(e.type()).putIfAbsent(e.id(), e);
          twins[i] = first == null ? e : first;
        }
      }
      List<RawEntry> sites = new ArrayList<>();
      List<RawEntry> published = new ArrayList<>(twins.length);
      for (int i = 0; i < twins.length; i++) {
        RawEntry e = entries.get(i);
        if (e.type() == EntryType.SITE) {
          sites.add(e);
        }
        RawEntry twin = twins[i] != null ? twins[i] : byFoldedId.get(e.type()).get(e.id().toLowerCase(Locale.ROOT));
        if (!checkId(e, twin)) {
          continue;
        }
        if (isDraft(e) && !includeDrafts) {
          draftIds.get(e.type()).add(e.id());
        } else {
          ids.get(e.type()).add(e.id());
          published.add(e);
        }
      }
      sites.sort(BY_ID_THEN_FILE);
      Map<EntryType, List<RawEntry>> byType = byType(published);
      rememberedResolve = lastResolvedIds != null
          && ids.entrySet().stream().allMatch(t -> t.getValue().containsAll(lastResolvedIds.get(t.getKey())));

      Settings settings = null;
      if (!sites.isEmpty()) {
        settings = settings(sites.get(0));
      }
      List<Country> countries = new ArrayList<>();
      for (RawEntry e : byType.get(EntryType.COUNTRY)) {
        add(countries, country(e));
      }
      List<Actor> actors = new ArrayList<>();
      for (RawEntry e : byType.get(EntryType.ACTOR)) {
        Actor a = rememberedActor(e);
        if (a != null) {
          actors.add(a);
          actorsById.put(a.id(), a);
        }
      }
      List<Office> offices = new ArrayList<>();
      for (RawEntry e : byType.get(EntryType.OFFICE)) {
        add(offices, office(e));
      }
      List<Event> events = new ArrayList<>();
      for (RawEntry e : byType.get(EntryType.EVENT)) {
        add(events, event(e));
      }
      List<Statement> statements = statements(byType.get(EntryType.STATEMENT));
      List<Page> pages = new ArrayList<>();
      for (RawEntry e : byType.get(EntryType.PAGE)) {
        add(pages, page(e));
      }
      if (settings != null && settings.office() == null && offices.size() > 1) {
        diagnostics.error(
            sites.get(0).fields().pos(),
            "site.yaml must name the office the home page follows: there are " + offices.size() + " offices",
            "add office: " + offices.get(0).id());
      }
      if (checkReferences) {
        resolveReferences();
      }
      if (diagnostics.hasErrors() || settings == null) {
        return Validation.failed();
      }
      return new Validation(
          java.util.Optional.of(new Site(settings, offices, countries, actors, statements, events, pages)));
    }

    /** The published entries of each type in the order of their ids. */
    private Map<EntryType, List<RawEntry>> byType(List<RawEntry> published) {
      if (lastOrder != null && lastOrder.fits(published)) {
        return lastOrder.byType(published);
      }
      if (remembersOrder) {
        lastOrder = Order.of(published);
        return lastOrder.byType(published);
      }
      Map<EntryType, List<RawEntry>> byType = new EnumMap<>(EntryType.class);
      for (EntryType t : EntryType.values()) {
        byType.put(t, new ArrayList<>());
      }
      for (RawEntry e : published) {
        byType.get(e.type()).add(e);
      }
      for (List<RawEntry> list : byType.values()) {
        list.sort(BY_ID_THEN_FILE);
      }
      return byType;
    }

    private static <T> void add(List<T> list, T item) {
      if (item != null) {
        list.add(item);
      }
    }

    // ---- ids and drafts ----

    /**
     * Whether the entry's id (its file name) is valid. {@code lowerCaseTwin} is the entry of the same type whose id is
     * this one in lower case, if any: the two would be one file on Windows and macOS.
     */
    private boolean checkId(RawEntry e, RawEntry lowerCaseTwin) {
      if (e.type() == EntryType.SITE) {
        return true;
      }
      SourcePos pos = SourcePos.at(e.file(), 1, 1);
      if (lowerCaseTwin != null && lowerCaseTwin != e) {
        diagnostics.error(
            pos,
            "id '" + e.id() + "' differs from '" + lowerCaseTwin.id() + "' only in case",
            "Windows and macOS see one file where there are two, and ids are lower case: merge this file into "
                + lowerCaseTwin.file() + " and delete it");
        return false;
      }
      String problem = Ids.problem(e.id());
      if (problem != null) {
        int foreign = Ids.firstNonAscii(e.id());
        if (foreign >= 0) {
          diagnostics.error(
              pos,
              problem + ": '" + Character.toString(foreign) + "' (" + String.format(Locale.ROOT, "U+%04X", foreign)
                  + ") is not one of a-z",
              "ids use only the letters a-z, the digits 0-9 and hyphens, and a letter of another alphabet can look the"
                  + " same: type the file name again");
          return false;
        }
        String rule = Ids.isReserved(e.id())
            ? "Windows can create no file of that name, whatever its extension"
            : "ids are lower-case letters and digits joined by single hyphens, at most " + Ids.MAX_LENGTH + " characters";
        diagnostics.error(pos, problem, rule + ": rename the file, e.g. to '" + Ids.suggest(e.id()) + "'");
        return false;
      }
      if (e.type() == EntryType.PAGE && BUILT_IN_OUTPUT.containsKey(e.id())) {
        diagnostics.error(
            pos,
            "page id '" + e.id() + "' is taken by the site's own " + BUILT_IN_OUTPUT.get(e.id()),
            "rename the file, e.g. to content/pages/about-" + e.id() + ".md");
        return false;
      }
      if (e.type() == EntryType.COUNTRY && !Ids.isCountryCode(e.id())) {
        diagnostics.error(
            pos,
            "a country's file name must be its ISO 3166-1 alpha-2 code in lower case, not '" + e.id() + "'",
            "e.g. content/countries/nl.yaml for the Netherlands");
        return false;
      }
      return true;
    }

    private boolean isDraft(RawEntry e) {
      return e.fields().field("draft") != null
          && e.fields().field("draft").value() instanceof Scalar s
          && "true".equals(s.text());
    }

    // ---- site.yaml ----

    private Settings settings(RawEntry e) {
      Fields f = new Fields(e.fields(), Known.SITE, diagnostics);
      String title = f.requiredText("title", Known.EXAMPLES.get("title"));
      String language = f.text("language");
      if (language == null) {
        language = "en";
      } else if (!LANGUAGE.matcher(language).matches()) {
        diagnostics.error(
            f.pos("language"),
            "'language' is not a BCP 47 language tag: " + Quote.of(language),
            "e.g. en, fr, en-GB, pt-BR");
        language = "en";
      }
      String baseUrl = f.text("baseUrl");
      if (baseUrl != null && !isAbsoluteHttpUrl(baseUrl)) {
        diagnostics.error(
            f.pos("baseUrl"),
            "'baseUrl' must be an absolute http or https URL: " + Quote.of(baseUrl),
            "e.g. https://example.org/ or https://user.github.io/repo/");
        baseUrl = null;
      }
      Ref office = f.ref("office");
      if (office != null) {
        checks.add(new Check(EntryType.OFFICE, office, "office"));
      }
      PartialDate asOf = f.date("asOf");
      boolean allowHtml = f.flag("allowHtml");
      Map<String, Object> params = f.freeMapping("params");
      if (title == null) {
        return null;
      }
      return new Settings(
          title, f.text("description"), language, baseUrl, office == null ? null : office.id(), asOf, allowHtml,
          params);
    }

    private static boolean isAbsoluteHttpUrl(String url) {
      try {
        URI uri = new URI(url);
        return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
            && uri.getHost() != null
            && uri.getQuery() == null
            && uri.getFragment() == null;
      } catch (URISyntaxException e) {
        return false;
      }
    }

    // ---- countries ----

    private Country country(RawEntry e) {
      Fields f = new Fields(e.fields(), Known.COUNTRY, diagnostics);
      String name = f.requiredText("name", Known.EXAMPLES.get("name"));
      String code = f.requiredText("code", Known.EXAMPLES.get("code"));
      if (code != null && !code.equals(e.id().toUpperCase(Locale.ROOT))) {
        diagnostics.error(
            f.pos("code"),
            "code " + Quote.of(code) + " does not match the file name '" + e.id() + "'",
            "a country's code is its file name in upper case: code: " + e.id().toUpperCase(Locale.ROOT));
        code = null;
      } else if (code != null && !IsoCountries.isCountryCode(code)) {
        diagnostics.warning(f.pos("code"), Quote.of(code) + " is not an ISO 3166-1 alpha-2 country code",
            IsoCountries.hint(code));
      }
      List<Period> membership = new ArrayList<>();
      List<SourcePos> starts = new ArrayList<>();
      for (Mapping m : f.mappings("membership")) {
        Period p = period(new Fields(m, Known.PERIOD, diagnostics), true);
        if (p != null) {
          for (int i = 0; i < membership.size(); i++) {
            if (membership.get(i).overlaps(p)) {
              diagnostics.error(
                  m.pos(),
                  "membership period overlaps the one at line " + starts.get(i).line(),
                  "a country is a member once at a time: merge the periods or correct the dates");
            }
          }
          membership.add(p);
          starts.add(m.pos());
        }
      }
      String wikidata = wikidata(f);
      if (name == null || code == null) {
        return null;
      }
      return new Country(e.id(), name, code, membership, wikidata, markdown(e));
    }

    // ---- actors ----

    private Actor actor(RawEntry e) {
      Fields f = new Fields(e.fields(), Known.ACTOR, diagnostics);
      String name = f.requiredText("name", Known.EXAMPLES.get("name"));
      ActorKind kind = null;
      if (!f.has("kind")) {
        f.missing("kind", "one of: person, government, organisation, outlet, group");
      } else {
        kind = f.choice("kind", ActorKind.class);
      }
      Ref country = f.ref("country");
      if (country != null) {
        checks.add(new Check(EntryType.COUNTRY, country, "country"));
      }
      boolean anonymous = f.flag("anonymous");
      List<Role> roles = new ArrayList<>();
      for (Mapping m : f.mappings("roles")) {
        Fields rf = new Fields(m, Known.ROLE, diagnostics);
        String title = rf.requiredText("title", "e.g. title: Prime Minister of the Netherlands");
        Period p = rf.has("from") ? period(rf, true) : null;
        if (!rf.has("from") && rf.has("to")) {
          diagnostics.error(rf.pos("to"), "a role with 'to' needs a 'from'", "add from: <date>, or remove 'to'");
        }
        if (title != null) {
          roles.add(new Role(title, p));
        }
      }
      List<String> aliases = f.texts("aliases");
      String wikidata = wikidata(f);
      if (name == null || kind == null) {
        return null;
      }
      return new Actor(
          e.id(), name, kind, country == null ? null : country.id(), anonymous, roles, aliases, wikidata,
          markdown(e));
    }

    // ---- offices ----

    private Office office(RawEntry e) {
      Fields f = new Fields(e.fields(), Known.OFFICE, diagnostics);
      String name = f.requiredText("name", "e.g. name: Secretary General of NATO");
      Rule rule = f.has("rule") ? f.choice("rule", Rule.class) : Rule.CONSENSUS;
      List<Holder> holders = new ArrayList<>();
      List<SourcePos> holderPos = new ArrayList<>();
      for (Mapping m : f.mappings("holders")) {
        Fields hf = new Fields(m, Known.HOLDER, diagnostics);
        Ref actor = hf.ref("actor");
        if (actor == null) {
          hf.missing("actor", "the holder's actor id, e.g. actor: jens-stoltenberg");
        } else {
          checks.add(new Check(EntryType.ACTOR, actor, "holder"));
        }
        Period term = period(hf, true);
        boolean acting = hf.flag("acting");
        String endCause = hf.text("endCause");
        String note = hf.text("note");
        if (actor != null && term != null) {
          holders.add(new Holder(actor.id(), term, acting, endCause, note));
          holderPos.add(m.pos());
        }
      }
      checkSuccession(holders, holderPos);
      List<Ref> candidates = f.refs("candidates");
      for (Ref c : candidates) {
        checks.add(new Check(EntryType.ACTOR, c, "candidate"));
      }
      String wikidata = wikidata(f);
      String body = f.text("body");
      if (name == null || rule == null) {
        return null;
      }
      return new Office(
          e.id(), name, body, rule, holders, wikidata, candidates.stream().map(Ref::id).distinct().toList(),
          markdown(e));
    }

    /**
     * Holders are listed in succession; terms that are not acting may not share a day, except the day one ends
     * and the next begins (which belongs to the next), or, written with partial dates, the month or year they do.
     */
    private void checkSuccession(List<Holder> holders, List<SourcePos> pos) {
      Holder lastFull = null;
      SourcePos lastFullPos = null;
      for (int i = 0; i < holders.size(); i++) {
        Holder h = holders.get(i);
        if (i > 0 && h.term().firstDay().isBefore(holders.get(i - 1).term().firstDay())) {
          diagnostics.error(
              pos.get(i),
              "holder starts before the one listed above it (line " + pos.get(i - 1).line() + ")",
              "list holders in the order of their terms");
        }
        if (h.acting()) {
          continue;
        }
        if (lastFull != null) {
          if (lastFull.term().isOpen()) {
            diagnostics.error(
                pos.get(i),
                "holder's term starts while the term at line " + lastFullPos.line() + " has no end",
                "give the earlier term a 'to', or mark one of them acting: true");
          } else if (h.term().from().end().isBefore(lastFull.term().to().start())) {
            // Only when the next term starts before the earlier one ends whatever days partial dates stand for: a term
            // ending in March 2019 and the next starting in March 2019 touch, as full dates sharing a day do.
            diagnostics.error(
                pos.get(i),
                "holder's term overlaps the term at line " + lastFullPos.line(),
                "terms may only share the day one ends and the next begins; mark an interim holder acting: true");
          }
        }
        lastFull = h;
        lastFullPos = pos.get(i);
      }
    }

    // ---- statements ----

    private Statement statement(RawEntry e) {
      Fields f = new Fields(e.fields(), Known.STATEMENT, diagnostics);
      EntryDate date = entryDate(f);
      Ref actor = f.ref("actor");
      if (actor == null) {
        f.missing("actor", Known.EXAMPLES.get("actor"));
      } else {
        checks.add(new Check(EntryType.ACTOR, actor, "actor"));
      }
      List<String> countries = new ArrayList<>();
      boolean allMembers = false;
      boolean countryWritten = f.has("country") || f.has("countries");
      if (f.has("country") && f.has("countries")) {
        diagnostics.error(
            f.pos("countries"), "write either 'country' or 'countries', not both", "use countries: [a, b] for several");
      } else if (f.has("country")) {
        Ref c = f.ref("country");
        if (c != null) {
          checks.add(new Check(EntryType.COUNTRY, c, "country"));
          countries.add(c.id());
        }
      } else if (f.node("countries") instanceof Scalar s && "members".equals(s.text())) {
        allMembers = true;
      } else if (f.has("countries")) {
        for (Ref c : f.refs("countries")) {
          checks.add(new Check(EntryType.COUNTRY, c, "country"));
          if (!countries.contains(c.id())) {
            countries.add(c.id());
          }
        }
      }
      if (!countryWritten && actor != null) {
        Actor a = actorsById.get(actor.id());
        if (a != null && a.country() != null) {
          countries.add(a.country());
        }
      }
      Ref candidate = f.ref("candidate");
      if (candidate != null) {
        checks.add(new Check(EntryType.ACTOR, candidate, "candidate"));
      }
      Stance stance = f.choice("stance", Stance.class);
      // SPEC counts a stance only with a candidate, for the countries a statement is made for: one that counts for no
      // one or no country is allowed, and most likely a slip.
      if (stance != null && candidate == null) {
        diagnostics.warning(f.pos("stance"), "this stance counts for no candidate: the statement names none",
            "add candidate: <actor id>, or remove the stance");
      } else if (stance != null && !allMembers && countries.isEmpty() && actor != null
          && actorsById.containsKey(actor.id())) {
        diagnostics.warning(
            f.pos("stance"),
            "this stance counts for no country: actor '" + actor.id() + "' has no country",
            "add country: <id>, or countries: [..] or countries: members");
      }
      StatementKind kind =
          f.has("kind") ? f.choice("kind", StatementKind.class) : stance != null ? StatementKind.POSITION : StatementKind.REPORT;
      List<Ref> mentions = f.refs("mentions");
      mentions.forEach(r -> checks.add(new Check(EntryType.ACTOR, r, "actor")));
      List<Ref> about = f.refs("about");
      about.forEach(r -> checks.add(new Check(EntryType.EVENT, r, "event")));
      PartialDate due = f.date("due");
      Outcome outcome = f.choice("outcome", Outcome.class);
      if (kind != StatementKind.SPECULATION) {
        for (String key : List.of("due", "outcome")) {
          if (f.has(key)) {
            diagnostics.error(f.pos(key), "'" + key + "' is only for speculations", "set kind: speculation, or remove it");
          }
        }
      } else if (outcome == null) {
        outcome = Outcome.PENDING;
      }
      List<Source> sources = sources(f);
      String condition = f.text("condition");
      String quote = f.text("quote");
      boolean draft = f.flag("draft");
      if (date == null || actor == null || kind == null) {
        return null;
      }
      return new Statement(
          e.id(), date, actor.id(), countries, allMembers, candidate == null ? null : candidate.id(), stance,
          condition, kind, quote, ids(mentions), ids(about), due, outcome, sources, draft, markdown(e), e.file());
    }

    private static List<String> ids(List<Ref> refs) {
      return refs.stream().map(Ref::id).distinct().toList();
    }

    // ---- events ----

    private Event event(RawEntry e) {
      Fields f = new Fields(e.fields(), Known.EVENT, diagnostics);
      EntryDate date = entryDate(f);
      String title = f.requiredText("title", "e.g. title: NATO foreign ministers meet in Brussels");
      EventKind kind = f.has("kind") ? f.choice("kind", EventKind.class) : EventKind.OTHER;
      EventStatus status = f.choice("status", EventStatus.class);
      List<Ref> actors = f.refs("actors");
      actors.forEach(r -> checks.add(new Check(EntryType.ACTOR, r, "actor")));
      List<Ref> countries = f.refs("countries");
      countries.forEach(r -> checks.add(new Check(EntryType.COUNTRY, r, "country")));
      List<Source> sources = sources(f);
      boolean draft = f.flag("draft");
      if (date == null || title == null || kind == null) {
        return null;
      }
      return new Event(
          e.id(), date, title, kind, status, ids(actors), ids(countries), sources, draft, markdown(e), e.file());
    }

    // ---- pages ----

    private Page page(RawEntry e) {
      Fields f = new Fields(e.fields(), Known.PAGE, diagnostics);
      String title = f.requiredText("title", "e.g. title: How we count");
      boolean draft = f.flag("draft");
      PartialDate date = f.date("date");
      List<String> tags = f.texts("tags");
      return title == null ? null : new Page(e.id(), title, draft, e.body(), e.file(), date, tags);
    }

    // ---- shared parts ----

    private EntryDate entryDate(Fields f) {
      PartialDate date = f.requiredDate("date");
      boolean circa = f.flag("dateCirca");
      String display = f.text("displayDate");
      return date == null ? null : new EntryDate(date, circa, display);
    }

    /** from/to/fromCirca/toCirca of a holder, membership or role; {@code from} is required. */
    private Period period(Fields f, boolean fromRequired) {
      PartialDate from = fromRequired ? f.requiredDate("from") : f.date("from");
      PartialDate to = f.date("to");
      boolean fromCirca = f.flag("fromCirca");
      boolean toCirca = f.flag("toCirca");
      if (from == null) {
        return null;
      }
      if (to != null && to.end().isBefore(from.start())) {
        diagnostics.error(
            f.pos("to"), "'to' (" + to + ") is before 'from' (" + from + ")", "a period ends on or after its start");
        return null;
      }
      return new Period(from, fromCirca, to, toCirca);
    }

    private List<Source> sources(Fields f) {
      List<Source> out = new ArrayList<>();
      for (Mapping m : f.mappings("source")) {
        Fields sf = new Fields(m, Known.SOURCE, diagnostics);
        String outlet = sf.text("outlet");
        boolean outletIsActor = false;
        if (outlet != null && Ids.looksLikeId(outlet)) {
          outletIsActor = true;
          checks.add(new Check(EntryType.ACTOR, new Ref(outlet, sf.pos("outlet")), "outlet"));
        }
        String url = sf.text("url");
        if (url != null && !isSafeUrl(url)) {
          diagnostics.error(
              sf.pos("url"),
              "a source url must be http, https or mailto: " + Quote.of(url),
              "e.g. https://www.reuters.com/...");
          url = null;
        }
        String title = sf.text("title");
        PartialDate date = sf.date("date");
        if (outlet == null && url == null) {
          if (!sf.has("url")) {
            diagnostics.error(m.pos(), "a source needs an 'outlet' or a 'url'", "e.g. outlet: reuters");
          }
          continue;
        }
        out.add(new Source(outlet, outletIsActor, url, title, date));
      }
      return out;
    }

    private static boolean isSafeUrl(String url) {
      try {
        URI uri = new URI(url.strip());
        String scheme = uri.getScheme();
        if (scheme == null || !URL_SCHEMES.contains(scheme.toLowerCase(Locale.ROOT))) {
          return false;
        }
        return "mailto".equalsIgnoreCase(scheme) ? uri.getSchemeSpecificPart() != null : uri.getHost() != null;
      } catch (URISyntaxException e) {
        return false;
      }
    }

    private String wikidata(Fields f) {
      String w = f.text("wikidata");
      if (w != null && !WIKIDATA.matcher(w).matches()) {
        diagnostics.error(f.pos("wikidata"), "'wikidata' is not a Wikidata id: " + Quote.of(w), "e.g. wikidata: Q57792");
        return null;
      }
      return w;
    }

    private static String markdown(RawEntry e) {
      return e.body().isBlank() ? null : e.body();
    }

    // ---- references ----

    private void resolveReferences() {
      for (Check c : checks) {
        String id = c.ref().id();
        if (ids.get(c.type()).contains(id)) {
          continue;
        }
        allResolved = false;
        if (unreadable.getOrDefault(c.type(), Set.of()).contains(id)) {
          continue; // its file's own error says what is wrong
        }
        String noun = noun(c.type());
        if (draftIds.get(c.type()).contains(id)) {
          diagnostics.error(
              c.ref().pos(),
              c.what() + " " + Quote.of(id) + " is a draft",
              "publish it (remove draft: true) or build with --drafts");
          continue;
        }
        String hint = DidYouMean.hint(id, ids.get(c.type()));
        String label = c.what().equals(noun) ? noun : c.what();
        if (!Ids.isWellFormed(id)) {
          // Not an id at all ("../x", "/etc/passwd", "Mark Rutte"): never suggest creating a file of that name.
          String lower = DidYouMean.hint(id.toLowerCase(Locale.ROOT), ids.get(c.type()));
          diagnostics.error(
              c.ref().pos(),
              "unknown " + label + " " + Quote.of(id),
              lower != null ? lower
                  : "this is not an id: write the " + label + "'s id, its file name without extension, e.g. "
                      + example(c.type()));
          continue;
        }
        if (c.what().equals("outlet")) {
          // SPEC: an outlet is an actor's id or plain text. Text that looks like an id and is none is shown as written,
          // and most likely a slip.
          hint = hint == null
              ? "write the outlet's name as it should read, e.g. outlet: Reuters, or add content/actors/" + id + ".yaml"
              : hint + " or write the outlet's name as it should read, e.g. outlet: Reuters";
          diagnostics.warning(
              c.ref().pos(), "outlet " + Quote.of(id) + " is no actor's id: it is shown as the text " + Quote.of(id), hint);
          continue;
        }
        if (hint == null) {
          hint = "no " + noun + " has this id: add content/" + c.type().folder() + "/" + id + ".yaml";
        }
        diagnostics.error(c.ref().pos(), "unknown " + label + " " + Quote.of(id), hint);
      }
    }

    private static String example(EntryType t) {
      return switch (t) {
        case COUNTRY -> "nl for content/countries/nl.yaml";
        case EVENT -> "washington-summit for content/events/washington-summit.md";
        case OFFICE -> "nato-secretary-general for content/offices/nato-secretary-general.yaml";
        default -> "mark-rutte for content/actors/mark-rutte.yaml";
      };
    }

    private static String noun(EntryType t) {
      return switch (t) {
        case ACTOR -> "actor";
        case COUNTRY -> "country";
        case EVENT -> "event";
        case OFFICE -> "office";
        case STATEMENT -> "statement";
        case PAGE -> "page";
        case SITE -> "site";
      };
    }
  }
}
