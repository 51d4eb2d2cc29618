package io.github.apprenticeships4j.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The public types of a library module, found in its compiled classes (a directory or a jar): every public class,
 * interface, enum, record and annotation, nested ones included, of every package its {@code module-info.class}
 * exports to everyone. Nothing is listed by hand, so a new type is covered as soon as it is compiled.
 */
final class PublicApi {
  private PublicApi() {}

  /** The public types of the module that holds {@code anchor}, in class-file order. */
  static List<Class<?>> typesOfModuleOf(Class<?> anchor) {
    Path location;
    try {
      location = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    try {
      if (Files.isDirectory(location)) {
        return typesIn(location, anchor.getClassLoader());
      }
      try (FileSystem jar = FileSystems.newFileSystem(location)) {
        return typesIn(jar.getPath("/"), anchor.getClassLoader());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Class<?>> typesIn(Path root, ClassLoader loader) throws IOException {
    Set<String> exported;
    try (InputStream in = Files.newInputStream(root.resolve("module-info.class"))) {
      exported = ModuleDescriptor.read(in).exports().stream().filter(e -> !e.isQualified())
          .map(ModuleDescriptor.Exports::source).collect(Collectors.toSet());
    }
    List<Class<?>> types = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".class")).sorted().collect(Collectors.toList())) {
        String relative = root.relativize(file).toString().replace('\\', '/');
        String name = relative.substring(0, relative.length() - ".class".length()).replace('/', '.');
        int dot = name.lastIndexOf('.');
        if (dot < 0 || !exported.contains(name.substring(0, dot))
            || name.endsWith(".module-info") || name.endsWith(".package-info")) {
          continue;
        }
        Class<?> type = load(name, loader);
        if (isPublicApi(type)) {
          types.add(type);
        }
      }
    }
    return types;
  }

  private static Class<?> load(String name, ClassLoader loader) {
    try {
      return Class.forName(name, false, loader);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException("compiled but not loadable: " + name, e);
    }
  }

  /** Public, and so are the types it is nested in; not a lambda, an anonymous or a local class. */
  private static boolean isPublicApi(Class<?> type) {
    if (type.isAnonymousClass() || type.isLocalClass() || type.isSynthetic()) {
      return false;
    }
    for (Class<?> t = type; t != null; t = t.getEnclosingClass()) {
      if (!Modifier.isPublic(t.getModifiers())) {
        return false;
      }
    }
    return true;
  }
}
