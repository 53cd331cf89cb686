package dev.gauntlet.harness.testing;

import java.io.IOException;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * Compiles small candidates (broken or hostile ones) in a test against the specs jar, so that
 * no binary is committed.
 */
public final class CandidateCompiler {

  private final Path root;
  private final Map<String, String> sources = new LinkedHashMap<>();
  private final List<String> services = new ArrayList<>();
  private final Map<String, String> resources = new LinkedHashMap<>();

  private CandidateCompiler(Path root) {
    this.root = root;
  }

  /** Starts a candidate in {@code root}. */
  public static CandidateCompiler in(Path root) {
    return new CandidateCompiler(root);
  }

  /** Adds the source of {@code className}. */
  public CandidateCompiler source(String className, String code) {
    sources.put(className, code);
    return this;
  }

  /** Adds a resource file at {@code path} (relative to the classes' root) with {@code text}. */
  public CandidateCompiler resource(String path, String text) {
    resources.put(path, text);
    return this;
  }

  /** Lists {@code className} in META-INF/services/dev.gauntlet.specs.cache.CacheFactory. */
  public CandidateCompiler cacheFactory(String className) {
    services.add(className);
    return this;
  }

  /** Compiles into {@code root/classes} and returns that directory. */
  public Path classes() throws IOException {
    Path src = Files.createDirectories(root.resolve("src"));
    Path classes = Files.createDirectories(root.resolve("classes"));
    List<String> args = new ArrayList<>(List.of("-d", classes.toString(), "-cp", specsJar(),
        "--release", "17", "-nowarn"));
    for (Map.Entry<String, String> source : sources.entrySet()) {
      Path file = src.resolve(source.getKey().replace('.', '/') + ".java");
      Files.createDirectories(file.getParent());
      Files.writeString(file, source.getValue());
      args.add(file.toString());
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    ByteArrayOutputStream errors = new ByteArrayOutputStream();
    int exit = javac.run(null, errors, errors, args.toArray(String[]::new));
    if (exit != 0) {
      throw new IllegalStateException("the test candidate does not compile:\n" + errors.toString(java.nio.charset.StandardCharsets.UTF_8));
    }
    for (Map.Entry<String, String> resource : resources.entrySet()) {
      Path file = classes.resolve(resource.getKey());
      Files.createDirectories(file.getParent());
      Files.writeString(file, resource.getValue());
    }
    if (!services.isEmpty()) {
      Path services = Files.createDirectories(classes.resolve("META-INF/services"));
      Files.writeString(services.resolve("dev.gauntlet.specs.cache.CacheFactory"),
          String.join("\n", this.services) + "\n");
    }
    return classes;
  }

  /** Compiles and packs the classes into {@code root/candidate.jar}. */
  public Path jar() throws IOException {
    Path classes = classes();
    Path jar = root.resolve("candidate.jar");
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
        Stream<Path> files = Files.walk(classes)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        out.putNextEntry(new ZipEntry(classes.relativize(file).toString().replace('\\', '/')));
        out.write(Files.readAllBytes(file));
        out.closeEntry();
      }
    }
    return jar;
  }

  /** The specs jar the harness was packaged with. */
  private static String specsJar() throws IOException {
    Path lib = Path.of(System.getProperty("gauntlet.home", ".")).resolve("harness/target/lib");
    try (Stream<Path> jars = Files.list(lib)) {
      return jars.filter(p -> p.getFileName().toString().startsWith("gauntlet-specs"))
          .findFirst().orElseThrow(() -> new IllegalStateException("no specs jar in " + lib))
          .toString();
    }
  }
}
