package io.github.apprenticeships4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.apprenticeships4j.core.feed.FeedColumn;
import io.github.apprenticeships4j.core.feed.FeedRecord;
import io.github.apprenticeships4j.core.feed.FeedValidator;
import io.github.apprenticeships4j.core.funding.FundingRule;
import io.github.apprenticeships4j.core.funding.FundingRules;
import io.github.apprenticeships4j.core.provider.ProviderComparison;
import io.github.apprenticeships4j.core.provider.ProviderType;
import io.github.apprenticeships4j.core.standard.Standard;
import io.github.apprenticeships4j.core.standard.StandardCatalogue;
import io.github.apprenticeships4j.core.validation.Issue;
import io.github.apprenticeships4j.core.validation.ValidationReport;
import io.github.apprenticeships4j.formats.RecordReader;
import io.github.apprenticeships4j.formats.csv.ProviderFeedCsv;
import io.github.apprenticeships4j.formats.json.StandardsJson;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Array;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.TypeVariable;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.nio.charset.Charset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;

/**
 * The promise of {@code core}'s overview: every public value is immutable; what is passed in is copied; what comes
 * out cannot change the value. Checked on every public type of every package that {@code core} and {@code formats}
 * export (found in their compiled classes, see {@link PublicApi}), on values made from the bundled real data
 * ({@link RealisticInstances}) and every value reachable from them through public no-argument methods.
 *
 * <p>Each such method is called, what it returns is damaged (collections and maps cleared, or refused with
 * {@link UnsupportedOperationException}; arrays overwritten), and every method of the value must then answer as
 * before; an array must be a new copy on each call; anything returned that is neither a value of the library, a
 * collection, nor a JDK type known to be immutable is reported. The builders, the records and the factories that
 * take collections must copy what they are given.
 */
class ImmutabilityTest {
  /** Values walked per class at most: enough to meet every shape, few enough to stay fast. */
  private static final int MAX_PER_CLASS = 20;

  private static final List<Class<?>> TYPES = Stream.concat(PublicApi.typesOfModuleOf(Standard.class).stream(),
      PublicApi.typesOfModuleOf(StandardsJson.class).stream()).collect(Collectors.toUnmodifiableList());
  private static final Set<Class<?>> LIBRARY = Set.copyOf(TYPES);

  /** The public types of which no value is walked, and why; everything else must have one or be static only. */
  private static final Map<Class<?>, String> WITHOUT_VALUE = Map.of(
      RecordReader.class, "an open reader, not a value: it reads its input once, by design; the rows, summary and "
          + "Loaded it gives are walked",
      ProviderFeedCsv.Reader.class, "an open reader, as RecordReader");

  private static Walk walk;

  @BeforeAll
  static void walkFromTheBundledData() throws Exception {
    walk = new Walk();
    walk.run(RealisticInstances.roots());
  }

  @Test
  void thePublicTypes_areFoundInTheCompiledClassesOfBothModules() {
    assertThat(TYPES).contains(Standard.class, StandardsJson.class, FeedValidator.Session.class,
        ProviderFeedCsv.Reader.class);
    assertThat(TYPES).noneMatch(t -> t.getPackageName().contains(".internal"));
    assertThat(WITHOUT_VALUE.keySet()).allMatch(LIBRARY::contains);
  }

  @Test
  void everyPublicType_hasARealisticValue_orOnlyStaticMethods_orAReasonWhyNot(TestReporter reporter) {
    List<String> missing = new ArrayList<>();
    int withValue = 0;
    int builders = 0;
    int staticOnly = 0;
    for (Class<?> type : TYPES) {
      if (walk.seenClasses.stream().anyMatch(type::isAssignableFrom)) {
        if (isBuilder(type)) {
          builders++;
        } else {
          withValue++;
        }
      } else if (isStaticOnly(type)) {
        staticOnly++;
      } else if (!WITHOUT_VALUE.containsKey(type)) {
        missing.add(type.getName());
      }
    }
    reporter.publishEntry("public types", TYPES.size() + ": " + withValue + " with values walked, " + builders
        + " builders (a new one on each call), " + staticOnly + " static only, " + WITHOUT_VALUE.size()
        + " excluded");
    reporter.publishEntry("accessors", walk.accessors.size() + " public no-argument methods called "
        + walk.calls + " times on " + walk.walked + " values; " + walk.refused + " changes refused, "
        + walk.copies + " made to copies, " + walk.arrays + " arrays were fresh copies");
    assertThat(missing).as("public types without a realistic value").isEmpty();
  }

