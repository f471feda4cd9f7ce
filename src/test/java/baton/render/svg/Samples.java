package baton.render.svg;

import baton.derive.RaceStatus;
import baton.derive.SeriesPoint;
import baton.derive.Tally;
import baton.model.Country;
import baton.model.Holder;
import baton.model.Office;
import baton.model.PartialDate;
import baton.model.Period;
import baton.model.Rule;
import baton.render.Messages;
import baton.render.TemplateSource;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The NATO race of 2024 in small: the example site's holders, Mark Rutte's series, and stances on one day. */
final class Samples {

  private Samples() {}

  static final LocalDate AS_OF = LocalDate.of(2024, 10, 1);

  static Messages english() {
    return Messages.load(TemplateSource.builtIn(), "en");
  }

  static Messages french() {
    return Messages.load(TemplateSource.builtIn(), "fr");
  }

  static PartialDate date(String text) {
    return PartialDate.parse(text).orElseThrow();
  }

  static Holder holder(String actor, String from, String to, boolean acting) {
    return new Holder(actor, Period.of(date(from), to == null ? null : date(to)), acting, null, null);
  }

  static Office office(Rule rule, List<Holder> holders) {
    return new Office("sg", "Secretary General of NATO", "NATO", rule, holders, null, List.of(), null);
  }

  /** The seventeen terms of the example site, three of them acting. */
  static List<Holder> natoHolders() {
    return List.of(
        holder("hastings-ismay", "1952-04-04", "1957-05-16", false),
        holder("paul-henri-spaak", "1957-05-16", "1961-04-21", false),
        holder("dirk-stikker", "1961-04-21", "1964-08-01", false),
        holder("manlio-brosio", "1964-08-01", "1971-10-01", false),
        holder("joseph-luns", "1971-10-01", "1984-06-25", false),
        holder("peter-carington", "1984-06-25", "1988-07-01", false),
        holder("manfred-worner", "1988-07-01", "1994-08-13", false),
        holder("sergio-balanzino", "1994-08-13", "1994-10-17", true),
        holder("willy-claes", "1994-10-17", "1995-10-20", false),
        holder("sergio-balanzino", "1995-10-20", "1995-12-05", true),
        holder("javier-solana", "1995-12-05", "1999-10-06", false),
        holder("george-robertson", "1999-10-14", "2003-12-17", false),
        holder("alessandro-minuto-rizzo", "2003-12-17", "2004-01-05", true),
        holder("jaap-de-hoop-scheffer", "2004-01-05", "2009-08-01", false),
        holder("anders-fogh-rasmussen", "2009-08-01", "2014-09-30", false),
        holder("jens-stoltenberg", "2014-10-01", "2024-10-01", false),
        holder("mark-rutte", "2024-10-01", null, false));
  }

  static Office nato() {
    return office(Rule.CONSENSUS, natoHolders());
  }

  static Map<String, String> natoNames() {
    Map<String, String> names = new LinkedHashMap<>();
    names.put("hastings-ismay", "Hastings Ismay");
    names.put("paul-henri-spaak", "Paul-Henri Spaak");
    names.put("dirk-stikker", "Dirk Stikker");
    names.put("manlio-brosio", "Manlio Brosio");
    names.put("joseph-luns", "Joseph Luns");
    names.put("peter-carington", "Peter Carington");
    names.put("manfred-worner", "Manfred Wörner");
    names.put("sergio-balanzino", "Sergio Balanzino");
    names.put("willy-claes", "Willy Claes");
    names.put("javier-solana", "Javier Solana");
    names.put("george-robertson", "George Robertson");
    names.put("alessandro-minuto-rizzo", "Alessandro Minuto-Rizzo");
    names.put("jaap-de-hoop-scheffer", "Jaap de Hoop Scheffer");
    names.put("anders-fogh-rasmussen", "Anders Fogh Rasmussen");
    names.put("jens-stoltenberg", "Jens Stoltenberg");
    names.put("mark-rutte", "Mark Rutte");
    return names;
  }

  static Tally tally(int members, int supports, int noObjection, int undecided, int opposes) {
    return new Tally(members, supports, noObjection, undecided, opposes,
        members - supports - noObjection - undecided - opposes);
  }

  static SeriesPoint point(String day, Tally tally, RaceStatus status) {
    return new SeriesPoint(LocalDate.parse(day), tally, status);
  }

