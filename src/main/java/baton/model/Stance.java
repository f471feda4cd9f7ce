package baton.model;

/** A country's stance on a candidate; {@code WITHDRAWS} takes back an earlier one. */
public enum Stance implements Coded {
  SUPPORTS,
  NO_OBJECTION,
  UNDECIDED,
  OPPOSES,
  WITHDRAWS;

  @Override
  public String code() {
    return Coded.codeOf(this);
  }
}
