/**
 * The reference partitioned, replicated log: brokers with ISR, high watermark and leader-epoch
 * truncation (KIP-101), an idempotent producer, a consumer with groups, and the group
 * coordinator. Its classes are open, with small protected steps, so that the harness's planted
 * bugs can each replace one step and keep the rest.
 */
package dev.gauntlet.reference.log;
