package dev.gatewaydsl.internal;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Writes model values (Immutables values, enums, {@code @JsonValue} types, strings, numbers,
 * booleans, {@code Optional}s, lists and maps) into a Jackson {@link JsonGenerator}, with the rules
 * of the YAML writer: properties in the order of {@code @JsonPropertyOrder} and then of the
 * generated class's fields, unset values, empty strings, empty lists and empty maps left out
 * (except where a property says {@code @JsonInclude(ALWAYS)}), map keys sorted.
 *
 * <p>It makes the same generator calls Jackson's databind would make for these values (a test
 * compares the two on every upstream example and on random resources), but needs only
 * jackson-core and a little reflection per class, not an {@code ObjectMapper}: building a mapper and
 * its bean serializers is most of a cold JVM's time to the first manifest.
 */
final class ModelWriter {
  private ModelWriter() {}

  /** How one class is written, worked out once. */
  private sealed interface Shape permits Bean, ValueOf, EnumValues, EnumNames {}

  /** An object with properties, in the order they are written. */
  private record Bean(List<Property> properties) implements Shape {}

  /** A type written as what its {@code @JsonValue} method returns. */
  private record ValueOf(Method method) implements Shape {}

  /** An enum written as what its {@code @JsonValue} method returns, by ordinal, worked out once. */
  private record EnumValues(Object[] values) implements Shape {}

  /** An enum written as its constants' names. */
  private record EnumNames() implements Shape {}

  /**
   * One property: its JSON name, its accessor, whether it is written when empty, and the field
   * that holds its value when the class keeps it in a field of the accessor's name (read instead
   * of calling the accessor; an {@code Optional} property's field holds the value or null).
   */
  private record Property(String name, Method accessor, boolean always, Field field,
      boolean optional, Kind kind, Kind element) {

    /** Writes this property of {@code owner}, unless it is left out. */
    void write(Object owner, JsonGenerator generator) throws IOException {
      Object content;
      if (field != null) {
        try {
          content = field.get(owner);
        } catch (IllegalAccessException e) {
          throw new IllegalStateException("cannot read " + field, e);
        }
      } else {
        content = invoke(accessor, owner);
        if (optional) {
          content = ((Optional<?>) content).orElse(null);
        }
      }
      // an Optional's content is written even when empty, as Jackson writes it
      if (always || (optional ? content != null : !kind.isEmpty(content))) {
        generator.writeFieldName(name);
        kind.write(content, element, generator);
      }
    }
  }

  /**
   * What a declared type says of its values, so that writing them needs no {@code instanceof}
   * against interfaces (slow when many classes pass one call site): worked out once per property.
   */
  private enum Kind {
    STRING, INT, LONG, BOOLEAN, LIST, MAP, SHAPED, ANY;

    static Kind of(Class<?> type) {
      if (type == String.class) {
        return STRING;
      } else if (type == Integer.class || type == int.class) {
        return INT;
      } else if (type == Long.class || type == long.class) {
        return LONG;
      } else if (type == Boolean.class || type == boolean.class) {
        return BOOLEAN;
      } else if (type == List.class || type == Set.class || type == Collection.class) {
        return LIST;
      } else if (type == Map.class) {
        return MAP;
      } else if ((type.isInterface() || type.isEnum()) && !type.getName().startsWith("java.")
          && !JsonNode.class.isAssignableFrom(type)) {
        return SHAPED; // a model type or an enum: never a string, number, list, map or tree
      }
      return ANY;
    }

    /** The kind of {@code type}'s first type argument, or {@link #ANY}. */
    static Kind ofArgument(Type type) {
      return argument(type) instanceof Class<?> argument && argument != type ? of(argument) : ANY;
    }

    boolean isEmpty(Object value) {
      return switch (this) {
        case STRING -> value == null || ((String) value).isEmpty();
        case LIST -> value == null || ((Collection<?>) value).isEmpty();
        case MAP -> value == null || ((Map<?, ?>) value).isEmpty();
        case ANY -> ModelWriter.isEmpty(value);
        default -> value == null;
      };
    }

    /** Writes {@code value}, a list's items as {@code element}. */
    void write(Object value, Kind element, JsonGenerator generator) throws IOException {
      if (value == null) {
        generator.writeNull();
        return;
      }
      switch (this) {
        case STRING -> generator.writeString((String) value);
        case INT -> generator.writeNumber((Integer) value);
        case LONG -> generator.writeNumber((Long) value);
        case BOOLEAN -> generator.writeBoolean((Boolean) value);
        case LIST -> {
          generator.writeStartArray();
          for (Object item : (Collection<?>) value) {
            element.write(item, ANY, generator);
          }
          generator.writeEndArray();
        }
        case SHAPED -> shaped(value, generator);
        default -> value(value, generator);
      }
    }
  }

