package io.github.apprenticeships4j.core.internal;

import java.lang.reflect.Array;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Collection;
import java.util.Map;

/**
 * What a hostile caller can do without reflection on private state: call every public no-argument method of a value
 * that it can reach and damage whatever comes back.
 */
public final class Tamper {
  private Tamper() {}

  /**
   * Calls every public no-argument instance method of {@code value}'s public class (for a generated value, the
   * abstract class it extends: the generated class is package-private) that returns something, and on each
   * answer clears the collections and maps it can, and overwrites arrays (with zeros, or nulls), also those held in
   * a map or a collection. Refusals ({@link UnsupportedOperationException}) are what an immutable value gives.
   */
  public static void everyAccessorOf(Object value) {
    Class<?> reachable = value.getClass();
    while (!Modifier.isPublic(reachable.getModifiers())) {
      reachable = reachable.getSuperclass();
    }
    for (Method method : reachable.getMethods()) {
      if (method.getParameterCount() != 0 || method.getReturnType() == void.class
          || Modifier.isStatic(method.getModifiers()) || method.getDeclaringClass() == Object.class
          || method.getName().equals("hashCode") || method.getName().equals("toString")) {
        continue;
      }
      try {
        damage(method.invoke(value));
      } catch (IllegalAccessException e) {
        throw new AssertionError(e);
      } catch (InvocationTargetException e) {
        // an accessor that throws for this value hands out nothing
      }
    }
  }

  private static void damage(Object answer) {
    if (answer == null) {
      return;
    }
    if (answer.getClass().isArray()) {
      overwrite(answer);
    } else if (answer instanceof Map) {
      Map<?, ?> map = (Map<?, ?>) answer;
      map.values().forEach(Tamper::damage);
      refuse(map::clear);
    } else if (answer instanceof Collection) {
      Collection<?> collection = (Collection<?>) answer;
      collection.forEach(Tamper::damage);
      refuse(collection::clear);
    }
  }

  private static void overwrite(Object array) {
    Class<?> component = array.getClass().getComponentType();
    for (int i = 0; i < Array.getLength(array); i++) {
      if (!component.isPrimitive()) {
        Array.set(array, i, null);
      } else if (component == boolean.class) {
        Array.setBoolean(array, i, false);
      } else if (component == char.class) {
        Array.setChar(array, i, '\0');
      } else {
        Array.setByte(array, i, (byte) 0);
      }
    }
  }

  private static void refuse(Runnable mutation) {
    try {
      mutation.run();
    } catch (UnsupportedOperationException refused) {
      // immutable, as it should be
    }
  }
}
