package baton.model;

/** Whether a speculation came true by its due date. */
public enum Outcome implements Coded {
  PENDING,
  MET,
  MISSED;

  @Override
  public String code() {
    return Coded.codeOf(this);
  }
}
