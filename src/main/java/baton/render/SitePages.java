package baton.render;

import baton.derive.Derived;
import baton.derive.Race;
import baton.derive.RaceFigures;
import baton.derive.StanceChange;
import baton.derive.Tally;
import baton.derive.TimelineEntry;
import baton.model.Actor;
import baton.model.ActorKind;
import baton.model.Coded;
import baton.model.Country;
import baton.model.Event;
import baton.model.Holder;
import baton.model.Office;
import baton.model.Page;
import baton.model.PartialDate;
import baton.model.Period;
import baton.model.Rule;
import baton.model.Site;
import baton.model.Statement;
import baton.render.PageModels.ActorGroup;
import baton.render.PageModels.ActorRow;
import baton.render.PageModels.CandidateRace;
import baton.render.PageModels.CountryRow;
import baton.render.PageModels.HolderView;
import baton.render.PageModels.MonthGroup;
import baton.render.PageModels.PeriodView;
import baton.render.PageModels.RoleView;
import baton.render.PageModels.StanceHistory;
import baton.render.PageModels.StanceStep;
import baton.render.PageModels.YearGroup;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * Every HTML page of SPEC section 4: for each, the variables its template receives, then the template rendered.
 * Page variables are computed here so that templates only lay them out.
 */
final class SitePages {

  private static final int LATEST = 10;

  private final Site site;
  private final Derived derived;
  private final Messages m;
  private final PageTemplates templates;
  private final Views views;
  private final BiFunction<String, Boolean, String> markdown;
  private final Pictures pictures;
  /** The derived timeline, which the views below follow position by position. */
  private final List<TimelineEntry> entries;
  /** The view of the timeline's entry at each position, made when a page first needs it. */
  private final AtomicReferenceArray<EntryView> viewAt;
  /**
   * The timeline's position of the very statement or event each entry shows, the objects the site and the derived
   * lists hold: a page finds its entries' views without making and hashing a key for each (an actor's page may list
   * thousands).
   */
  private final Map<Object, Integer> positionOf = new IdentityHashMap<>();
  private volatile List<EntryView> timeline;
  /** The actors of each country, in the order of the site's actors: one pass, not one scan per country page. */
  private final Map<String, List<Ref>> actorsByCountry = new HashMap<>();
  private final List<Ref> navigation;
  private final JsonLd jsonLd;

  SitePages(
      Site site,
      Derived derived,
      Messages messages,
      PageTemplates templates,
      BiFunction<String, Boolean, String> markdown,
      Pictures pictures) {
    this.site = site;
    this.derived = derived;
    this.m = messages;
    this.templates = templates;
    this.markdown = markdown;
    this.pictures = pictures;
    this.views = new Views(site, derived, messages);
    this.entries = List.copyOf(derived.timeline());
    this.viewAt = new AtomicReferenceArray<>(entries.size());
    for (int i = 0; i < entries.size(); i++) {
      TimelineEntry e = entries.get(i);
      if (e instanceof TimelineEntry.StatementEntry s) {
        positionOf.put(s.statement(), i);
      } else if (e instanceof TimelineEntry.EventEntry ev) {
        positionOf.put(ev.event(), i);
      }
    }
    for (Actor a : site.actors()) {
      if (a.country() != null) {
        actorsByCountry.computeIfAbsent(a.country(), k -> new ArrayList<>()).add(views.actor(a.id()));
      }
    }
    List<Ref> nav = new ArrayList<>();
    nav.add(new Ref(m.get("nav.home"), Urls.HOME));
    nav.add(new Ref(m.get("nav.timeline"), Urls.TIMELINE));
    nav.add(new Ref(m.get("nav.countries"), Urls.COUNTRIES));
    nav.add(new Ref(m.get("nav.actors"), Urls.ACTORS));
    for (Page p : site.pages()) {
      nav.add(new Ref(p.title(), Urls.page(p.id())));
    }
    this.navigation = List.copyOf(nav);
    this.jsonLd = new JsonLd(site.settings(), views);
  }

  /** The view of the entry showing this statement or event, made once; null when the timeline has none. */
  private EntryView viewOf(Object shown) {
    Integer position = positionOf.get(shown);
    return position == null ? null : view(position);
  }

