package io.github.apprenticeships4j.formats;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

/**
 * The test data on the class path: the shared {@code testdata/} folders and the examples' bundled data that the POM
 * lists as test resources (see {@code testdata/README.md}), found by resource name, e.g.
 * {@code "/provider-feed/sample-feed.csv"}, wherever the build put them.
 */
public final class TestData {
  private TestData() {}

  /** The file or folder of {@code resource}, for the readers' {@code Path} entry points. */
  public static Path path(String resource) {
    try {
      return Path.of(url(resource).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The bytes of {@code resource}. */
  public static byte[] bytes(String resource) {
    try (InputStream in = url(resource).openStream()) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static URL url(String resource) {
    URL url = TestData.class.getResource(resource);
    if (url == null) {
      throw new IllegalArgumentException("no test data " + resource + " on the class path (see testdata/README.md)");
    }
    return url;
  }
}
