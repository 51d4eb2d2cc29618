package io.github.apprenticeships4j.core.career.internal;

import java.util.Arrays;

/**
 * A binary min-heap of node numbers by (primary, secondary, order), read from arrays its user updates, with
 * decrease-key: {@link #pushOrRaise} moves a node up after its cost fell.
 */
final class IndexedHeap {
  private static final int ABSENT = -1;
  private static final int DONE = -2;
  private final int[] heap;
  /** Where each node is in {@code heap}, or {@code ABSENT}, or {@code DONE} once popped. */
  private final int[] position;
  private final long[] primary;
  private final long[] secondary;
  private final int[] order;
  private int size;

  IndexedHeap(int nodes, long[] primary, long[] secondary, int[] order) {
    this.heap = new int[nodes];
    this.position = new int[nodes];
    Arrays.fill(position, ABSENT);
    this.primary = primary;
    this.secondary = secondary;
    this.order = order;
  }

  boolean isEmpty() {
    return size == 0;
  }

  /** Whether {@code node} was popped. */
  boolean isDone(int node) {
    return position[node] == DONE;
  }

  void push(int node) {
    heap[size] = node;
    position[node] = size;
    up(size++);
  }

  /** Adds the node, or moves it up after its cost fell. */
  void pushOrRaise(int node) {
    if (position[node] == ABSENT) {
      push(node);
    } else {
      up(position[node]);
    }
  }

  int pop() {
    int top = heap[0];
    position[top] = DONE;
    int last = heap[--size];
    if (size > 0) {
      heap[0] = last;
      position[last] = 0;
      down(0);
    }
    return top;
  }

  private boolean less(int a, int b) {
    if (primary[a] != primary[b]) {
      return primary[a] < primary[b];
    }
    if (secondary[a] != secondary[b]) {
      return secondary[a] < secondary[b];
    }
    return order[a] < order[b];
  }

  private void up(int slot) {
    int node = heap[slot];
    while (slot > 0) {
      int parent = (slot - 1) >>> 1;
      if (!less(node, heap[parent])) {
        break;
      }
      heap[slot] = heap[parent];
      position[heap[slot]] = slot;
      slot = parent;
    }
    heap[slot] = node;
    position[node] = slot;
  }

  private void down(int slot) {
    int node = heap[slot];
    while (true) {
      int child = 2 * slot + 1;
      if (child >= size) {
        break;
      }
      if (child + 1 < size && less(heap[child + 1], heap[child])) {
        child++;
      }
      if (!less(heap[child], node)) {
        break;
      }
      heap[slot] = heap[child];
      position[heap[slot]] = slot;
      slot = child;
    }
    heap[slot] = node;
    position[node] = slot;
  }
}
