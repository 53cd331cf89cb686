package dev.gauntlet.harness.worker;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How the parent starts workers.
 *
 * @param candidateClassPath class path of the candidate's workers (harness + candidate)
 * @param referenceClassPath class path of the reference's worker (harness + reference)
 * @param heap each worker's maximum heap ({@code -Xmx})
 * @param limit each worker's wall-clock limit
 * @param runFolder where the workers' logs go
 */
public record WorkerSettings(String candidateClassPath, String referenceClassPath, String heap,
    Duration limit, Path runFolder) {}
