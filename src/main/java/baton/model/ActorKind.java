package baton.model;

/** What sort of actor speaks or acts. */
public enum ActorKind implements Coded {
  PERSON,
  GOVERNMENT,
  ORGANISATION,
  OUTLET,
  GROUP;

  @Override
  public String code() {
    return Coded.codeOf(this);
  }
}
