package baton.derive;

import baton.model.Stance;

/**
 * How the members of the body stand on one candidate on one day. {@code none} counts the members with no stance on
 * record, or whose latest statement withdraws an earlier stance; every member is counted exactly once.
 */
public record Tally(int members, int supports, int noObjection, int undecided, int opposes, int none) {

  /** The figures of a body with no members, before anyone joined. */
  public static final Tally EMPTY = new Tally(0, 0, 0, 0, 0, 0);

  public Tally {
    if (members < 0 || supports < 0 || noObjection < 0 || undecided < 0 || opposes < 0 || none < 0) {
      throw new IllegalArgumentException("a count cannot be negative");
    }
    if (supports + noObjection + undecided + opposes + none != members) {
      throw new IllegalArgumentException("the stances do not add up to the " + members + " members");
    }
  }

  // equals and hashCode written out: a record's own are linked through method handles on first use, which costs a
  // short build milliseconds (see StanceIndex.Pair).
  @Override
  public boolean equals(Object o) {
    return o instanceof Tally t && members == t.members && supports == t.supports && noObjection == t.noObjection
        && undecided == t.undecided && opposes == t.opposes && none == t.none;
  }

  @Override
  public int hashCode() {
    return ((((members * 31 + supports) * 31 + noObjection) * 31 + undecided) * 31 + opposes) * 31 + none;
  }

  /** How many members hold the stance; {@code WITHDRAWS} is no stance, so it is never held. */
  public int count(Stance stance) {
    return switch (stance) {
      case SUPPORTS -> supports;
      case NO_OBJECTION -> noObjection;
      case UNDECIDED -> undecided;
      case OPPOSES -> opposes;
      case WITHDRAWS -> 0;
    };
  }
}
