package dev.gauntlet.harness.systems.objectstore;

import dev.gauntlet.harness.check.Measurement;
import org.apache.hadoop.io.erasurecode.ErasureCoderOptions;
import org.apache.hadoop.io.erasurecode.rawcoder.RSRawEncoder;

/**
 * Apache Hadoop's pure-Java Reed-Solomon encoder ({@code RSRawEncoder}, the coder of HDFS
 * erasure coding when ISA-L is absent), run on the same stripes as {@link EncodeWorkload}: a
 * well-known Java implementation measured on this machine, in this run, for the report.
 * (Backblaze's JavaReedSolomon, the other well-known one, is not on Maven Central under an
 * official coordinate; its README states 95-526 MB/s for 17 + 3, published, not measured here.)
 */
final class HadoopEncoder {

  private HadoopEncoder() {}

  static Measurement round(long seed, long budgetNanos) {
    RSRawEncoder encoder = new RSRawEncoder(new ErasureCoderOptions(EncodeWorkload.K,
        EncodeWorkload.M));
    byte[][] data = ErasureSuite.dataShards(EncodeWorkload.K, EncodeWorkload.SHARD, seed);
    byte[][] parity = new byte[EncodeWorkload.M][EncodeWorkload.SHARD];
    long operations = 0;
    long start = System.nanoTime();
    long elapsed;
    try {
      do {
        encoder.encode(data, parity);
        operations++;
        elapsed = System.nanoTime() - start;
      } while (elapsed < budgetNanos);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return new Measurement(operations, elapsed);
  }
}
