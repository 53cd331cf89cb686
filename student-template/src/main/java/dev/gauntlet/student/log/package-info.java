/** Your partitioned, replicated log: start here. See {@code specs/log.md}. */
package dev.gauntlet.student.log;
