package baton.derive;

import java.time.LocalDate;
import java.util.Objects;

/** A candidate's figures from {@code date} until the next point of the series. */
public record SeriesPoint(LocalDate date, Tally tally, RaceStatus status) {

  public SeriesPoint {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(tally, "tally");
    Objects.requireNonNull(status, "status");
  }

  public boolean met() {
    return status == RaceStatus.MET;
  }
}
