package baton.render;

import java.util.AbstractList;
import java.util.List;
import java.util.function.Supplier;

/**
 * A list made on first use: page data a changed template may show but the built-in one does not (the office page's
 * race, with its charts) costs nothing unless a template reads it. Not for sharing between threads: a page's data
 * is read by the thread that renders it.
 */
final class LazyList<T> extends AbstractList<T> {

  private Supplier<List<T>> make;
  private List<T> made;

  LazyList(Supplier<List<T>> make) {
    this.make = make;
  }

  private List<T> list() {
    if (made == null) {
      made = List.copyOf(make.get());
      make = null;
    }
    return made;
  }

  @Override
  public T get(int index) {
    return list().get(index);
  }

  @Override
  public int size() {
    return list().size();
  }
}
