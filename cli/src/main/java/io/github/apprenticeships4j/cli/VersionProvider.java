package io.github.apprenticeships4j.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/**
 * What {@code --version} prints: the project version the build wrote into {@code a4j.properties} (snapshots
 * included), then the Java runtime.
 */
final class VersionProvider implements IVersionProvider {
  static final String RESOURCE = "a4j.properties";

  /** The project version of this build, e.g. {@code 0.1.0-SNAPSHOT}. */
  static String version() {
    Properties properties = new Properties();
    try (InputStream in = VersionProvider.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE + " next to " + VersionProvider.class);
      }
      properties.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String version = properties.getProperty("version", "");
    if (version.isBlank() || version.startsWith("${")) {
      throw new IllegalStateException(RESOURCE + " was not filtered by the build: version=" + version);
    }
    return version;
  }

  @Override
  public String[] getVersion() {
    return new String[] {"a4j " + version() + " (Apprenticeships4J)",
        "Java " + System.getProperty("java.version") + ", " + System.getProperty("java.vm.name") + " ("
            + System.getProperty("java.vendor") + ")"};
  }
}
