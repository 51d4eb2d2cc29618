package io.github.apprenticeships4j.core.progress;

/** Whether an off-the-job session is planned or has been done. */
public enum OffTheJobKind {
  /** Scheduled in the training plan; does not count towards the hours logged. */
  PLANNED,
  /** Done and recorded; counts towards the hours logged. */
  ACTUAL
}
