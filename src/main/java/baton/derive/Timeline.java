package baton.derive;

import baton.derive.TimelineEntry.Accession;
import baton.derive.TimelineEntry.EventEntry;
import baton.derive.TimelineEntry.StatementEntry;
import baton.derive.TimelineEntry.TermEnd;
import baton.derive.TimelineEntry.TermStart;
import baton.model.Country;
import baton.model.Event;
import baton.model.Holder;
import baton.model.Office;
import baton.model.Site;
import baton.model.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The succession timeline: every statement and event, and the entries implied by holders and memberships. */
public final class Timeline {

  private Timeline() {}

  /** Every entry of the site, in {@link TimelineEntry#ORDER}. */
  public static List<TimelineEntry> of(Site site) {
    List<TimelineEntry> entries = new ArrayList<>(site.statements().size() + site.events().size());
    for (Statement s : site.statements()) {
      entries.add(new StatementEntry(s));
    }
    for (Event e : site.events()) {
      entries.add(new EventEntry(e));
    }
    for (Office office : site.offices()) {
      addTerms(office, entries);
    }
    for (Country country : site.countries()) {
      for (int i = 0; i < country.membership().size(); i++) {
        entries.add(new Accession(country, i, country.membership().get(i)));
      }
    }
    return sorted(entries);
  }

  /**
   * The entries in {@link TimelineEntry#ORDER}, each date read once: a number that orders as the dates do stands in
   * for it in the n log n comparisons ({@code serve} sorts the whole timeline again after each edit).
   */
  static List<TimelineEntry> sorted(List<TimelineEntry> entries) {
    Keyed[] keyed = new Keyed[entries.size()];
    for (int i = 0; i < keyed.length; i++) {
      TimelineEntry e = entries.get(i);
      keyed[i] = new Keyed(e.date().orderKey(), e);
    }
    Arrays.sort(keyed, (a, b) -> {
      // Equal numbers are equal dates (PartialDate#orderKey): then the rest of the ordering rule.
      int c = Long.compare(a.date, b.date);
      return c != 0 ? c : TimelineEntry.SAME_DATE.compare(a.entry, b.entry);
    });
    TimelineEntry[] out = new TimelineEntry[keyed.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = keyed[i].entry;
    }
    return List.of(out);
  }

  private record Keyed(long date, TimelineEntry entry) {}

  private static void addTerms(Office office, List<TimelineEntry> entries) {
    for (int i = 0; i < office.holders().size(); i++) {
      Holder holder = office.holders().get(i);
      entries.add(new TermStart(office, i, holder));
      if (holder.term().to() != null) {
        entries.add(new TermEnd(office, i, holder));
      }
    }
  }
}