  /** Mark Rutte's series as the example site derives it: from NATO's founding years to his appointment. */
  static List<SeriesPoint> rutteSeries() {
    return List.of(
        point("1949-08-24", tally(12, 0, 0, 0, 0), RaceStatus.OPEN),
        point("1999-03-12", tally(19, 0, 0, 0, 0), RaceStatus.OPEN),
        point("2023-04-04", tally(31, 0, 0, 0, 0), RaceStatus.OPEN),
        point("2024-02-21", tally(31, 1, 0, 0, 0), RaceStatus.OPEN),
        point("2024-02-22", tally(31, 4, 0, 0, 0), RaceStatus.OPEN),
        point("2024-03-05", tally(31, 4, 0, 0, 1), RaceStatus.BLOCKED),
        point("2024-03-07", tally(32, 4, 0, 0, 1), RaceStatus.BLOCKED),
        point("2024-03-31", tally(32, 4, 0, 1, 1), RaceStatus.BLOCKED),
        point("2024-04-02", tally(32, 6, 0, 1, 1), RaceStatus.BLOCKED),
        point("2024-04-04", tally(32, 7, 0, 1, 1), RaceStatus.BLOCKED),
        point("2024-04-29", tally(32, 8, 0, 0, 1), RaceStatus.BLOCKED),
        point("2024-05-31", tally(32, 9, 0, 0, 1), RaceStatus.BLOCKED),
        point("2024-06-17", tally(32, 9, 0, 1, 1), RaceStatus.BLOCKED),
        point("2024-06-18", tally(32, 11, 2, 0, 0), RaceStatus.OPEN),
        point("2024-06-20", tally(32, 12, 2, 0, 0), RaceStatus.OPEN),
        point("2024-06-26", tally(32, 32, 0, 0, 0), RaceStatus.MET));
  }

  /** The 32 members with their names, as the content's countries would give them. */
  static Map<String, Country> natoCountries() {
    String[][] rows = {
      {"al", "AL", "Albania"}, {"be", "BE", "Belgium"}, {"bg", "BG", "Bulgaria"}, {"ca", "CA", "Canada"},
      {"cz", "CZ", "Czechia"}, {"de", "DE", "Germany"}, {"dk", "DK", "Denmark"}, {"ee", "EE", "Estonia"},
      {"es", "ES", "Spain"}, {"fi", "FI", "Finland"}, {"fr", "FR", "France"}, {"gb", "GB", "United Kingdom"},
      {"gr", "GR", "Greece"}, {"hr", "HR", "Croatia"}, {"hu", "HU", "Hungary"}, {"is", "IS", "Iceland"},
      {"it", "IT", "Italy"}, {"lt", "LT", "Lithuania"}, {"lu", "LU", "Luxembourg"}, {"lv", "LV", "Latvia"},
      {"me", "ME", "Montenegro"}, {"mk", "MK", "North Macedonia"}, {"nl", "NL", "Netherlands"},
      {"no", "NO", "Norway"}, {"pl", "PL", "Poland"}, {"pt", "PT", "Portugal"}, {"ro", "RO", "Romania"},
      {"se", "SE", "Sweden"}, {"si", "SI", "Slovenia"}, {"sk", "SK", "Slovakia"}, {"tr", "TR", "Türkiye"},
      {"us", "US", "United States"}
    };
    Map<String, Country> countries = new TreeMap<>();
    for (String[] r : rows) {
      countries.put(r[0], new Country(r[0], r[2], r[1], List.of(), null, null));
    }
    return countries;
  }

  /** Stances on Mark Rutte in mid-April 2024: 8 support, 2 no objection, 1 undecided, 1 opposes, 20 none. */
  static Map<String, String> rutteByCountry() {
    Map<String, String> byCountry = new TreeMap<>();
    for (String id : natoCountries().keySet()) {
      byCountry.put(id, "none");
    }
    for (String id : List.of("gb", "us", "fr", "de", "nl", "it", "ca", "be")) {
      byCountry.put(id, "supports");
    }
    byCountry.put("dk", "no-objection");
    byCountry.put("no", "no-objection");
    byCountry.put("tr", "undecided");
    byCountry.put("hu", "opposes");
    return byCountry;
  }

  static List<MemberTiles.Tile> rutteTiles() {
    return MemberTiles.tiles(rutteByCountry(), natoCountries(), null);
  }

  static List<String> ids(List<MemberTiles.Tile> tiles) {
    List<String> ids = new ArrayList<>();
    tiles.forEach(t -> ids.add(t.countryId()));
    return ids;
  }
}
