package baton.derive;

import baton.model.Rule;

/**
 * The office's rule applied to a tally (SPEC 3, offices). Met is checked before blocked, so a rule that is
 * satisfied is never reported blocked. A body with no members is open under every rule: nothing has been decided.
 */
public final class RaceRules {

  private RaceRules() {}

  public static RaceStatus status(Rule rule, Tally tally) {
    return switch (rule) {
      case CONSENSUS -> consensus(tally);
      case UNANIMITY -> unanimity(tally);
      case MAJORITY -> majority(tally);
      case TWO_THIRDS -> twoThirds(tally);
    };
  }

  /** Support or at least no objection from every member; any objection blocks. */
  private static RaceStatus consensus(Tally t) {
    if (t.members() > 0 && t.supports() + t.noObjection() == t.members()) {
      return RaceStatus.MET;
    }
    return t.opposes() > 0 ? RaceStatus.BLOCKED : RaceStatus.OPEN;
  }

  /** Support from every member; no objection is not enough, and any objection blocks. */
  private static RaceStatus unanimity(Tally t) {
    if (t.members() > 0 && t.supports() == t.members()) {
      return RaceStatus.MET;
    }
    return t.opposes() > 0 ? RaceStatus.BLOCKED : RaceStatus.OPEN;
  }

  /** More than half support; blocked once even every member not opposing would not be more than half. */
  private static RaceStatus majority(Tally t) {
    long m = t.members();
    if (2L * t.supports() > m) {
      return RaceStatus.MET;
    }
    long reachable = m - t.opposes();
    return m > 0 && 2L * reachable <= m ? RaceStatus.BLOCKED : RaceStatus.OPEN;
  }

  /** At least two thirds support; blocked once even every member not opposing would fall short. */
  private static RaceStatus twoThirds(Tally t) {
    long m = t.members();
    if (m > 0 && 3L * t.supports() >= 2L * m) {
      return RaceStatus.MET;
    }
    long reachable = m - t.opposes();
    return 3L * reachable < 2L * m ? RaceStatus.BLOCKED : RaceStatus.OPEN;
  }
}
