package dev.talksbot.config;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Copies of settings records with some components changed, through the record's canonical
 * constructor (so its validation runs again). Replaces hand-written {@code withX} methods that
 * repeat every component.
 */
public final class Records {
  private Records() {}

  /** A copy of {@code record} with component {@code name} set to {@code value}. */
  public static <R extends Record> R with(R record, String name, Object value) {
    return with(record, Map.of(name, new Box(value)));
  }

  /**
   * A copy of {@code record} with the named components replaced (values boxed so that null is
   * allowed: a null resets the component to its default).
   */
  public static <R extends Record> R with(R record, Map<String, Box> changes) {
    @SuppressWarnings("unchecked")
    Class<R> type = (Class<R>) record.getClass();
    RecordComponent[] parts = type.getRecordComponents();
    for (String name : changes.keySet()) {
      if (Arrays.stream(parts).noneMatch(c -> c.getName().equals(name))) {
        throw new IllegalArgumentException(
            type.getSimpleName()
                + " has no component '"
                + name
                + "' (it has "
                + Arrays.stream(parts)
                    .map(RecordComponent::getName)
                    .collect(Collectors.joining(", "))
                + ")");
      }
    }
    Object[] args = new Object[parts.length];
    Class<?>[] types = new Class<?>[parts.length];
    for (int i = 0; i < parts.length; i++) {
      RecordComponent c = parts[i];
      types[i] = c.getType();
      Box change = changes.get(c.getName());
      args[i] = change != null ? change.value() : read(record, c);
      if (args[i] != null && !box(types[i]).isInstance(args[i])) {
        throw new IllegalArgumentException(
            type.getSimpleName()
                + "."
                + c.getName()
                + " is a "
                + types[i].getSimpleName()
                + ", not a "
                + args[i].getClass().getSimpleName());
      }
    }
    return construct(type, types, args);
  }

  /** Copies each component of {@code record} into the same-named public field of {@code target}. */
  static void copyInto(Record record, Object target) {
    for (RecordComponent c : record.getClass().getRecordComponents()) {
      try {
        target.getClass().getField(c.getName()).set(target, read(record, c));
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(
            target.getClass().getSimpleName() + " lacks the public field " + c.getName(), e);
      }
    }
  }

  /** A record built from the same-named public fields of {@code source} (canonical constructor). */
  static <R extends Record> R fromFields(Object source, Class<R> type) {
    RecordComponent[] parts = type.getRecordComponents();
    Object[] args = new Object[parts.length];
    Class<?>[] types = new Class<?>[parts.length];
    for (int i = 0; i < parts.length; i++) {
      types[i] = parts[i].getType();
      try {
        args[i] = source.getClass().getField(parts[i].getName()).get(source);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(
            source.getClass().getSimpleName() + " lacks the public field " + parts[i].getName(), e);
      }
    }
    return construct(type, types, args);
  }

  private static <R extends Record> R construct(Class<R> type, Class<?>[] types, Object[] args) {
    try {
      Constructor<R> ctor = type.getDeclaredConstructor(types);
      return ctor.newInstance(args);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof RuntimeException r) throw r;
      throw new IllegalStateException(e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot build " + type.getSimpleName(), e);
    }
  }

  /** A value to put into a component; null allowed. */
  public record Box(Object value) {}

  private static Object read(Record record, RecordComponent c) {
    try {
      return c.getAccessor().invoke(record);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot read " + c.getName(), e);
    }
  }

  private static Class<?> box(Class<?> t) {
    if (!t.isPrimitive()) return t;
    if (t == int.class) return Integer.class;
    if (t == long.class) return Long.class;
    if (t == double.class) return Double.class;
    if (t == boolean.class) return Boolean.class;
    return Object.class;
  }
}
