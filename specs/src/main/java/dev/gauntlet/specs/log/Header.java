package dev.gauntlet.specs.log;

import java.util.Objects;

/**
 * A record header, as in Kafka: a key and a value, kept with the record and returned with it.
 *
 * @param key the header's key; not null
 * @param value the header's value; not null
 */
public record Header(String key, String value) {

  /** Checks the arguments. */
  public Header {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(value, "value");
  }
}
