/**
 * Your object store: a Reed-Solomon coder and a gateway over the environment's storage and
 * metadata nodes. Start with the coder (specs/objectstore.md §3), then buckets and objects (§4).
 */
package dev.gauntlet.student.objectstore;
