package io.github.apprenticeships4j.formats.casejson;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The official CASE 1.1 CFPackage schema, vendored in the test resources (see SOURCE.md there). */
final class CaseSchema {
  static final String RESOURCE = "/io/github/apprenticeships4j/formats/casejson/case-v1p1-cfpackage.json";
  /**
   * Draft 2019-09 makes {@code format} an annotation only; the check asserts it, so that an identifier that is not a
   * UUID or a date-time that is not one fails, as in OpenCASE's Ajv with its formats.
   */
  private static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2019_09,
      registry -> registry.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true)
          .build())).getSchema(text());

  private CaseSchema() {}

  /** What the schema finds wrong with the package {@code json}; empty if it is valid. */
  static List<Error> errors(String json) {
    return SCHEMA.validate(json, InputFormat.JSON);
  }

  private static String text() {
    try (InputStream in = CaseSchema.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + RESOURCE);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