  /** The views of the entries showing these statements or events, in their order. */
  private List<EntryView> viewsOf(List<?> shown) {
    List<EntryView> out = new ArrayList<>(shown.size());
    for (Object o : shown) {
      out.add(viewOf(o));
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * The view of the timeline's entry at that position. Not locked: two pages asking at once may both make it, and
   * the first one kept is the one every page gets.
   */
  private EntryView view(int position) {
    EntryView v = viewAt.get(position);
    if (v == null) {
      v = views.entry(entries.get(position));
      if (!viewAt.compareAndSet(position, null, v)) {
        v = viewAt.get(position);
      }
    }
    return v;
  }

  /**
   * Every entry's view in timeline order, made in parallel the first time (a headline may read a whole body). Not
   * locked: two pages asking at once may both make the list, of the same views.
   */
  private List<EntryView> timeline() {
    List<EntryView> all = timeline;
    if (all == null) {
      List<Supplier<EntryView>> jobs = new ArrayList<>(entries.size());
      for (int i = 0; i < entries.size(); i++) {
        int position = i;
        jobs.add(() -> view(position));
      }
      all = List.copyOf(InOrder.run(jobs));
      timeline = all;
    }
    return all;
  }

  /** Every page, in a fixed order; rendered on every core, the order and the bytes the same on any number. */
  List<OutputFile> render() {
    return InOrder.run(jobs());
  }

  /**
   * One page to render: its path from the output root, the work, and whether it is costly enough to be started before
   * the others (an office's page, whose tenure strip is laid out at length: left for last, it kept one core busy alone
   * at the end of a small build).
   */
  record PageJob(String path, Supplier<OutputFile> work, boolean costly) implements Supplier<OutputFile> {

    PageJob(String path, Supplier<OutputFile> work) {
      this(path, work, false);
    }

    @Override
    public OutputFile get() {
      return work.get();
    }
  }

  /** The rendering of each page, in the order of {@link #render}; the largest pages come first. */
  List<PageJob> jobs() {
    List<PageJob> jobs = new ArrayList<>();
    jobs.add(new PageJob(Urls.HOME, this::home));
    jobs.add(new PageJob(Urls.TIMELINE, this::timelinePage));
    jobs.add(new PageJob(Urls.COUNTRIES, this::countriesIndex));
    for (Country c : site.countries()) {
      jobs.add(new PageJob(Urls.country(c.id()), () -> country(c)));
    }
    jobs.add(new PageJob(Urls.ACTORS, this::actorsIndex));
    for (Actor a : site.actors()) {
      jobs.add(new PageJob(Urls.actor(a.id()), () -> actor(a)));
    }
    for (Statement s : site.statements()) {
      jobs.add(new PageJob(Urls.statement(s.id()), () -> statement(s)));
    }
    for (Event e : site.events()) {
      jobs.add(new PageJob(Urls.event(e.id()), () -> event(e)));
    }
    for (Office o : site.offices()) {
      jobs.add(new PageJob(Urls.office(o.id()), () -> office(o), true));
    }
    for (Page p : site.pages()) {
      jobs.add(new PageJob(Urls.page(p.id()), () -> page(p)));
    }
    jobs.add(new PageJob(Urls.NOT_FOUND, this::notFound));
    return jobs;
  }

  // ---- pages ----

  private OutputFile home() {
    Office office = derived.raceOffice();
    Ref officeRef = office == null ? null : views.office(office);
    Ref holder = office == null ? null : derived.holderOf(office).map(h -> views.actor(h.actor())).orElse(null);
    String holderSince =
        office == null ? null : derived.holderOf(office).map(h -> views.date(h.term().from())).orElse(null);
    List<CandidateRace> races = races(derived.race(), Urls.HOME);
    String ruleText =
        office == null ? null : ruleText(office);
    String tenureSvg = office == null ? null : pictures.tenure(office, derived);
    List<EntryView> latest = new ArrayList<>();
    for (int i = entries.size() - 1; i >= 0 && latest.size() < LATEST; i--) {
      EntryView e = view(i);
      if (e.isStatement() || e.isEvent()) {
        latest.add(e);
      }
    }
    PageData.Home home = new PageData.Home(office, officeRef, holder, holderSince, races, ruleText, tenureSvg, latest);
    return render(home, Urls.HOME, site.settings().title(), jsonLd.website());
  }

  /** The race's candidates as a page shows them; none without a race. */
  private List<CandidateRace> races(Race race, String page) {
    if (race == null) {
      return List.of();
    }
    List<CandidateRace> out = new ArrayList<>();
    for (Map.Entry<String, RaceFigures> c : race.candidates().entrySet()) {
      out.add(candidateRace(race, c.getKey(), c.getValue(), page, out.size() + 1));
    }
    return out;
  }

  /** How the office's rule appoints, naming the body when the office names one. */
  private String ruleText(Office office) {
    String key = "rule.explain." + office.rule().code();
    return office.body() == null ? m.get(key + ".noBody") : m.get(key, office.body());
  }

  /** The longest id prefix a picture takes (a letter, then at most 63 letters, digits, '-' or '_'). */
  private static final int MAX_PICTURE_PREFIX = 64;

  /**
   * What the ids of a candidate's pictures start with: {@code race-<id>}, or {@code race_<n>} (the candidate's place in
   * the race, from 1) when that with {@code -chart} or {@code -tiles} would be longer than a picture's prefix may be.
   * An id never holds '_', so neither form can be another candidate's.
   */
  static String raceIdPrefix(String candidateId, int place) {
    String prefix = "race-" + candidateId;
    return prefix.length() + "-chart".length() <= MAX_PICTURE_PREFIX ? prefix : "race_" + place;
  }

  private CandidateRace candidateRace(Race race, String candidateId, RaceFigures f, String page, int place) {
    Ref candidate = views.actor(candidateId);
    Map<String, List<Ref>> byStance = new HashMap<>();
    for (Map.Entry<String, String> b : f.byCountry().entrySet()) {
      byStance.computeIfAbsent(b.getValue(), k -> new ArrayList<>()).add(views.country(b.getKey()));
    }
    Tally t = f.tally();
    String status = f.status().code();
    String statusText = m.get("race.status." + race.rule().code() + "." + status, candidate.name(), t.members(), t.supports(), t.noObjection(), t.opposes());
    String idPrefix = raceIdPrefix(candidateId, place);
    return new CandidateRace(
        candidate,
        status,
        statusText,
        t.members(),
        t.supports(),
        t.noObjection(),
        t.undecided(),
        t.opposes(),
        t.none(),
        m.get("race.threshold." + race.rule().code(), threshold(race.rule(), t.members()), t.members()),
        byStance.getOrDefault("supports", List.of()),
        byStance.getOrDefault("no-objection", List.of()),
        byStance.getOrDefault("undecided", List.of()),
        byStance.getOrDefault("opposes", List.of()),
        byStance.getOrDefault("none", List.of()),
        pictures.supportChart(race, candidateId, candidate.name(), idPrefix + "-chart"),
        pictures.tiles(candidate.name(), f, page, idPrefix + "-tiles"));
  }

  /** How many supporters the rule needs among {@code members}. */
  static int threshold(Rule rule, int members) {
    return switch (rule) {
      case CONSENSUS, UNANIMITY -> members;
      case MAJORITY -> members / 2 + 1;
      case TWO_THIRDS -> (2 * members + 2) / 3;
    };
  }

  private OutputFile timelinePage() {
    List<YearGroup> years = new ArrayList<>();
    int year = Integer.MIN_VALUE;
    String monthKey = null;
    List<MonthGroup> months = null;
    List<EntryView> entries = null;
    for (EntryView e : timeline()) {
      PartialDate d = e.date();
      if (d.year() != year) {
        year = d.year();
        months = new ArrayList<>();
        years.add(new YearGroup(year, m.date(PartialDate.ofYear(year)), months));
        monthKey = null;
      }
      String key = d.precision() == baton.model.Precision.YEAR ? "y" : "m" + d.month();
      if (!key.equals(monthKey)) {
        monthKey = key;
        entries = new ArrayList<>();
        String label = key.equals("y") ? null : m.date(PartialDate.ofMonth(d.year(), d.month()));
        String anchor = key.equals("y") ? "y" + year : String.format(Locale.ROOT, "m%04d-%02d", year, d.month());
        months.add(new MonthGroup(label, anchor, entries));
      }
      entries.add(e);
    }
    String asOf = derived.asOf() == null ? null : m.date(derived.asOf());
    return render(new PageData.Timeline(years, asOf), Urls.TIMELINE, m.get("timeline.title"), null);
  }

  private OutputFile countriesIndex() {
    List<String> candidateIds = candidateIds();
    List<CountryRow> rows = new ArrayList<>();
    LocalDate day = derived.asOfDay();
    for (Country c : site.countries()) {
      boolean member = day != null && c.isMemberOn(day);
      List<String> stances = new ArrayList<>();
      for (String cand : candidateIds) {
        var s = day == null ? null : derived.stances().stanceAt(c.id(), cand, day);
        stances.add(s == null ? null : s.code());
      }
      String since = null;
      if (member) {
        for (Period p : c.membership()) {
          if (p.contains(day)) {
            since = m.date(p.from());
          }
        }
      }
      rows.add(new CountryRow(views.country(c.id()), c.code(), member, since, stances));
    }
    PageData.Countries page =
        new PageData.Countries(
            candidateIds.stream().map(views::actor).toList(),
            rows,
            rows.stream().filter(CountryRow::member).toList(),
            rows.stream().filter(r -> !r.member()).toList());
    return render(page, Urls.COUNTRIES, m.get("countries.title"), null);
  }

  private List<String> candidateIds() {
    Office office = derived.raceOffice();
    return office == null ? List.of() : office.candidates();
  }

  private OutputFile country(Country c) {
    boolean member = derived.asOfDay() != null && c.isMemberOn(derived.asOfDay());
    List<StanceHistory> histories = new ArrayList<>();
    List<String> candidateIds = candidateIds();
    Map<String, List<StanceStep>> steps = new LinkedHashMap<>();
    for (StanceChange change : derived.stances().historyOf(c.id())) {
      Statement s = change.statement();
      steps.computeIfAbsent(change.candidate(), k -> new ArrayList<>())
          .add(
              new StanceStep(
                  views.date(s.date().date()), IsoDates.of(s.date().date()), change.stance().code(), s.condition(),
                  viewOf(s)));
    }
    List<String> order = new ArrayList<>(candidateIds);
    for (String cand : steps.keySet()) {
      if (!order.contains(cand)) {
        order.add(cand);
      }
    }
    for (String cand : order) {
      var now = derived.asOfDay() == null ? null : derived.stances().stanceAt(c.id(), cand, derived.asOfDay());
      histories.add(
          new StanceHistory(views.actor(cand), now == null ? null : now.code(), steps.getOrDefault(cand, List.of())));
    }
    PageData.Country page =
        new PageData.Country(
            c,
            c.membership().stream().map(this::period).toList(),
            member,
            histories,
            viewsOf(derived.statementsForCountry(c.id())),
            viewsOf(derived.eventsForCountry(c.id())),
            actorsByCountry.getOrDefault(c.id(), List.of()),
            c.markdown() == null ? null : md(c.markdown()));
    return render(page, Urls.country(c.id()), c.name(), jsonLd.country(c, Urls.country(c.id())));
  }

  private OutputFile actorsIndex() {
    Map<ActorKind, List<ActorRow>> byKind = new LinkedHashMap<>();
    for (ActorKind k : ActorKind.values()) {
      byKind.put(k, new ArrayList<>());
    }
    for (Actor a : site.actors()) {
      byKind.get(a.kind())
          .add(
              new ActorRow(
                  views.actor(a.id()), a.country() == null ? null : views.country(a.country()), a.anonymous(),
                  derived.statementsByActor(a.id()).size()));
    }
    List<ActorGroup> groups = new ArrayList<>();
    byKind.forEach(
        (kind, rows) -> {
          if (!rows.isEmpty()) {
            groups.add(new ActorGroup(kind.code(), m.get("actor.kind.plural." + kind.code()), rows));
          }
        });
    return render(new PageData.Actors(groups), Urls.ACTORS, m.get("actors.title"), null);
  }

  private OutputFile actor(Actor a) {
    List<RoleView> roles = new ArrayList<>();
    for (Office o : site.offices()) {
      for (Holder h : o.holders()) {
        if (h.actor().equals(a.id())) {
          roles.add(new RoleView(o.name(), views.office(o), period(h.term()), h.acting()));
        }
      }
    }
    a.roles().forEach(r -> roles.add(new RoleView(r.title(), null, r.period() == null ? null : period(r.period()), false)));
    PageData.Actor page =
        new PageData.Actor(
            a,
            m.get("actor.kind." + a.kind().code()),
            a.country() == null ? null : views.country(a.country()),
            roles,
            viewsOf(derived.statementsByActor(a.id())),
            viewsOf(
                derived.statementsMentioning(a.id()).stream().filter(s -> !s.actor().equals(a.id())).toList()),
            viewsOf(derived.eventsForActor(a.id())),
            a.markdown() == null ? null : md(a.markdown()));
    return render(page, Urls.actor(a.id()), a.name(), jsonLd.actor(a, Urls.actor(a.id())));
  }

  private OutputFile statement(Statement s) {
    EntryView e = viewOf(s);
    PageData.Statement page =
        new PageData.Statement(
            e,
            s,
            s.allMembers(),
            derived.countriesOf(s).size(),
            s.mentions().stream().map(views::actor).toList(),
            s.about().stream().map(views::event).toList(),
            s.markdown() == null ? null : md(s.markdown()));
    return render(page, Urls.statement(s.id()), e.headline(), jsonLd.statement(s, e.headline(), Urls.statement(s.id())));
  }

  private OutputFile event(Event ev) {
    EntryView e = viewOf(ev);
    PageData.Event page =
        new PageData.Event(
            e,
            ev,
            ev.actors().stream().map(views::actor).toList(),
            viewsOf(derived.statementsAbout(ev.id())),
            ev.markdown() == null ? null : md(ev.markdown()));
    return render(page, Urls.event(ev.id()), ev.title(), jsonLd.event(ev, derived.statusOf(ev), Urls.event(ev.id())));
  }

  private OutputFile office(Office o) {
    List<HolderView> holders = new ArrayList<>();
    Holder current = derived.holderOf(o).orElse(null);
    int n = 0;
    for (Holder h : o.holders()) {
      holders.add(
          new HolderView(
              h.acting() ? 0 : ++n, views.actor(h.actor()), period(h.term()), h.acting(), h.endCause(), h.note(),
              h == current));
    }
    // Its tenure strip first: the home page, rendered at the same time, draws the race's charts first, so that each
    // picture shared by the two pages is usually drawn once and then found by the other.
    String tenureSvg = pictures.tenure(o, derived);
    PageData.Office page =
        new PageData.Office(
            o,
            holders,
            ruleText(o),
            o == derived.raceOffice(),
            races(derived.raceOf(o), Urls.office(o.id())),
            o.candidates().stream().map(views::actor).toList(),
            tenureSvg,
            o.markdown() == null ? null : md(o.markdown()));
    return render(page, Urls.office(o.id()), o.name(), jsonLd.office(o, Urls.office(o.id())));
  }

  private OutputFile page(Page p) {
    return render(
        new PageData.FreePage(p.markdown() == null ? "" : md(p.markdown())), Urls.page(p.id()), p.title(), null);
  }

  private OutputFile notFound() {
    return render(new PageData.NotFound(), Urls.NOT_FOUND, m.get("notfound.title"), null);
  }

  // ---- shared ----

  /** A period's dates as text, an approximate one marked as such ("c. 1952"), so that every page that shows it says so. */
  private PeriodView period(Period p) {
    String from = circa(views.date(p.from()), p.fromCirca());
    String to = p.to() == null ? null : circa(views.date(p.to()), p.toCirca());
    return new PeriodView(from, to, p.fromCirca(), p.toCirca());
  }

  private String circa(String date, boolean circa) {
    return circa ? m.get("entry.circa") + "\u00A0" + date : date;
  }

  private String md(String text) {
    return markdown.apply(text, site.settings().allowHtml());
  }

  private OutputFile render(PageData page, String path, String title, String pageJsonLd) {
    PageFrame frame =
        new PageFrame(
            site.settings(),
            title,
            site.settings().language(),
            navigation,
            derived.asOf() == null ? null : m.date(derived.asOf()),
            new PageHelper(path, m, markdown, site.settings().allowHtml(), site.settings().baseUrl()),
            pageJsonLd);
    return new OutputFile(path, templates.render(page, frame));
  }

  static String code(Coded c) {
    return c == null ? null : c.code();
  }
}
