package dev.gauntlet.harness.check;

/** The groups a report scores separately. */
public enum Category {
  CORRECTNESS("correctness"),
  FAULT_TOLERANCE("fault tolerance"),
  PERFORMANCE("performance"),
  DESIGN("design");

  private final String label;

  Category(String label) {
    this.label = label;
  }

  /** Returns the name printed in summaries and reports. */
  public String label() {
    return label;
  }
}
