package baton.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LazyListTest {

  @Test
  void makesItsListOnFirstUseOnlyAndKeepsIt() {
    AtomicInteger made = new AtomicInteger();
    List<String> source = new ArrayList<>(List.of("a", "b"));
    LazyList<String> list = new LazyList<>(() -> {
      made.incrementAndGet();
      return source;
    });
    assertThat(made).hasValue(0);

    assertThat(list.isEmpty()).isFalse();
    source.add("c"); // made already: a copy, not a view
    assertThat(list).containsExactly("a", "b");
    assertThat(list.get(1)).isEqualTo("b");
    assertThat(made).hasValue(1);
  }

  @Test
  void anUnreadListIsNeverMade() {
    AtomicInteger made = new AtomicInteger();
    new LazyList<String>(() -> {
      made.incrementAndGet();
      return List.of();
    });
    assertThat(made).hasValue(0);
  }
}
