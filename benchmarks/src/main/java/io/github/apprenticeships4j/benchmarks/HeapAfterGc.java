package io.github.apprenticeships4j.benchmarks;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * Heap in use as the garbage collector sees it, for the peak-heap programs. Two measures, both of the heap actually
 * occupied at one instant (never a sum of peaks reached at different times, which can exceed the heap limit):
 *
 * <ul>
 * <li>{@link #usedAfterFullGc()}: the heap used right after {@code System.gc()}, at a checkpoint: what the program
 * keeps (e.g. a loaded catalogue);
 * <li>{@link #maxUsedAfterCollection()} of a {@link #watch() watch}: the largest heap used right after any collection
 * while it ran, summed over the heap pools of that one collection: the most the program kept through its run. Garbage
 * a young collection leaves in the old generation counts too, so it bounds what had to fit in the heap from above.
 * </ul>
 *
 * <p>Not thread-safe beyond what the notifications need; one watch per program.
 */
final class HeapAfterGc implements NotificationListener, AutoCloseable {
  private final Set<String> heapPools = new HashSet<>();
  private final Set<NotificationEmitter> emitters = new HashSet<>();
  private final long collectionsBefore;
  private volatile long stoppedAtUptime = Long.MAX_VALUE;
  private long maxUsed;
  private long seen;

  private HeapAfterGc() {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        heapPools.add(pool.getName());
      }
    }
    collectionsBefore = collections();
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      if (gc instanceof NotificationEmitter emitter) {
        emitter.addNotificationListener(this, null, null);
        emitters.add(emitter);
      }
    }
  }

  /** Starts recording the heap used after each collection from now on. */
  static HeapAfterGc watch() {
    return new HeapAfterGc();
  }

  /** The heap limit the program runs in ({@code -Xmx}), in bytes. */
  static long limit() {
    return Runtime.getRuntime().maxMemory();
  }

  /** The heap used right after a full collection ({@code System.gc()}), in bytes. */
  static long usedAfterFullGc() {
    System.gc();
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  /**
   * Stops recording (collections that start later are not counted) and waits, for at most 5 s, for the notifications
   * of the collections before.
   */
  void stop() throws InterruptedException {
    long expected = collections() - collectionsBefore;
    stoppedAtUptime = ManagementFactory.getRuntimeMXBean().getUptime();
    long deadline = System.nanoTime() + 5_000_000_000L;
    synchronized (this) {
      while (seen < expected && System.nanoTime() < deadline) {
        wait(100);
      }
    }
  }

  /** The largest heap used right after a collection while recording, in bytes; 0 if none ran. */
  synchronized long maxUsedAfterCollection() {
    return maxUsed;
  }

  /** How many collections were recorded. */
  synchronized long collectionsSeen() {
    return seen;
  }

  @Override
  public synchronized void handleNotification(Notification notification, Object handback) {
    if (!notification.getType().equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
      return;
    }
    GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) notification
        .getUserData());
    if (info.getGcInfo().getStartTime() > stoppedAtUptime) {
      return;
    }
    long used = 0;
    for (Map.Entry<String, MemoryUsage> pool : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
      if (heapPools.contains(pool.getKey())) {
        used += pool.getValue().getUsed();
      }
    }
    maxUsed = Math.max(maxUsed, used);
    seen++;
    notifyAll();
  }

  @Override
  public void close() {
    for (NotificationEmitter emitter : emitters) {
      try {
        emitter.removeNotificationListener(this);
      } catch (ListenerNotFoundException e) {
        // already removed: nothing to do
      }
    }
  }

  private static long collections() {
    long count = 0;
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      count += Math.max(0, gc.getCollectionCount());
    }
    return count;
  }
}
