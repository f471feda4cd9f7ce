package baton.model;

/** What a statement is: a position taken, a report about the race, or a forecast. */
public enum StatementKind implements Coded {
  POSITION,
  REPORT,
  SPECULATION;

  @Override
  public String code() {
    return Coded.codeOf(this);
  }
}