  /** Each class's shape, worked out on first use. */
  private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
    @Override
    protected Shape computeValue(Class<?> type) {
      return shapeOf(type);
    }
  };

  /** Writes {@code value} as one JSON value, then flushes the generator. */
  static void write(Object value, JsonGenerator generator) throws IOException {
    value(value, generator);
    generator.flush();
  }

  /** The names of the properties {@code type} is written with; empty if it is not a bean. */
  static Set<String> propertyNames(Class<?> type) {
    Set<String> names = new LinkedHashSet<>();
    if (SHAPES.get(type) instanceof Bean bean) {
      for (Property property : bean.properties()) {
        names.add(property.name());
      }
    }
    return Collections.unmodifiableSet(names);
  }

  private static void value(Object value, JsonGenerator generator) throws IOException {
    if (value instanceof String text) {
      generator.writeString(text);
    } else if (value instanceof Optional<?> optional) {
      value(optional.orElse(null), generator);
    } else if (value instanceof Collection<?> items) {
      generator.writeStartArray();
      for (Object item : items) {
        value(item, generator);
      }
      generator.writeEndArray();
    } else if (value instanceof Integer number) {
      generator.writeNumber(number);
    } else if (value == null) {
      generator.writeNull();
    } else if (value instanceof Map<?, ?> map) {
      generator.writeStartObject();
      for (Map.Entry<?, ?> entry : sorted(map).entrySet()) {
        generator.writeFieldName(String.valueOf(entry.getKey()));
        value(entry.getValue(), generator);
      }
      generator.writeEndObject();
    } else if (value instanceof Boolean bool) {
      generator.writeBoolean(bool);
    } else if (value instanceof Long number) {
      generator.writeNumber(number);
    } else if (value instanceof Number number) {
      number(number, generator);
    } else if (value instanceof JsonNode node) {
      tree(node, generator);
    } else {
      shaped(value, generator);
    }
  }

  private static void shaped(Object value, JsonGenerator generator) throws IOException {
    Shape shape = SHAPES.get(value.getClass());
    if (shape instanceof EnumValues values) {
      value(values.values()[((Enum<?>) value).ordinal()], generator);
    } else if (shape instanceof EnumNames) {
      generator.writeString(((Enum<?>) value).name());
    } else if (shape instanceof ValueOf valueOf) {
      value(invoke(valueOf.method(), value), generator);
    } else {
      generator.writeStartObject();
      for (Property property : ((Bean) shape).properties()) {
        property.write(value, generator);
      }
      generator.writeEndObject();
    }
  }

  private static void number(Number number, JsonGenerator generator) throws IOException {
    if (number instanceof Short || number instanceof Byte) {
      generator.writeNumber(number.intValue());
    } else if (number instanceof Double || number instanceof Float) {
      generator.writeNumber(number.doubleValue());
    } else if (number instanceof BigInteger big) {
      generator.writeNumber(big);
    } else if (number instanceof BigDecimal decimal) {
      generator.writeNumber(decimal);
    } else {
      generator.writeNumber(number.toString());
    }
  }

  /** A JSON tree as it is: object fields in their order. */
  private static void tree(JsonNode node, JsonGenerator generator) throws IOException {
    switch (node.getNodeType()) {
      case OBJECT -> {
        generator.writeStartObject();
        for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
          Map.Entry<String, JsonNode> field = fields.next();
          generator.writeFieldName(field.getKey());
          tree(field.getValue(), generator);
        }
        generator.writeEndObject();
      }
      case ARRAY -> {
        generator.writeStartArray();
        for (JsonNode item : node) {
          tree(item, generator);
        }
        generator.writeEndArray();
      }
      case STRING -> generator.writeString(node.textValue());
      case BOOLEAN -> generator.writeBoolean(node.booleanValue());
      case NUMBER -> {
        switch (node.numberType()) {
          case INT -> generator.writeNumber(node.intValue());
          case LONG -> generator.writeNumber(node.longValue());
          case BIG_INTEGER -> generator.writeNumber(node.bigIntegerValue());
          case BIG_DECIMAL -> generator.writeNumber(node.decimalValue());
          default -> generator.writeNumber(node.doubleValue());
        }
      }
      case NULL, MISSING -> generator.writeNull();
      default -> throw new IllegalArgumentException("cannot write a " + node.getNodeType()
          + " node as YAML");
    }
  }

  /** What {@code JsonInclude.Include.NON_EMPTY} leaves out; an Optional's content is kept. */
  private static boolean isEmpty(Object value) {
    return value == null
        || value instanceof String text && text.isEmpty()
        || value instanceof Optional<?> optional && optional.isEmpty()
        || value instanceof Collection<?> items && items.isEmpty()
        || value instanceof Map<?, ?> map && map.isEmpty()
        || value instanceof JsonNode node && node.isContainerNode() && node.isEmpty();
  }

  private static Map<?, ?> sorted(Map<?, ?> map) {
    if (map.size() < 2 || map instanceof SortedMap<?, ?>) {
      return map;
    }
    return new TreeMap<>(map);
  }

  private static Object invoke(Method method, Object target) {
    try {
      return method.invoke(target);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("cannot read " + method, e);
    } catch (InvocationTargetException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException("cannot read " + method, cause);
    }
  }

  private static Shape shapeOf(Class<?> type) {
    Introspection introspection = new Introspection(type);
    Method valueMethod = jsonValueMethod(introspection);
    Class<?> enumType = type.isEnum() ? type
        : type.getSuperclass() != null && type.getSuperclass().isEnum() ? type.getSuperclass()
        : null;
    if (valueMethod != null) {
      valueMethod.setAccessible(true);
      if (enumType != null) {
        Object[] constants = enumType.getEnumConstants();
        Object[] values = new Object[constants.length];
        for (int i = 0; i < constants.length; i++) {
          values[i] = invoke(valueMethod, constants[i]);
        }
        return new EnumValues(values);
      }
      return new ValueOf(valueMethod);
    }
    if (type.isEnum() || type.getSuperclass() != null && type.getSuperclass().isEnum()) {
      return new EnumNames();
    }
    return new Bean(properties(introspection));
  }

  /**
   * What the shape of a class is worked out from, each read once: the class and its supertypes
   * (nearest first) and their declared methods. Reflection copies a class's methods on every
   * call, and a generated value class of a Kubernetes type can have fifty of them.
   */
  private static final class Introspection {
    final Class<?> type;
    final List<Class<?>> types = new ArrayList<>();
    private final Map<Class<?>, Method[]> methods = new HashMap<>();

    Introspection(Class<?> type) {
      this.type = type;
      types.add(type);
      types.addAll(supertypes(type));
    }

    Method[] declaredMethods(Class<?> at) {
      // not computeIfAbsent(at, Class::getDeclaredMethods): a method reference to a
      // caller-sensitive method makes the JVM spin a hidden invoker class on first use
      Method[] declared = methods.get(at);
      if (declared == null) {
        declared = at.getDeclaredMethods();
        methods.put(at, declared);
      }
      return declared;
    }

    /** The no-argument method {@code name} declared by {@code at}, or null. */
    Method declaredMethod(Class<?> at, String name) {
      for (Method method : declaredMethods(at)) {
        if (method.getName().equals(name) && method.getParameterCount() == 0) {
          return method;
        }
      }
      return null;
    }
  }

  /**
   * A no-argument method annotated {@code @JsonValue} of {@code type}, or one that implements
   * such a method of a supertype (an interface included, as Jackson finds it), or null.
   */
  private static Method jsonValueMethod(Introspection introspection) {
    for (Class<?> at : introspection.types) {
      for (Method method : introspection.declaredMethods(at)) {
        if (method.getParameterCount() != 0 || Modifier.isStatic(method.getModifiers())) {
          continue;
        }
        JsonValue annotation = method.getAnnotation(JsonValue.class);
        if (annotation != null && annotation.value()) {
          return at == introspection.type ? method : implementation(introspection, method);
        }
      }
    }
    return null;
  }

  /** The method of {@code type} that runs for {@code declared}, a method of a supertype. */
  private static Method implementation(Introspection introspection, Method declared) {
    for (Class<?> at = introspection.type; at != null; at = at.getSuperclass()) {
      Method found = introspection.declaredMethod(at, declared.getName());
      if (found != null) {
        return found;
      }
    }
    return declared;
  }

  /**
   * The properties of a generated value class: its public no-argument methods annotated
   * {@code @JsonProperty} and not {@code @JsonIgnore} (here or on the method they implement),
   * first those {@code @JsonPropertyOrder} names, then in the order of the class's fields (one per
   * accessor, named as it is).
   */
  private static List<Property> properties(Introspection introspection) {
    Class<?> type = introspection.type;
    Map<String, Property> byName = new HashMap<>();
    for (Method method : introspection.declaredMethods(type)) {
      if (method.getParameterCount() != 0 || method.isBridge()
          || Modifier.isStatic(method.getModifiers()) || !Modifier.isPublic(method.getModifiers())) {
        continue;
      }
      JsonProperty property = method.getAnnotation(JsonProperty.class);
      if (property == null || annotated(introspection, method, JsonIgnore.class) != null) {
        continue;
      }
      String name = property.value().isEmpty() ? method.getName() : property.value();
      JsonInclude include = annotated(introspection, method, JsonInclude.class);
      boolean always = include != null && include.value() == JsonInclude.Include.ALWAYS;
      method.setAccessible(true);
      boolean optional = method.getReturnType() == Optional.class;
      Type declared = method.getGenericReturnType();
      Kind kind = optional ? Kind.ofArgument(declared) : Kind.of(method.getReturnType());
      Kind element = kind != Kind.LIST ? Kind.ANY
          : Kind.ofArgument(optional ? argument(declared) : declared);
      byName.put(name, new Property(name, method, always, valueField(type, method), optional,
          kind, element));
    }
    Map<String, Property> ordered = new LinkedHashMap<>();
    JsonPropertyOrder order = classAnnotation(introspection, JsonPropertyOrder.class);
    if (order != null) {
      for (String name : order.value()) {
        Property property = byName.get(name);
        if (property != null) {
          ordered.put(name, property);
        }
      }
    }
    for (Field field : type.getDeclaredFields()) {
      for (Property property : byName.values()) {
        if (property.accessor().getName().equals(field.getName())) {
          ordered.putIfAbsent(property.name(), property);
        }
      }
    }
    if (ordered.size() != byName.size()) {
      throw new IllegalStateException(type.getName() + " has properties without a field: "
          + byName.keySet().stream().filter(name -> !ordered.containsKey(name)).toList());
    }
    return List.copyOf(new ArrayList<>(ordered.values()));
  }

  /**
   * The field of {@code type} named as {@code accessor} that holds what it returns (or, for an
   * {@code Optional}, what it wraps), or null.
   */
  private static Field valueField(Class<?> type, Method accessor) {
    Field field;
    try {
      field = type.getDeclaredField(accessor.getName());
    } catch (NoSuchFieldException e) {
      return null;
    }
    Class<?> returned = accessor.getReturnType();
    boolean holds = returned == Optional.class
        ? !field.getType().isPrimitive() && field.getType() != Optional.class
        : returned == field.getType();
    if (!holds || Modifier.isStatic(field.getModifiers())) {
      return null;
    }
    field.setAccessible(true);
    return field;
  }

  /** The first type argument of {@code type} ({@code List<X>} of {@code Optional<List<X>>}). */
  private static Type argument(Type type) {
    return type instanceof ParameterizedType parameterized
        && parameterized.getActualTypeArguments().length > 0
        ? parameterized.getActualTypeArguments()[0] : type;
  }

  /** {@code annotation} on {@code method} or on a method of a supertype it overrides. */
  private static <A extends java.lang.annotation.Annotation> A annotated(
      Introspection introspection, Method method, Class<A> annotation) {
    A found = method.getAnnotation(annotation);
    if (found != null) {
      return found;
    }
    for (Class<?> superType : introspection.types.subList(1, introspection.types.size())) {
      Method declared = introspection.declaredMethod(superType, method.getName());
      found = declared == null ? null : declared.getAnnotation(annotation);
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  /** {@code annotation} on {@code type} or the nearest supertype that carries it. */
  private static <A extends java.lang.annotation.Annotation> A classAnnotation(
      Introspection introspection, Class<A> annotation) {
    for (Class<?> at : introspection.types) {
      A found = at.getAnnotation(annotation);
      if (found != null) {
        return found;
      }
    }
    return null;
  }


  /** The superclasses and interfaces of {@code type}, nearest first. */
  private static List<Class<?>> supertypes(Class<?> type) {
    List<Class<?>> all = new ArrayList<>();
    List<Class<?>> level = List.of(type);
    while (!level.isEmpty()) {
      List<Class<?>> next = new ArrayList<>();
      for (Class<?> at : level) {
        if (at.getSuperclass() != null && at.getSuperclass() != Object.class) {
          next.add(at.getSuperclass());
        }
        next.addAll(List.of(at.getInterfaces()));
      }
      for (Class<?> found : next) {
        if (!all.contains(found)) {
          all.add(found);
        }
      }
      level = next;
    }
    return all;
  }
}
