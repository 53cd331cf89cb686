package gallery;

import dev.gauntlet.specs.cache.CacheClient;
import dev.gauntlet.specs.cache.CacheEnvironment;
import java.io.File;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * Hostile: walks, by reflection, every object reachable from what it is handed and from the
 * static fields of every class in the harness's jar, looking for the harness's per-run state:
 * its channel to the parent, the checks' models, scenarios and histories (the expected values).
 * Reports where it got as the reason it has no client.
 */
public class Snoop extends Parts {

  /** Packages whose objects are per-run state a candidate must never reach. */
  private static final Set<String> SENSITIVE = Set.of("dev.gauntlet.harness.worker",
      "dev.gauntlet.harness.run", "dev.gauntlet.harness.engine", "dev.gauntlet.harness.check",
      "dev.gauntlet.harness.guard");

  @Override
  public CacheClient newClient(CacheEnvironment environment) {
    Walk handed = new Walk();
    handed.reach(environment);
    Set<String> exposed = new TreeSet<>();
    for (String type : handed.harness) {
      if (!implementsSpecs(type)) {
        exposed.add(type);
      }
    }
    Walk statics = new Walk();
    int classes = statics.reachStatics();
    Set<String> sensitive = new TreeSet<>();
    for (String type : statics.harness) {
      if (type.endsWith("Model") || type.endsWith("History") || type.endsWith("Scenario")
          || type.endsWith("Cluster") || type.equals("java.net.Socket")
          || SENSITIVE.contains(type.substring(0, Math.max(0, type.lastIndexOf('.'))))) {
        sensitive.add(type);
      }
    }
    throw new UnsupportedOperationException("snoop: what it is handed reaches "
        + handed.harness + (exposed.isEmpty() ? " (all environment types of the specs)"
            : ", exposing " + exposed)
        + "; the static fields of " + classes + " harness classes reach "
        + (sensitive.isEmpty() ? "nothing sensitive" : sensitive));
  }

  private static boolean implementsSpecs(String type) {
    try {
      for (Class<?> c = Class.forName(type); c != null; c = c.getSuperclass()) {
        for (Class<?> i : c.getInterfaces()) {
          if (i.getName().startsWith("dev.gauntlet.specs.")) {
            return true;
          }
        }
      }
      return false;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }

  /** A reflective walk of an object graph, noting the harness classes (and sockets) it meets. */
  private static final class Walk {

    final Set<String> harness = new TreeSet<>();
    private final Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Deque<Object> todo = new ArrayDeque<>();

    void reach(Object root) {
      push(root);
      while (!todo.isEmpty() && seen.size() < 500_000) {
        visit(todo.pop());
      }
    }

    /** Walks the static fields of every class in the harness's jar; returns how many. */
    int reachStatics() {
      int classes = 0;
      for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
        if (!entry.contains("gauntlet-harness") || !entry.endsWith(".jar")) {
          continue;
        }
        try (JarFile jar = new JarFile(entry)) {
          for (JarEntry file : Collections.list(jar.entries())) {
            String name = file.getName();
            if (name.startsWith("dev/gauntlet/harness/") && name.endsWith(".class")
                && !name.endsWith("-info.class")) {
              classes++;
              staticsOf(name.substring(0, name.length() - 6).replace('/', '.'));
            }
          }
        } catch (java.io.IOException e) {
          throw new IllegalStateException(e);
        }
      }
      return classes;
    }

    private void staticsOf(String className) {
      try {
        Class<?> type = Class.forName(className, false, Snoop.class.getClassLoader());
        for (Field field : type.getDeclaredFields()) {
          if (Modifier.isStatic(field.getModifiers()) && !field.getType().isPrimitive()) {
            field.setAccessible(true);
            reach(field.get(null));
          }
        }
      } catch (Throwable ignored) {
        // a class that cannot load or be opened keeps its secrets
      }
    }

    private void push(Object object) {
      if (object != null) {
        todo.push(object);
      }
    }

    private void visit(Object object) {
      if (object == null || object instanceof String || object instanceof Number
          || object instanceof Class || object instanceof Enum || !seen.add(object)) {
        return;
      }
      Class<?> type = object.getClass();
      if (type.getName().startsWith("dev.gauntlet.harness.") || object instanceof java.net.Socket) {
        harness.add(type.getName());
      }
      try {
        if (object instanceof Object[] array) {
          for (Object element : array) {
            push(element);
          }
        } else if (object instanceof Collection<?> collection) {
          collection.forEach(this::push);
        } else if (object instanceof Map<?, ?> map) {
          map.forEach((k, v) -> {
            push(k);
            push(v);
          });
        } else if (object instanceof AtomicReference<?> reference) {
          push(reference.get());
        } else if (object instanceof Optional<?> optional) {
          optional.ifPresent(this::push);
        }
      } catch (RuntimeException ignored) {
        // a collection that changed under the walk
      }
      if (type.isArray() || type.getName().startsWith("java.")
          || type.getName().startsWith("jdk.") || type.getName().startsWith("sun.")) {
        return; // the JDK's own fields are closed to reflection since Java 17
      }
      for (Class<?> c = type; c != null; c = c.getSuperclass()) {
        for (Field field : c.getDeclaredFields()) {
          if (Modifier.isStatic(field.getModifiers()) || field.getType().isPrimitive()) {
            continue;
          }
          try {
            field.setAccessible(true);
            push(field.get(object));
          } catch (RuntimeException | IllegalAccessException ignored) {
            // closed to reflection
          }
        }
      }
    }
  }
}
