/**
 * The partitioned, replicated log (a Kafka-like system): brokers with leaders, followers, ISR and
 * high watermark, a producer and a consumer with consumer groups, on a simulated network with a
 * harness-owned controller. Implement {@link dev.gauntlet.specs.log.LogFactory} and register it in
 * {@code META-INF/services/dev.gauntlet.specs.log.LogFactory}. See {@code specs/log.md}.
 */
package dev.gauntlet.specs.log;
