package baton.model;

/** How an office's holder is chosen: the rule a candidate's support is counted against. */
public enum Rule implements Coded {
  CONSENSUS,
  UNANIMITY,
  MAJORITY,
  TWO_THIRDS;

  @Override
  public String code() {
    return Coded.codeOf(this);
  }
}
