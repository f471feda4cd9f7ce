package baton.model;

/** What an event is. */
public enum EventKind implements Coded {
  MEETING,
  APPOINTMENT,
  CANDIDACY,
  WITHDRAWAL,
  TERM_START,
  TERM_END,
  ACCESSION,
  DEADLINE,
  OTHER;

  @Override
  public String code() {
    return Coded.codeOf(this);
  }
}
