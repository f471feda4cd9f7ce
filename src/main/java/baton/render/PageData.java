package baton.render;

import baton.render.PageModels.ActorGroup;
import baton.render.PageModels.CandidateRace;
import baton.render.PageModels.CountryRow;
import baton.render.PageModels.HolderView;
import baton.render.PageModels.PeriodView;
import baton.render.PageModels.RoleView;
import baton.render.PageModels.StanceHistory;
import baton.render.PageModels.YearGroup;
import java.util.List;

/**
 * What each page template receives besides the {@link PageFrame}: one record per template, whose components are
 * the template's variables by name (a Thymeleaf template reads them as {@code ${office}}, {@code ${races}}, ...).
 */
public sealed interface PageData {

  /** The template's name, without {@code .html}. */
  String template();

  record Home(
      baton.model.Office office,
      Ref officeRef,
      Ref holder,
      String holderSince,
      List<CandidateRace> races,
      String ruleText,
      String tenureSvg,
      List<EntryView> latest)
      implements PageData {
    @Override
    public String template() {
      return "home";
    }
  }

  /** {@code asOf} is not shown by the built-in template; a site's own may use it. */
  record Timeline(List<YearGroup> years, String asOf) implements PageData {
    @Override
    public String template() {
      return "timeline";
    }
  }

  record Countries(List<Ref> candidates, List<CountryRow> rows, List<CountryRow> members, List<CountryRow> others)
      implements PageData {
    @Override
    public String template() {
      return "countries";
    }
  }

  record Country(
      baton.model.Country country,
      List<PeriodView> membership,
      boolean member,
      List<StanceHistory> histories,
      List<EntryView> statements,
      List<EntryView> events,
      List<Ref> actors,
      String bodyHtml)
      implements PageData {
    @Override
    public String template() {
      return "country";
    }
  }

  record Actors(List<ActorGroup> groups) implements PageData {
    @Override
    public String template() {
      return "actors";
    }
  }

  record Actor(
      baton.model.Actor actor,
      String kindLabel,
      Ref countryRef,
      List<RoleView> roles,
      List<EntryView> made,
      List<EntryView> mentioned,
      List<EntryView> events,
      String bodyHtml)
      implements PageData {
    @Override
    public String template() {
      return "actor";
    }
  }

  record Statement(
      EntryView entry,
      baton.model.Statement statement,
      boolean allMembers,
      int membersCount,
      List<Ref> mentions,
      List<Ref> about,
      String bodyHtml)
      implements PageData {
    @Override
    public String template() {
      return "statement";
    }
  }

  record Event(EntryView entry, baton.model.Event event, List<Ref> actors, List<EntryView> statements, String bodyHtml)
      implements PageData {
    @Override
    public String template() {
      return "event";
    }
  }

  record Office(
      baton.model.Office office,
      List<HolderView> holders,
      String ruleText,
      boolean isRaceOffice,
      List<CandidateRace> races,
      List<Ref> candidates,
      String tenureSvg,
      String bodyHtml)
      implements PageData {
    @Override
    public String template() {
      return "office";
    }
  }

  /** A free page of {@code content/pages/}. */
  record FreePage(String bodyHtml) implements PageData {
    @Override
    public String template() {
      return "page";
    }
  }

  record NotFound() implements PageData {
    @Override
    public String template() {
      return "404";
    }
  }
}
