package baton.model;

import java.util.List;
import java.util.Objects;

/** A person, government, organisation, outlet or group; {@code country} may be null. */
public record Actor(
    String id,
    String name,
    ActorKind kind,
    String country,
    boolean anonymous,
    List<Role> roles,
    List<String> aliases,
    String wikidata,
    String markdown) {

  public Actor {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    roles = List.copyOf(roles);
    aliases = List.copyOf(aliases);
  }
}
