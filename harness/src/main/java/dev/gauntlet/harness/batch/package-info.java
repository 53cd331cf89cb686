/** Grading a class: every submission in a folder, resumable, into one gradebook; merging shards. */
package dev.gauntlet.harness.batch;
