package dev.gauntlet.harness.formats;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** Validates results.json against the JSON Schema written from Gradescope's specification. */
public final class GradescopeSchema {

  private static final Schema SCHEMA = load();

  private GradescopeSchema() {}

  /** Returns the schema violations of {@code json}, one line each; empty when it is valid. */
  public static List<String> violations(String json) {
    try {
      JsonNode node = new ObjectMapper().readTree(json);
      return SCHEMA.validate(node).stream().map(Error::toString).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Schema load() {
    try (InputStream in = GradescopeSchema.class.getResourceAsStream(
        "gradescope-results.schema.json")) {
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
