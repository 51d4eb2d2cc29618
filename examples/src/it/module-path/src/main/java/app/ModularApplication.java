package app;

import io.github.apprenticeships4j.formats.json.StandardsJson;
import java.nio.file.Path;

/** Runs the consumer jobs from a named module, with the library and its dependencies as modules. */
public final class ModularApplication {
  private ModularApplication() {}

  public static void main(String[] args) throws Exception {
    Module library = StandardsJson.class.getModule();
    if (!library.isNamed() || !ModularApplication.class.getModule().isNamed()) {
      System.err.println("CONSUMER MISMATCH not on the module path: " + library);
      System.exit(1);
    }
    Report.exit("module path, " + library.getName(), ConsumerJobs.run(Path.of(args[0]), Path.of(args[1])));
  }
}
