package baton.model;

/** Whether an event took place, is to come, or was called off. */
public enum EventStatus implements Coded {
  HAPPENED,
  SCHEDULED,
  EXPECTED,
  CANCELLED;

  @Override
  public String code() {
    return Coded.codeOf(this);
  }
}
