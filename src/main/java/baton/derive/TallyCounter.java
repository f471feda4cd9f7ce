package baton.derive;

import baton.model.Stance;

/**
 * A running tally, kept up to date as members join and leave and stances change, so that a series costs one step
 * per change rather than a recount of every member on every day. A null stance, or {@code WITHDRAWS}, is none.
 */
final class TallyCounter {

  private int members;
  private int supports;
  private int noObjection;
  private int undecided;
  private int opposes;

  void join(Stance stance) {
    members++;
    add(stance, 1);
  }

  void leave(Stance stance) {
    members--;
    add(stance, -1);
  }

  /** A member's stance went from one to the other. */
  void change(Stance from, Stance to) {
    add(from, -1);
    add(to, 1);
  }

  Tally tally() {
    int none = members - supports - noObjection - undecided - opposes;
    return new Tally(members, supports, noObjection, undecided, opposes, none);
  }

  private void add(Stance stance, int delta) {
    if (stance == null) {
      return;
    }
    switch (stance) {
      case SUPPORTS -> supports += delta;
      case NO_OBJECTION -> noObjection += delta;
      case UNDECIDED -> undecided += delta;
      case OPPOSES -> opposes += delta;
      case WITHDRAWS -> { } // takes a stance back: the member counts as none
    }
  }
}
