package dev.gauntlet.reference.objectstore;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Writes and reads the metadata records as bytes (DataOutputStream: simple and exact). */
final class Codec {

  private Codec() {}

  @FunctionalInterface
  private interface Writer {
    void write(DataOutputStream out) throws IOException;
  }

  @FunctionalInterface
  private interface Reader<T> {
    T read(DataInputStream in) throws IOException;
  }

  private static byte[] bytes(Writer writer) {
    try {
      ByteArrayOutputStream buffer = new ByteArrayOutputStream();
      DataOutputStream out = new DataOutputStream(buffer);
      writer.write(out);
      out.flush();
      return buffer.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static <T> T parse(byte[] bytes, Reader<T> reader) {
    try {
      return reader.read(new DataInputStream(new ByteArrayInputStream(bytes)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] object(ObjectMeta meta) {
    return bytes(out -> {
      out.writeUTF(meta.key());
      out.writeLong(meta.size());
      out.writeUTF(meta.etag());
      out.writeUTF(meta.contentType());
      map(out, meta.userMetadata());
      out.writeLong(meta.lastModified());
      out.writeInt(meta.stripes().size());
      for (Stripe stripe : meta.stripes()) {
        stripe(out, stripe);
      }
    });
  }

  static ObjectMeta object(byte[] bytes) {
    return parse(bytes, in -> {
      String key = in.readUTF();
      long size = in.readLong();
      String etag = in.readUTF();
      String type = in.readUTF();
      Map<String, String> metadata = map(in);
      long modified = in.readLong();
      int count = in.readInt();
      List<Stripe> stripes = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        stripes.add(stripe(in));
      }
      return new ObjectMeta(key, size, etag, type, metadata, modified, List.copyOf(stripes));
    });
  }

  static byte[] upload(UploadMeta meta) {
    return bytes(out -> {
      out.writeUTF(meta.key());
      out.writeBoolean(meta.contentType() != null);
      if (meta.contentType() != null) {
        out.writeUTF(meta.contentType());
      }
      map(out, meta.userMetadata());
      out.writeBoolean(meta.ifMatch() != null);
      if (meta.ifMatch() != null) {
        out.writeUTF(meta.ifMatch());
      }
      out.writeBoolean(meta.ifNoneMatchAny());
      out.writeLong(meta.initiated());
    });
  }

  static UploadMeta upload(byte[] bytes) {
    return parse(bytes, in -> {
      String key = in.readUTF();
      String type = in.readBoolean() ? in.readUTF() : null;
      Map<String, String> metadata = map(in);
      String ifMatch = in.readBoolean() ? in.readUTF() : null;
      boolean ifNoneMatch = in.readBoolean();
      return new UploadMeta(key, type, metadata, ifMatch, ifNoneMatch, in.readLong());
    });
  }

  static byte[] part(PartMeta meta) {
    return bytes(out -> {
      out.writeInt(meta.partNumber());
      out.writeUTF(meta.etag());
      out.writeLong(meta.size());
      stripe(out, meta.stripe());
    });
  }

  static PartMeta part(byte[] bytes) {
    return parse(bytes, in -> new PartMeta(in.readInt(), in.readUTF(), in.readLong(),
        stripe(in)));
  }

  private static void stripe(DataOutputStream out, Stripe stripe) throws IOException {
    out.writeUTF(stripe.id());
    out.writeLong(stripe.length());
    out.writeInt(stripe.shardSize());
    out.writeInt(stripe.nodes().size());
    for (int i = 0; i < stripe.nodes().size(); i++) {
      out.writeUTF(stripe.nodes().get(i));
      out.writeLong(stripe.crcs()[i]);
    }
  }

  private static Stripe stripe(DataInputStream in) throws IOException {
    String id = in.readUTF();
    long length = in.readLong();
    int shardSize = in.readInt();
    int n = in.readInt();
    List<String> nodes = new ArrayList<>();
    long[] crcs = new long[n];
    for (int i = 0; i < n; i++) {
      nodes.add(in.readUTF());
      crcs[i] = in.readLong();
    }
    return new Stripe(id, length, shardSize, List.copyOf(nodes), crcs);
  }

  private static void map(DataOutputStream out, Map<String, String> map) throws IOException {
    out.writeInt(map.size());
    for (Map.Entry<String, String> e : map.entrySet()) {
      out.writeUTF(e.getKey());
      out.writeUTF(e.getValue());
    }
  }

  private static Map<String, String> map(DataInputStream in) throws IOException {
    int n = in.readInt();
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      map.put(in.readUTF(), in.readUTF());
    }
    return map;
  }
}
