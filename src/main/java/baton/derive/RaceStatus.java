package baton.derive;

import baton.model.Coded;

/** Where a candidate stands against the office's rule on a day. */
public enum RaceStatus implements Coded {
  /** The rule is satisfied. */
  MET,
  /** The rule cannot be satisfied without some member changing an opposing stance. */
  BLOCKED,
  /** Neither: more stances could still decide it. */
  OPEN;

  @Override
  public String code() {
    return Coded.codeOf(this);
  }
}
