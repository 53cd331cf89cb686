package dev.gauntlet.harness.systems.objectstore;

import dev.gauntlet.specs.objectstore.CompletedPart;
import dev.gauntlet.specs.objectstore.ErrorCode;
import dev.gauntlet.specs.objectstore.ObjectInfo;
import dev.gauntlet.specs.objectstore.ObjectStore;
import dev.gauntlet.specs.objectstore.PartInfo;
import dev.gauntlet.specs.objectstore.PutOptions;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * S3's multipart uploads in the model: the ids are the candidate's own (the model adopts each id
 * the candidate returns), the rules are S3's (part numbers 1..10000, a re-upload replaces, the
 * minimum part size checked at completion, the ETag "MD5 of MD5s -N", last-modified = the
 * upload's creation time, a failed completion leaves the upload as it was).
 */
final class ModelUploads {

  private record Part(byte[] data, String etag) {}

  private record Upload(String bucket, String key, PutOptions options, long initiated,
      TreeMap<Integer, Part> parts) {}

  private final StoreModel model;
  private final long minimumPartSize;
  private final Map<String, Upload> open = new LinkedHashMap<>();

  ModelUploads(StoreModel model, long minimumPartSize) {
    this.model = model;
    this.minimumPartSize = minimumPartSize;
  }

  boolean anyIn(String bucket) {
    return open.values().stream().anyMatch(u -> u.bucket().equals(bucket));
  }

  /** Checks a create before the candidate's id is known. */
  void checkCreate(String bucket, String key, PutOptions options) {
    StoreModel.validKey(key);
    if (options.ifMatch() != null && options.ifNoneMatchAny()) {
      throw StoreModel.error(ErrorCode.INVALID_ARGUMENT);
    }
    model.bucket(bucket);
  }

  /** Adopts the candidate's id for a create the model accepted. */
  void created(String uploadId, String bucket, String key, PutOptions options, long now) {
    open.put(uploadId, new Upload(bucket, key, options, now, new TreeMap<>()));
  }

  private Upload upload(String bucket, String key, String uploadId) {
    StoreModel.validKey(key);
    model.bucket(bucket);
    Upload upload = open.get(uploadId);
    if (upload == null || !upload.bucket().equals(bucket) || !upload.key().equals(key)) {
      throw StoreModel.error(ErrorCode.NO_SUCH_UPLOAD);
    }
    return upload;
  }

  String uploadPart(String bucket, String key, String uploadId, int partNumber, byte[] data) {
    StoreModel.validKey(key);
    if (partNumber < 1 || partNumber > ObjectStore.MAX_PART_NUMBER) {
      throw StoreModel.error(ErrorCode.INVALID_ARGUMENT);
    }
    Upload upload = upload(bucket, key, uploadId);
    String etag = Md5s.hex(data);
    upload.parts().put(partNumber, new Part(data.clone(), etag));
    return etag;
  }

  List<PartInfo> listParts(String bucket, String key, String uploadId) {
    List<PartInfo> parts = new ArrayList<>();
    upload(bucket, key, uploadId).parts().forEach((n, p) ->
        parts.add(new PartInfo(n, p.etag(), p.data().length)));
    return parts;
  }

  ObjectInfo complete(String bucket, String key, String uploadId, List<CompletedPart> named) {
    Upload upload = upload(bucket, key, uploadId);
    if (named.isEmpty()) {
      throw StoreModel.error(ErrorCode.MALFORMED_XML);
    }
    for (int i = 1; i < named.size(); i++) {
      if (named.get(i).partNumber() <= named.get(i - 1).partNumber()) {
        throw StoreModel.error(ErrorCode.INVALID_PART_ORDER);
      }
    }
    List<Part> chosen = new ArrayList<>();
    for (CompletedPart c : named) {
      Part part = upload.parts().get(c.partNumber());
      if (part == null || !part.etag().equals(c.etag())) {
        throw StoreModel.error(ErrorCode.INVALID_PART);
      }
      chosen.add(part);
    }
    for (int i = 0; i < chosen.size() - 1; i++) {
      if (chosen.get(i).data().length < minimumPartSize) {
        throw StoreModel.error(ErrorCode.ENTITY_TOO_SMALL);
      }
    }
    StoreModel.checkWrite(model.objects(bucket).get(key), upload.options());
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    List<String> etags = new ArrayList<>();
    for (Part part : chosen) {
      bytes.writeBytes(part.data());
      etags.add(part.etag());
    }
    byte[] data = bytes.toByteArray();
    ObjectInfo info = new ObjectInfo(key, data.length, Md5s.multipart(etags),
        upload.options().effectiveContentType(), upload.options().userMetadata(),
        upload.initiated());
    model.objects(bucket).put(key, new StoreModel.Stored(data, info));
    open.remove(uploadId);
    return info;
  }

  void abort(String bucket, String key, String uploadId) {
    upload(bucket, key, uploadId);
    open.remove(uploadId);
  }

  /** Returns the part numbers and ETags uploaded so far, for drawing a completion. */
  Map<Integer, String> parts(String uploadId) {
    Upload upload = open.get(uploadId);
    Map<Integer, String> parts = new LinkedHashMap<>();
    if (upload != null) {
      upload.parts().forEach((n, p) -> parts.put(n, p.etag()));
    }
    return parts;
  }
}
