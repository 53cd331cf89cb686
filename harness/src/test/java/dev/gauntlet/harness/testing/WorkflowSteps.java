package dev.gauntlet.harness.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a GitHub Actions workflow so that a test can run its steps' shell commands for real, as
 * the runner would: the step's {@code run} script with the workflow's, job's and step's
 * {@code env}, each {@code ${{ expression }}} replaced by a value the test gives (an expression
 * the test did not foresee fails the test, so the workflow cannot drift from what is tested).
 */
public final class WorkflowSteps {

  private static final Pattern EXPRESSION = Pattern.compile("\\$\\{\\{\\s*(.*?)\\s*}}");

  private final JsonNode workflow;

  private WorkflowSteps(JsonNode workflow) {
    this.workflow = workflow;
  }

  /** Reads the workflow in {@code file}. */
  public static WorkflowSteps read(Path file) throws IOException {
    return new WorkflowSteps(new ObjectMapper(new YAMLFactory()).readTree(file.toFile()));
  }

  /** Returns the parsed workflow. */
  public JsonNode tree() {
    return workflow;
  }

  /** Returns the step of {@code job} named {@code name}. */
  public JsonNode step(String job, String name) {
    for (JsonNode step : workflow.path("jobs").path(job).path("steps")) {
      if (name.equals(step.path("name").asText())) {
        return step;
      }
    }
    throw new AssertionError("no step '" + name + "' in job " + job);
  }

  /** Returns the env of a step: the workflow's, then the job's, then the step's, evaluated. */
  public Map<String, String> env(String job, String name, Map<String, String> values) {
    Map<String, String> env = new LinkedHashMap<>();
    add(env, workflow.path("env"), values);
    add(env, workflow.path("jobs").path(job).path("env"), values);
    add(env, step(job, name).path("env"), values);
    return env;
  }

  /** Returns the step's run script with its expressions evaluated. */
  public String run(String job, String name, Map<String, String> values) {
    return evaluate(step(job, name).path("run").asText(), values);
  }

  /** Replaces each {@code ${{ e }}} in {@code text} by {@code values.get(e)}. */
  public static String evaluate(String text, Map<String, String> values) {
    Matcher m = EXPRESSION.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String value = values.get(m.group(1));
      if (value == null) {
        throw new AssertionError("the test gives no value for ${{ " + m.group(1) + " }}");
      }
      m.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static void add(Map<String, String> env, JsonNode node, Map<String, String> values) {
    node.fields().forEachRemaining(e -> env.put(e.getKey(), evaluate(e.getValue().asText(),
        values)));
  }
}
