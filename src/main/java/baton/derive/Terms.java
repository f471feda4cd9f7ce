package baton.derive;

import baton.model.Holder;
import baton.model.Office;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Who held an office when. */
public final class Terms {

  private Terms() {}

  /**
   * The holder on the day. Terms include both ends, so when one ends on the day the next begins both contain it;
   * SPEC gives the day to the next, which is the later one in the office's list of holders.
   */
  public static Optional<Holder> holderOn(Office office, LocalDate day) {
    List<Holder> holders = office.holders();
    for (int i = holders.size() - 1; i >= 0; i--) {
      if (holders.get(i).term().contains(day)) {
        return Optional.of(holders.get(i));
      }
    }
    return Optional.empty();
  }
}
