package baton.render;

import java.util.List;

/** The shapes that page templates iterate over, beyond {@link EntryView}. */
public final class PageModels {

  private PageModels() {}

  /** The timeline's year headings, each with its month headings (label null for entries dated to the year). */
  public record YearGroup(int year, String label, List<MonthGroup> months) {}

  public record MonthGroup(String label, String anchor, List<EntryView> entries) {}

  /** A period shown as text, e.g. "24 August 1949 – present". */
  public record PeriodView(String from, String to, boolean fromCirca, boolean toCirca) {}

  /** One candidate's race as of asOf, in numbers and words. */
  public record CandidateRace(
      Ref candidate,
      String status,
      String statusText,
      int members,
      int supports,
      int noObjection,
      int undecided,
      int opposes,
      int none,
      String thresholdText,
      List<Ref> supporters,
      List<Ref> noObjections,
      List<Ref> undecideds,
      List<Ref> opposers,
      List<Ref> withoutStance,
      String chartSvg,
      String tilesSvg) {}

  /** A row of the countries index: the country, whether it is a member at asOf, its stance per candidate. */
  public record CountryRow(Ref country, String code, boolean member, String memberSince, List<String> stances) {}

  /** One step of a country's stance on a candidate. */
  public record StanceStep(String dateText, String isoDate, String stance, String condition, EntryView statement) {}

  /** A country's stance history on one candidate, with its stance at asOf. */
  public record StanceHistory(Ref candidate, String current, List<StanceStep> steps) {}

  /** A group of the actors index, by kind. */
  public record ActorGroup(String kind, String label, List<ActorRow> actors) {}

  public record ActorRow(Ref actor, Ref country, boolean anonymous, int statements) {}

  /** A role or term held, as text. */
  public record RoleView(String title, Ref office, PeriodView period, boolean acting) {}

  /** A term of an office, in succession. */
  public record HolderView(
      int number, Ref actor, PeriodView term, boolean acting, String endCause, String note, boolean current) {}
}
