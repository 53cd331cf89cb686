package dev.gauntlet.reference.objectstore;

/** One uploaded part: its number, ETag, size and the stripe holding its bytes. */
record PartMeta(int partNumber, String etag, long size, Stripe stripe) {}
