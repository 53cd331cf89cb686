package dev.gauntlet.harness.worker;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.gauntlet.harness.check.Measurement;
import dev.gauntlet.harness.run.CheckResult;
import java.util.List;

/**
 * One line of the channel between the parent and a worker. Only the fields of its type are set.
 *
 * <p>Worker to parent: {@code hello} (token, system) first; then {@code candidate-error} (text)
 * or {@code plan} (checks), {@code started} (check) and {@code result} (result) per check,
 * {@code baseline-request} (workload, seed, budgetNanos) when a check wants a reference round,
 * {@code fatal} (text) when the worker is about to die, {@code retire} (check, text) when a check
 * left it unfit for more checks and it is about to stop so that a fresh worker grades the rest,
 * {@code exiting} (text: {@code System.exit in x.Y.m(Y.java:3)}) when the candidate is ending the
 * JVM, and {@code done}. Parent to worker:
 * {@code baseline-response} (measurement) or {@code baseline-error} (text). A reference worker
 * receives {@code baseline-request} and answers with {@code baseline-response} or
 * {@code baseline-error}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Message(String type, String token, String system, List<String> checks,
    String check, CheckResult result, String text, String workload, Long seed, Long budgetNanos,
    Measurement measurement) {

  public static final String HELLO = "hello";
  public static final String CANDIDATE_ERROR = "candidate-error";
  public static final String PLAN = "plan";
  public static final String STARTED = "started";
  public static final String RESULT = "result";
  public static final String BASELINE_REQUEST = "baseline-request";
  public static final String BASELINE_RESPONSE = "baseline-response";
  public static final String BASELINE_ERROR = "baseline-error";
  public static final String FATAL = "fatal";
  public static final String DONE = "done";
  public static final String RETIRE = "retire";
  public static final String EXITING = "exiting";

  private static Message of(String type) {
    return new Message(type, null, null, null, null, null, null, null, null, null, null);
  }

  public static Message hello(String token, String system) {
    return new Message(HELLO, token, system, null, null, null, null, null, null, null, null);
  }

  public static Message candidateError(String text) {
    return of(CANDIDATE_ERROR).withText(text);
  }

  public static Message plan(List<String> checks) {
    return new Message(PLAN, null, null, checks, null, null, null, null, null, null, null);
  }

  public static Message started(String check) {
    return new Message(STARTED, null, null, null, check, null, null, null, null, null, null);
  }

  public static Message result(CheckResult result) {
    return new Message(RESULT, null, null, null, result.id(), result, null, null, null, null,
        null);
  }

  public static Message baselineRequest(String workload, long seed, long budgetNanos) {
    return new Message(BASELINE_REQUEST, null, null, null, null, null, null, workload, seed,
        budgetNanos, null);
  }

  public static Message baselineResponse(Measurement measurement) {
    return new Message(BASELINE_RESPONSE, null, null, null, null, null, null, null, null, null,
        measurement);
  }

  public static Message baselineError(String text) {
    return of(BASELINE_ERROR).withText(text);
  }

  public static Message fatal(String text) {
    return of(FATAL).withText(text);
  }

  public static Message done() {
    return of(DONE);
  }

  public static Message retire(String check, String reason) {
    return new Message(RETIRE, null, null, null, check, null, reason, null, null, null, null);
  }

  public static Message exiting(String how) {
    return of(EXITING).withText(how);
  }

  private Message withText(String newText) {
    return new Message(type, token, system, checks, check, result, newText, workload, seed,
        budgetNanos, measurement);
  }
}