  @Test
  void nothingAnAccessorHandsOut_canChangeTheValueItCameFrom() {
    assertThat(walk.problems).as("what the public methods hand out").isEmpty();
    assertThat(walk.accessors).hasSizeGreaterThan(500);
    assertThat(walk.arrays).as("arrays shown to be copies").isPositive();
  }

  @Test
  void publicStaticFields_holdNothingThatCanBeChanged() {
    List<String> problems = new ArrayList<>();
    for (Class<?> type : TYPES) {
      for (Field field : type.getFields()) {
        if (!Modifier.isStatic(field.getModifiers()) || field.getDeclaringClass() != type) {
          continue;
        }
        Object value = get(field);
        String where = type.getName() + "." + field.getName();
        if (value != null && value.getClass().isArray() && Array.getLength(value) > 0) {
          problems.add(where + " is an array anyone can overwrite");
        } else if (value instanceof Collection || value instanceof Map) {
          Object before = snapshot(value);
          damage(value, new int[2]);
          if (!Objects.equals(before, snapshot(get(field)))) {
            problems.add(where + " can be changed");
          }
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void builders_copyTheCollectionsTheyAreGiven() throws Throwable {
    int rebuilt = 0;
    for (Object value : walk.values) {
      // a built value's class is generated and package-private; its builder is that of the public class it extends
      Class<?> type = value.getClass().getSuperclass();
      if (LIBRARY.contains(value.getClass()) || !LIBRARY.contains(type) || !hasBuilder(type)) {
        continue;
      }
      List<Object> given = new ArrayList<>();
      Object copy = rebuild(type, value, given);
      assertThat(copy).as("%s rebuilt", type.getSimpleName()).isEqualTo(value);
      given.forEach(ImmutabilityTest::clear);
      assertThat(copy).as("%s after its builder's inputs changed", type.getSimpleName()).isEqualTo(value);
      rebuilt++;
    }
    assertThat(rebuilt).isGreaterThan(100);
  }

  @Test
  void records_copyTheCollectionsTheyAreGiven() throws Exception {
    int rebuilt = 0;
    for (Object value : walk.values) {
      Class<?> type = value.getClass();
      if (!type.isRecord() || !LIBRARY.contains(type)) {
        continue;
      }
      RecordComponent[] components = type.getRecordComponents();
      Object[] arguments = new Object[components.length];
      Class<?>[] parameters = new Class<?>[components.length];
      List<Object> given = new ArrayList<>();
      for (int i = 0; i < components.length; i++) {
        parameters[i] = components[i].getType();
        Object component = components[i].getAccessor().invoke(value);
        // a value of a type parameter (Loaded<T>, Figure<T>) is the caller's own, held as given, as Optional does
        boolean callersType = components[i].getGenericType() instanceof TypeVariable;
        arguments[i] = callersType ? component : mutableCopy(component, given);
      }
      Constructor<?> canonical = type.getDeclaredConstructor(parameters);
      Object copy = canonical.newInstance(arguments);
      given.forEach(ImmutabilityTest::clear);
      assertThat(copy).as("%s after the collections given to it changed", type.getSimpleName()).isEqualTo(value);
      rebuilt++;
    }
    assertThat(rebuilt).isGreaterThan(20);
  }

  @Test
  void factories_copyTheCollectionsTheyAreGiven() {
    List<Standard> standards = new ArrayList<>(walk.first(StandardCatalogue.class).standards());
    StandardCatalogue catalogue = StandardCatalogue.of(standards);
    ValidationReport findings = walk.all(ValidationReport.class).stream().filter(r -> !r.isEmpty()).findFirst()
        .orElseThrow();
    List<Issue> issues = new ArrayList<>(findings.issues());
    ValidationReport report = ValidationReport.of(issues);
    List<FundingRule> rules = new ArrayList<>(FundingRules.defaults().rules());
    FundingRules catalogueOfRules = FundingRules.of(rules);
    Map<FeedColumn, String> values = new EnumMap<>(walk.first(FeedRecord.class).toMap());
    FeedRecord record = FeedRecord.of(values);
    Set<ProviderType> types = new HashSet<>(Set.of(ProviderType.values()));
    ProviderComparison comparison = walk.first(ProviderComparison.class).types(types);
    List<?> compared = comparison.compare(walk.all(io.github.apprenticeships4j.core.provider.Provider.class));

    standards.clear();
    issues.clear();
    rules.clear();
    values.replaceAll((column, value) -> "changed");
    types.clear();

    assertThat(catalogue.standards()).isEqualTo(walk.first(StandardCatalogue.class).standards());
    assertThat(report.issues()).isEqualTo(findings.issues());
    assertThat(catalogueOfRules.rules()).isEqualTo(FundingRules.defaults().rules());
    assertThat(record).isEqualTo(walk.first(FeedRecord.class));
    assertThat(comparison.compare(walk.all(io.github.apprenticeships4j.core.provider.Provider.class)))
        .isEqualTo(compared);
  }

  /** The values reachable from the roots, and what was wrong with what their methods handed out. */
  private static final class Walk {
    final List<Object> values = new ArrayList<>();
    final Set<Class<?>> seenClasses = new HashSet<>();
    final Set<String> accessors = new TreeSet<>();
    final List<String> problems = new ArrayList<>();
    private final Deque<Object> queue = new ArrayDeque<>();
    private final Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Map<Class<?>, Integer> perClass = new HashMap<>();
    int walked;
    long calls;
    int refused;
    int copies;
    int arrays;

    void run(List<Object> roots) {
      for (Class<?> type : TYPES) {
        if (type.isEnum()) {
          Collections.addAll(queue, type.getEnumConstants());
        }
        checkStaticAccessors(type);
      }
      drain();
      for (Object root : roots) {   // each root with a budget of its own, so that all of them are walked
        reach(root, "the roots");
        drain();
      }
    }

    private void drain() {
      perClass.clear();
      while (!queue.isEmpty()) {
        Object value = queue.poll();
        if (!seen.add(value) || perClass.merge(value.getClass(), 1, Integer::sum) > MAX_PER_CLASS) {
          continue;
        }
        values.add(value);
        seenClasses.add(value.getClass());
        if (!isBuilder(value.getClass())) {
          walked++;
          checkAccessors(value);
        }
      }
    }

    <T> T first(Class<T> type) {
      return all(type).get(0);
    }

    <T> List<T> all(Class<T> type) {
      return values.stream().filter(type::isInstance).map(type::cast).collect(Collectors.toList());
    }

    /** Calls each public no-argument method of {@code value} twice around damaging its answer. */
    private void checkAccessors(Object value) {
      List<Method> methods = accessorsOf(value);
      Map<String, Object> before = new TreeMap<>();
      methods.forEach(m -> before.put(m.getName(), snapshot(call(m, value))));
      for (Method method : methods) {
        String where = nameOf(method.getDeclaringClass()) + "." + method.getName() + "()";
        accessors.add(where);
        Object first = call(method, value);
        reach(first, where);
        damage(first, this);
        freshOnEachCall(first, call(method, value), where);
      }
      for (Method method : methods) {
        Object after = snapshot(call(method, value));
        if (!Objects.equals(before.get(method.getName()), after)) {
          problems.add(value.getClass().getName() + "." + method.getName() + "() answers differently after what "
              + "its methods handed out was changed: " + abbreviate(before.get(method.getName())) + " became "
              + abbreviate(after));
        }
      }
    }

    /** The same for the type's public static no-argument methods, e.g. {@code defaults()} and {@code values()}. */
    private void checkStaticAccessors(Class<?> type) {
      for (Method method : type.getDeclaredMethods()) {
        if (!Modifier.isPublic(method.getModifiers()) || !Modifier.isStatic(method.getModifiers())
            || method.getParameterCount() != 0 || method.getReturnType() == void.class || method.isSynthetic()) {
          continue;
        }
        String where = nameOf(type) + "." + method.getName() + "()";
        accessors.add(where);
        Object first = call(method, null);
        Object before = snapshot(first);
        reach(first, where);
        damage(first, this);
        Object second = call(method, null);
        freshOnEachCall(first, second, where);
        if (!Objects.equals(before, snapshot(second))) {
          problems.add(where + " answers differently after its answer was changed");
        }
      }
    }

    private void freshOnEachCall(Object first, Object second, String where) {
      if (first == null) {
        return;
      }
      if (first.getClass().isArray() && Array.getLength(first) > 0) {
        if (first == second) {
          problems.add(where + " hands out its own array");
        } else {
          arrays++;
        }
      } else if (isMutableByDesign(first.getClass()) && first == second) {
        problems.add(where + " hands out the same mutable " + first.getClass().getSimpleName() + " twice");
      }
    }

    private Object call(Method method, Object target) {
      calls++;
      try {
        Object answer = method.invoke(target);
        if (answer instanceof Iterator) {
          return elementsOf((Iterator<?>) answer);
        }
        return answer instanceof Stream ? ((Stream<?>) answer).collect(Collectors.toList()) : answer;
      } catch (InvocationTargetException e) {
        // e.g. Loaded.requireNoErrors() on a load with errors: the exception is a value of the library too
        if (isLibraryValue(e.getCause())) {
          queue.add(e.getCause());
        }
        return new Thrown(e.getCause().getClass());
      } catch (IllegalAccessException e) {
        throw new AssertionError(method + " is public but cannot be called", e);
      }
    }

    /** Queues the library's values in {@code answer} and reports what is neither a value nor immutable. */
    private void reach(Object answer, String where) {
      if (answer == null || answer instanceof Thrown || answer instanceof OptionalInt
          || answer instanceof OptionalLong || answer instanceof OptionalDouble) {
        return;
      }
      if (answer.getClass().isArray()) {
        if (!answer.getClass().getComponentType().isPrimitive()) {
          for (int i = 0; i < Array.getLength(answer); i++) {
            reach(Array.get(answer, i), where);
          }
        }
      } else if (answer instanceof Collection) {
        ((Collection<?>) answer).forEach(element -> reach(element, where));
      } else if (answer instanceof Map) {
        ((Map<?, ?>) answer).forEach((key, value) -> {
          reach(key, where);
          reach(value, where);
        });
      } else if (answer instanceof Optional) {
        ((Optional<?>) answer).ifPresent(content -> reach(content, where));
      } else if (isLibraryValue(answer)) {
        queue.add(answer);
      } else if (!isImmutableJdkValue(answer) && !(answer instanceof Comparator)) {
        problems.add(where + " hands out a " + answer.getClass().getName()
            + ", neither a value of the library nor known to be immutable");
      }
    }
  }

  /** The public no-argument methods the library declares for {@code value}, by name. */
  private static List<Method> accessorsOf(Object value) {
    Map<String, Method> byName = new TreeMap<>();
    for (Class<?> type : TYPES) {
      if (!type.isInstance(value)) {
        continue;
      }
      for (Method method : type.getMethods()) {
        if (!Modifier.isStatic(method.getModifiers()) && method.getParameterCount() == 0
            && method.getReturnType() != void.class && LIBRARY.contains(method.getDeclaringClass())
            && !method.isBridge() && !method.isSynthetic()
            && !method.getName().equals("hashCode") && !method.getName().equals("toString")) {
          byName.putIfAbsent(method.getName(), method);
        }
      }
    }
    return List.copyOf(byName.values());
  }

  /** For example {@code ProviderFeedCsv$Reader}. */
  private static String nameOf(Class<?> type) {
    return type.getName().substring(type.getPackageName().length() + 1);
  }

  private static boolean isLibraryValue(Object value) {
    return TYPES.stream().anyMatch(type -> type.isInstance(value));
  }

  private static boolean isBuilder(Class<?> type) {
    return type.getSimpleName().equals("Builder") && type.getEnclosingClass() != null && LIBRARY.contains(type);
  }

  /** Builders, and the session that tracks the rows of one file: each call must give a new one. */
  private static boolean isMutableByDesign(Class<?> type) {
    return isBuilder(type) || type == FeedValidator.Session.class;
  }

  private static boolean isImmutableJdkValue(Object value) {
    Class<?> type = value.getClass();
    return value instanceof String || value instanceof Boolean || value instanceof Character
        || value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte
        || value instanceof Double || value instanceof Float || value instanceof BigDecimal
        || value instanceof BigInteger || value instanceof Enum || value instanceof Class
        || value instanceof Charset || value instanceof URI
        || type.getPackageName().equals("java.time") && Modifier.isFinal(type.getModifiers());
  }

  /** A class with no public constructor whose public methods are all static: nothing to hand out but those. */
  private static boolean isStaticOnly(Class<?> type) {
    return !type.isInterface() && !type.isEnum() && type.getConstructors().length == 0
        && Stream.of(type.getMethods()).filter(m -> LIBRARY.contains(m.getDeclaringClass()))
            .allMatch(m -> Modifier.isStatic(m.getModifiers()));
  }

  /**
   * What can be compared later: containers are copied, element by element; the library's values and the JDK's are
   * kept (they compare by value); anything else (a calculator, a function) is known by its class only.
   */
  private static Object snapshot(Object value) {
    if (value == null || value instanceof Thrown) {
      return value;
    }
    if (value.getClass().isArray()) {
      List<Object> elements = new ArrayList<>();
      for (int i = 0; i < Array.getLength(value); i++) {
        elements.add(snapshot(Array.get(value, i)));
      }
      return new ArrayOf(elements);
    }
    if (value instanceof Map) {
      Map<Object, Object> copy = new LinkedHashMap<>();
      ((Map<?, ?>) value).forEach((k, v) -> copy.put(snapshot(k), snapshot(v)));
      return copy;
    }
    if (value instanceof Set) {
      return ((Set<?>) value).stream().map(ImmutabilityTest::snapshot).collect(Collectors.toSet());
    }
    if (value instanceof Collection) {
      return ((Collection<?>) value).stream().map(ImmutabilityTest::snapshot).collect(Collectors.toList());
    }
    if (value instanceof Optional) {
      return ((Optional<?>) value).map(ImmutabilityTest::snapshot);
    }
    try {
      boolean byValue = value.getClass().getMethod("equals", Object.class).getDeclaringClass() != Object.class;
      return byValue ? value : new Opaque(value.getClass());
    } catch (NoSuchMethodException e) {
      throw new AssertionError(e);
    }
  }

  /** Changes {@code answer} where it can be changed: what a careless or hostile caller would do. */
  private static void damage(Object answer, Walk walk) {
    int[] counts = new int[2];
    damage(answer, counts);
    walk.refused += counts[0];
    walk.copies += counts[1];
  }

  /** {@code counts[0]}: changes refused; {@code counts[1]}: changes made (to a copy, unless a problem follows). */
  private static void damage(Object answer, int[] counts) {
    if (answer == null || answer instanceof Thrown) {
      return;
    }
    if (answer.getClass().isArray()) {
      overwrite(answer);
    } else if (answer instanceof Map) {
      Map<?, ?> map = (Map<?, ?>) answer;
      List.copyOf(map.values()).forEach(v -> damage(v, counts));
      attempt(map.isEmpty() ? () -> map.put(null, null) : map::clear, counts);
    } else if (answer instanceof List) {
      List<?> list = (List<?>) answer;
      List.copyOf(list).forEach(element -> damage(element, counts));
      attempt(list.isEmpty() ? () -> list.add(null) : () -> list.set(0, null), counts);
      attempt(list::clear, counts);
    } else if (answer instanceof Collection) {
      Collection<?> collection = (Collection<?>) answer;
      List.copyOf(collection).forEach(element -> damage(element, counts));
      attempt(collection.isEmpty() ? () -> collection.add(null) : collection::clear, counts);
    } else if (answer instanceof Optional) {
      ((Optional<?>) answer).ifPresent(content -> damage(content, counts));
    }
  }

  /**
   * An iterator's elements; on the way it is asked to remove the first, as a careless caller might, so that an
   * iterator that can change its value makes the value answer differently next time.
   */
  private static List<Object> elementsOf(Iterator<?> iterator) {
    List<Object> elements = new ArrayList<>();
    while (iterator.hasNext()) {
      elements.add(iterator.next());
      if (elements.size() == 1) {
        try {
          iterator.remove();
        } catch (UnsupportedOperationException refused) {
          // the expected answer: nothing was changed
        }
      }
    }
    return elements;
  }

  private static void attempt(Runnable change, int[] counts) {
    try {
      change.run();
      counts[1]++;
    } catch (UnsupportedOperationException refused) {
      counts[0]++;
    } catch (NullPointerException | ClassCastException | IllegalArgumentException refused) {
      // a null or foreign element refused by an empty sorted or enum collection: nothing was changed
    }
  }

  private static void overwrite(Object array) {
    Class<?> component = array.getClass().getComponentType();
    for (int i = 0; i < Array.getLength(array); i++) {
      if (!component.isPrimitive()) {
        Array.set(array, i, null);
      } else if (component == boolean.class) {
        Array.setBoolean(array, i, !Array.getBoolean(array, i));
      } else if (component == char.class) {
        Array.setChar(array, i, (char) (Array.getChar(array, i) + 1));
      } else if (component == int.class) {
        Array.setInt(array, i, Array.getInt(array, i) + 1);
      } else if (component == long.class) {
        Array.setLong(array, i, Array.getLong(array, i) + 1);
      } else if (component == double.class) {
        Array.setDouble(array, i, Array.getDouble(array, i) + 1);
      } else if (component == float.class) {
        Array.setFloat(array, i, Array.getFloat(array, i) + 1);
      } else if (component == short.class) {
        Array.setShort(array, i, (short) (Array.getShort(array, i) + 1));
      } else {
        Array.setByte(array, i, (byte) (Array.getByte(array, i) + 1));
      }
    }
  }

  private static void clear(Object given) {
    if (given instanceof Map) {
      ((Map<?, ?>) given).clear();
    } else if (given instanceof Collection) {
      ((Collection<?>) given).clear();
    }
  }

  /** Whether {@code type} has a public static {@code builder()} that gives its nested {@code Builder}. */
  private static boolean hasBuilder(Class<?> type) {
    try {
      Method builder = type.getMethod("builder");
      return Modifier.isStatic(builder.getModifiers()) && isBuilder(builder.getReturnType())
          && builder.getReturnType().getEnclosingClass() == type;
    } catch (NoSuchMethodException e) {
      return false;
    }
  }

  /**
   * A value of {@code type} through its public builder, every attribute set from {@code value}; collections and maps
   * are given as new mutable copies, kept in {@code given} so that the test can change them afterwards. The attributes
   * are the public methods the generated class implements (abstract ones, defaults, derived ones); the builder's
   * methods are looked up on the public builder class, as a caller's code does, since the generated class that
   * declares them is package-private.
   */
  private static Object rebuild(Class<?> type, Object value, List<Object> given) throws Throwable {
    Object builder = type.getMethod("builder").invoke(null);
    Class<?> builderType = builder.getClass();
    for (Method accessor : type.getDeclaredMethods()) {
      if (!Modifier.isPublic(accessor.getModifiers()) || Modifier.isStatic(accessor.getModifiers())
          || Modifier.isFinal(accessor.getModifiers()) || accessor.getParameterCount() != 0
          || accessor.getName().equals("hashCode") || accessor.getName().equals("toString")) {
        continue;
      }
      Object attribute = accessor.invoke(value);
      if (attribute instanceof Optional) {
        if (((Optional<?>) attribute).isEmpty()) {
          continue;
        }
        attribute = ((Optional<?>) attribute).get();
      } else if (attribute instanceof OptionalInt) {
        if (((OptionalInt) attribute).isEmpty()) {
          continue;
        }
        attribute = ((OptionalInt) attribute).getAsInt();
      } else if (attribute instanceof OptionalLong) {
        if (((OptionalLong) attribute).isEmpty()) {
          continue;
        }
        attribute = ((OptionalLong) attribute).getAsLong();
      }
      Object argument = mutableCopy(attribute, given);
      String name = accessor.getName();
      String capitalised = Character.toUpperCase(name.charAt(0)) + name.substring(1);
      // strict builders set a collection with addAllX(Iterable) and a map with putAllX(Map)
      Set<String> names = Set.of(name, "addAll" + capitalised, "putAll" + capitalised);
      Optional<Method> setter = Stream.of(builderType.getMethods())
          .filter(m -> names.contains(m.getName()) && m.getParameterCount() == 1
              && wrap(m.getParameterTypes()[0]).isInstance(argument))
          .findFirst();
      if (setter.isPresent()) {   // else derived from the others, not set
        publicMethod(builderType, setter.get()).invoke(builder, argument);
      }
    }
    return publicMethod(builderType, builderType.getMethod("build")).invoke(builder);
  }

  /** {@code method} as {@code type}'s own, even when a non-public class declares it, as javac would call it. */
  private static MethodHandle publicMethod(Class<?> type, Method method) throws ReflectiveOperationException {
    return MethodHandles.publicLookup().findVirtual(type, method.getName(),
        MethodType.methodType(method.getReturnType(), method.getParameterTypes()));
  }

  private static Object mutableCopy(Object value, List<Object> given) {
    Object copy = value;
    if (value instanceof List) {
      copy = new ArrayList<>((List<?>) value);
    } else if (value instanceof Set) {
      copy = new LinkedHashSet<>((Set<?>) value);
    } else if (value instanceof Map) {
      copy = new LinkedHashMap<>((Map<?, ?>) value);
    } else if (value instanceof Collection) {
      copy = new ArrayList<>((Collection<?>) value);
    } else if (value instanceof Optional && ((Optional<?>) value).isPresent()) {
      Object content = ((Optional<?>) value).get();
      return content instanceof Collection || content instanceof Map
          ? Optional.of(mutableCopy(content, given)) : value;
    }
    if (copy != value) {
      given.add(copy);
    }
    return copy;
  }

  private static Class<?> wrap(Class<?> type) {
    if (!type.isPrimitive()) {
      return type;
    }
    return type == int.class ? Integer.class : type == long.class ? Long.class : type == boolean.class
        ? Boolean.class : type == double.class ? Double.class : type == char.class ? Character.class
        : type == short.class ? Short.class : type == byte.class ? Byte.class : Float.class;
  }

  private static Object get(Field field) {
    try {
      return field.get(null);
    } catch (IllegalAccessException e) {
      throw new AssertionError(e);
    }
  }

  private static String abbreviate(Object value) {
    String text = String.valueOf(value);
    return text.length() > 200 ? text.substring(0, 200) + "..." : text;
  }

  /** An array's elements, compared by value. */
  private record ArrayOf(List<Object> elements) {}

  /** A value without value equality, known by its class. */
  private record Opaque(Class<?> type) {}

  /** What a method threw instead of answering. */
  private record Thrown(Class<?> type) {}
}
