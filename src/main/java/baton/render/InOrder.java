package baton.render;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Runs independent jobs on every core and returns their results in the order of the jobs, so that what a build
 * writes never depends on the number of threads or on which finished first.
 *
 * <p>The threads take the next job one at a time (pages differ a hundredfold in cost: the timeline against a
 * statement), in the fork-join pool the caller runs in, else the common pool, and the caller works too. When jobs
 * fail, the failure of the first failing job in order is thrown, whatever the timing, once every thread is done.
 */
final class InOrder {

  private InOrder() {}

  static <T> List<T> run(List<? extends Supplier<? extends T>> jobs) {
    return run(jobs, new int[0]);
  }

  /**
   * Like {@link #run(List)}, but the jobs at the positions {@code first} are started first, in that order, then the
   * others in theirs: long jobs that would otherwise be left running on one core after the others have finished.
   * Results and failures keep the order of {@code jobs}.
   */
  static <T> List<T> run(List<? extends Supplier<? extends T>> jobs, int[] first) {
    int n = jobs.size();
    int[] order = new int[n];
    boolean[] placed = new boolean[n];
    int placedCount = 0;
    for (int i : first) {
      if (!placed[i]) {
        placed[i] = true;
        order[placedCount++] = i;
      }
    }
    for (int i = 0; i < n; i++) {
      if (!placed[i]) {
        order[placedCount++] = i;
      }
    }
    Object[] results = new Object[n];
    AtomicInteger next = new AtomicInteger();
    Runnable worker =
        () -> {
          for (int k = next.getAndIncrement(); k < n; k = next.getAndIncrement()) {
            int i = order[k];
            try {
              results[i] = jobs.get(i).get();
            } catch (RuntimeException | Error e) {
              // Kept, not thrown: every thread finishes before the caller goes on (a job may write files that the
              // caller removes on failure).
              results[i] = new Failure(e);
            }
          }
        };
    boolean inPool = ForkJoinTask.inForkJoinPool();
    ForkJoinPool pool = inPool ? ForkJoinTask.getPool() : ForkJoinPool.commonPool();
    // Outside a pool the caller is one more thread; inside one it is one of the pool's own.
    int helpers = Math.min(n, pool.getParallelism() + (inPool ? 0 : 1)) - 1;
    List<ForkJoinTask<?>> started = new ArrayList<>();
    for (int h = 0; h < helpers; h++) {
      started.add(pool.submit(worker));
    }
    worker.run();
    for (ForkJoinTask<?> task : started) {
      task.join();
    }
    List<T> out = new ArrayList<>(n);
    for (Object r : results) {
      if (r instanceof Failure f) {
        if (f.error() instanceof Error e) {
          throw e;
        }
        throw (RuntimeException) f.error();
      }
      @SuppressWarnings("unchecked")
      T t = (T) r;
      out.add(t);
    }
    return out;
  }

  private record Failure(Throwable error) {}
}
