package io.github.apprenticeships4j.core.progress;

/** Which off-the-job rule gave the minimum, by the rules in force on the start date. */
public enum OffTheJobBasis {
  /** Starts to 31 July 2022: a share (20%) of the contracted hours over the planned duration. */
  SHARE_OF_HOURS,
  /** Starts 1 August 2022 to 31 July 2025: 6 hours a week full-time (30 hours), pro rata below, over the duration. */
  FULL_TIME_WEEKLY_HOURS,
  /** Starts from 1 August 2025: the standard's published minimum (when not below the floor). */
  PUBLISHED_MINIMUM,
  /** Starts from 1 August 2025 on a standard that publishes none or fewer hours: the rules' floor (187 hours). */
  MINIMUM_FLOOR,
  /** No rule in force on the start date: no minimum. */
  NONE
}
