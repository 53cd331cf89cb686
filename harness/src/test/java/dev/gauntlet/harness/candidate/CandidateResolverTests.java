package dev.gauntlet.harness.candidate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CandidateResolverTests {

  @TempDir Path temp;

  private final List<Path> built = new ArrayList<>();
  private final PrintWriter out = new PrintWriter(new StringWriter());

  private CandidateResolver resolver() {
    return new CandidateResolver(temp.resolve("home"), (dir, o) -> {
      built.add(dir);
      Files.createDirectories(dir.resolve("target").resolve("classes"));
    });
  }

  @Test
  void referenceIsTheReferenceModulesClasses() throws Exception {
    Path classes = Files.createDirectories(CandidateResolver.referenceClasses(temp.resolve("home")));
    Candidate candidate = resolver().resolve("reference", out);
    assertEquals(CandidateKind.REFERENCE, candidate.kind());
    assertEquals(classes, candidate.path());
  }

  @Test
  void anUnbuiltReferenceSaysHowToBuildIt() {
    CandidateException e = assertThrows(CandidateException.class,
        () -> resolver().resolve("reference", out));
    assertTrue(e.getMessage().startsWith("the reference is not built"), e.getMessage());
  }

  @Test
  void aJarIsRecognisedByItsContent() throws Exception {
    Path jar = temp.resolve("submission.jar");
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(jar))) {
      zip.putNextEntry(new ZipEntry("a/B.class"));
      zip.closeEntry();
    }
    Candidate candidate = resolver().resolve(jar.toString(), out);
    assertEquals(CandidateKind.JAR, candidate.kind());
    assertEquals(jar, candidate.path());
  }

  @Test
  void aDirectoryOfClassesOrServicesIsAClassesDirectory() throws Exception {
    Path classes = Files.createDirectories(temp.resolve("classes/a"));
    Files.write(classes.resolve("B.class"), new byte[] {1});
    assertEquals(CandidateKind.CLASSES,
        resolver().resolve(temp.resolve("classes").toString(), out).kind());
    Path services = Files.createDirectories(temp.resolve("only-services/META-INF/services"));
    assertEquals(CandidateKind.CLASSES,
        resolver().resolve(services.getParent().getParent().toString(), out).kind());
  }

  @Test
  void aMavenProjectIsBuiltAndItsClassesGraded() throws Exception {
    Path project = Files.createDirectories(temp.resolve("project"));
    Files.writeString(project.resolve("pom.xml"), "<project/>");
    Candidate candidate = resolver().resolve(project.toString(), out);
    assertEquals(CandidateKind.MAVEN_PROJECT, candidate.kind());
    assertEquals(project.resolve("target/classes"), candidate.path());
    assertEquals(List.of(project), built);
  }

  @Test
  void anythingElseIsRejectedInOneLine() throws Exception {
    Path text = Files.writeString(temp.resolve("a.txt"), "not a jar");
    Path empty = Files.createDirectories(temp.resolve("empty"));
    for (Path path : List.of(text, empty, temp.resolve("missing"))) {
      CandidateException e = assertThrows(CandidateException.class,
          () -> resolver().resolve(path.toString(), out));
      assertEquals(1, e.getMessage().lines().count(), e.getMessage());
      assertTrue(e.getMessage().startsWith(path.toString()), e.getMessage());
    }
  }
}
