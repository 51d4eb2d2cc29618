package app;

import java.util.List;

/** How a consumer application ends: one line on success, the mismatches and exit code 1 otherwise. */
final class Report {
  private Report() {}

  static void exit(String platform, List<String> mismatches) {
    if (mismatches.isEmpty()) {
      System.out.println("CONSUMER OK (Java " + Runtime.version() + ", " + platform + ")");
      return;
    }
    mismatches.forEach(m -> System.err.println("CONSUMER MISMATCH " + m));
    System.exit(1);
  }
}
