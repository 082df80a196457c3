package dev.gatewaydsl.model.workload;

import com.google.gson.annotations.SerializedName;
import io.kubernetes.client.openapi.models.V1ConfigMap;
import io.kubernetes.client.openapi.models.V1CronJob;
import io.kubernetes.client.openapi.models.V1DaemonSet;
import io.kubernetes.client.openapi.models.V1Deployment;
import io.kubernetes.client.openapi.models.V1Job;
import io.kubernetes.client.openapi.models.V1LabelSelector;
import io.kubernetes.client.openapi.models.V1LabelSelectorRequirement;
import io.kubernetes.client.openapi.models.V1Namespace;
import io.kubernetes.client.openapi.models.V1NetworkPolicy;
import io.kubernetes.client.openapi.models.V1ObjectMeta;
import io.kubernetes.client.openapi.models.V1PersistentVolumeClaim;
import io.kubernetes.client.openapi.models.V1PodDisruptionBudget;
import io.kubernetes.client.openapi.models.V1Secret;
import io.kubernetes.client.openapi.models.V1Service;
import io.kubernetes.client.openapi.models.V1ServiceAccount;
import io.kubernetes.client.openapi.models.V1StatefulSet;
import io.kubernetes.client.openapi.models.V2HorizontalPodAutoscaler;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes the fields of the Kubernetes workload model from two sources of facts: the official
 * Kubernetes Java client's model classes ({@code io.kubernetes:client-java-api}, test scope only)
 * say which fields a type has, their types and which are required; the Go types of {@code
 * k8s.io/api} say their order ({@code upstream/kubernetes/api-v0.36.0-field-order.txt}), which is
 * the order {@code kubectl} writes them in. The two must agree on every type's fields.
 *
 * <p>Every type reachable from the {@link #ROOTS} through their fields gets one source file. A file
 * that does not exist is written whole; in a file that exists, only the lines between {@link
 * #BEGIN} and {@link #END} are the generator's, and everything else (shortcuts, validation) is
 * written by hand. {@link WorkloadModelTest} fails when a file differs from what this writes.
 */
final class WorkloadModelGenerator {

  /** The Kubernetes release the model follows. */
  static final String RELEASE = "1.36";

  static final String BEGIN = "  // Generated from Kubernetes " + RELEASE
      + " by WorkloadModelGenerator: edit the generator, not these lines.";
  static final String END = "  // End of generated fields.";

  /** A kind the model holds: its client class, apiVersion and the rule for its name. */
  record Root(Class<?> client, String apiVersion, String nameRule) {}

  static final List<Root> ROOTS = List.of(
      new Root(V1Deployment.class, "apps/v1", "DNS1123_SUBDOMAIN"),
      new Root(V1StatefulSet.class, "apps/v1", "DNS1123_SUBDOMAIN"),
      new Root(V1DaemonSet.class, "apps/v1", "DNS1123_SUBDOMAIN"),
      new Root(V1Job.class, "batch/v1", "DNS1123_SUBDOMAIN"),
      new Root(V1CronJob.class, "batch/v1", "DNS1123_SUBDOMAIN"),
      new Root(V1Service.class, "v1", "DNS1035_LABEL"),
      new Root(V1ConfigMap.class, "v1", "DNS1123_SUBDOMAIN"),
      new Root(V1Secret.class, "v1", "DNS1123_SUBDOMAIN"),
      new Root(V1ServiceAccount.class, "v1", "DNS1123_SUBDOMAIN"),
      new Root(V1Namespace.class, "v1", "DNS1123_LABEL"),
      new Root(V1PersistentVolumeClaim.class, "v1", "DNS1123_SUBDOMAIN"),
      new Root(V2HorizontalPodAutoscaler.class, "autoscaling/v2", "DNS1123_SUBDOMAIN"),
      new Root(V1PodDisruptionBudget.class, "policy/v1", "DNS1123_SUBDOMAIN"),
      new Root(V1NetworkPolicy.class, "networking.k8s.io/v1", "DNS1123_SUBDOMAIN"));

  /** Fields of a kind the generator leaves to the hand-written part, or never models. */
  static final Set<String> ROOT_FIELDS_NOT_GENERATED =
      Set.of("apiVersion", "kind", "metadata", "status");

  /** Client types with a hand-written counterpart that is not generated. */
  static final Map<String, String> HAND_WRITTEN = Map.of(
      V1ObjectMeta.class.getName(), "ObjectMeta",
      V1LabelSelector.class.getName(), "LabelSelector",
      V1LabelSelectorRequirement.class.getName(), "LabelSelectorRequirement",
      "io.kubernetes.client.custom.IntOrString", "IntOrString",
      "io.kubernetes.client.custom.Quantity", "Quantity");

  /** Types that live in {@code dev.gatewaydsl.model} rather than in {@code model.workload}. */
  static final Set<String> IN_MODEL_PACKAGE = Set.of(
      "ConfigMap", "Secret", "Namespace", "NamespaceSpec", "ObjectMeta", "LabelSelector",
      "LabelSelectorRequirement");

  /**
   * Fields declared differently from what the client's types give: the enums the model has for
   * string fields with a fixed set of values, and a kind's {@code spec}, which the API server
   * requires although the OpenAPI document does not say so.
   */
  static final Map<String, String> DECLARATIONS = Map.ofEntries(
      Map.entry("ContainerPort.protocol", "Optional<Protocol> protocol();"),
      Map.entry("ServicePort.protocol", "Optional<Protocol> protocol();"),
      Map.entry("NetworkPolicyPort.protocol", "Optional<Protocol> protocol();"),
      Map.entry("HTTPGetAction.scheme", "Optional<URIScheme> scheme();"),
      Map.entry("EnvVar.value",
          "@Value.Default\n  default String value() {\n    return \"\";\n  }"));

  /**
   * Fields the API server requires although the OpenAPI document does not mark them required: a
   * pod template's {@code spec} (it must name containers).
   */
  static final Set<String> REQUIRED = Set.of("PodTemplateSpec.spec");

  /** Kinds whose {@code spec} is required (every kind with a spec but Namespace). */
  static final Set<String> SPEC_REQUIRED = Set.of("Deployment", "StatefulSet", "DaemonSet", "Job",
      "CronJob", "Service", "PersistentVolumeClaim", "HorizontalPodAutoscaler",
      "PodDisruptionBudget", "NetworkPolicy");

  /** The client's prefix of a type name: its version, and a group where two groups share it. */
  private static final Pattern CLIENT_PREFIX = Pattern.compile(
      "^(?:Core|Apps|Batch|Policy|Networking|Autoscaling)?(V\\d+(?:(?:alpha|beta)\\d+)?)");
  private static final Set<String> JAVA_KEYWORDS = Set.of("abstract", "assert", "boolean", "break",
      "byte", "case", "catch", "char", "class", "const", "continue", "default", "do", "double",
      "else", "enum", "extends", "final", "finally", "float", "for", "goto", "if", "implements",
      "import", "instanceof", "int", "interface", "long", "native", "new", "package", "private",
      "protected", "public", "return", "short", "static", "strictfp", "super", "switch",
      "synchronized", "this", "throw", "throws", "transient", "try", "void", "volatile", "while");

  private final Map<String, GoType> goTypes;

  /** One line of the field-order file. */
  record GoType(String path, String name, List<String> fields) {}

  private WorkloadModelGenerator(Map<String, GoType> goTypes) {
    this.goTypes = goTypes;
  }

  /** A generator that reads the field order from {@code fieldOrder}. */
  static WorkloadModelGenerator reading(Path fieldOrder) throws IOException {
    Map<String, GoType> types = new HashMap<>();
    for (String line : Files.readAllLines(fieldOrder, StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] words = line.split(" ");
      GoType type = new GoType(words[0], words[1], List.of(words).subList(2, words.length));
      String version = type.path().substring(type.path().indexOf('/') + 1);
      GoType before = types.put(version + ":" + type.name(), type);
      if (before != null && !before.fields().equals(type.fields())) {
        types.put(version + ":" + type.name(), null); // ambiguous: resolved by the caller's error
      }
    }
    return new WorkloadModelGenerator(types);
  }

  /** One modelled type: its name here, its client class and its fields in Go order. */
  record Model(String name, Class<?> client, GoType go, List<Property> properties, Root root) {

    String packageName() {
      return IN_MODEL_PACKAGE.contains(name) ? "dev.gatewaydsl.model"
          : "dev.gatewaydsl.model.workload";
    }

    String sourcePath() {
      return packageName().replace('.', '/') + "/" + name + ".java";
    }
  }

  /** One field: its JSON name, Java type and whether the API requires it. */
  record Property(String name, Type type, boolean required) {}

  /** Every modelled type, kinds first, then in the order they are reached. */
  List<Model> models() {
    Map<Class<?>, Model> found = new LinkedHashMap<>();
    Deque<Class<?>> pending = new ArrayDeque<>();
    Map<Class<?>, Root> roots = new HashMap<>();
    for (Root root : ROOTS) {
      roots.put(root.client(), root);
      pending.add(root.client());
    }
    Map<String, Class<?>> names = new HashMap<>();
    while (!pending.isEmpty()) {
      Class<?> client = pending.poll();
      if (found.containsKey(client)) {
        continue;
      }
      String name = simpleName(client);
      Class<?> clash = names.putIfAbsent(name, client);
      if (clash != null && clash != client) {
        throw new IllegalStateException(name + " would name both " + clash + " and " + client);
      }
      Root root = roots.get(client);
      Model model = model(name, client, root);
      found.put(client, model);
      for (Property property : model.properties()) {
        for (Class<?> reached : modelClasses(property.type())) {
          if (!HAND_WRITTEN.containsKey(reached.getName())) {
            pending.add(reached);
          }
        }
      }
    }
    return List.copyOf(found.values());
  }

  private Model model(String name, Class<?> client, Root root) {
    Matcher prefix = CLIENT_PREFIX.matcher(client.getSimpleName());
    if (!prefix.find()) {
      throw new IllegalStateException("no version in the name of " + client.getName());
    }
    String version = prefix.group(1).toLowerCase(Locale.ROOT);
    GoType go = goTypes.get(version + ":" + name);
    if (go == null) {
      throw new IllegalStateException("no single Go type " + version + " " + name
          + " in the field-order file for " + client.getName());
    }
    Map<String, Field> byJsonName = new HashMap<>();
    for (Field field : client.getDeclaredFields()) {
      SerializedName serialized = field.getAnnotation(SerializedName.class);
      if (serialized != null) {
        byJsonName.put(serialized.value(), field);
      }
    }
    Set<String> required = staticSet(client, "openapiRequiredFields");
    Set<String> clientFields = staticSet(client, "openapiFields");
    if (!clientFields.equals(new TreeSet<>(go.fields()))) {
      throw new IllegalStateException(client.getName() + " has " + new TreeSet<>(clientFields)
          + " but the Go type " + go.path() + " " + go.name() + " has " + go.fields());
    }
    List<Property> properties = new ArrayList<>();
    for (String field : go.fields()) {
      if (root != null && ROOT_FIELDS_NOT_GENERATED.contains(field)) {
        continue;
      }
      if (JAVA_KEYWORDS.contains(field)) {
        throw new IllegalStateException(name + "." + field + " is a Java keyword");
      }
      boolean isRequired = required.contains(field) || REQUIRED.contains(name + "." + field)
          || root != null && field.equals("spec") && SPEC_REQUIRED.contains(name);
      properties.add(new Property(field, byJsonName.get(field).getGenericType(), isRequired));
    }
    return new Model(name, client, go, properties, root);
  }

  /** The source files of every model type, by path under {@code src/main/java}. */
  Map<String, String> sources(Path sourceRoot) throws IOException {
    Map<String, String> sources = new TreeMap<>();
    for (Model model : models()) {
      Path file = sourceRoot.resolve(model.sourcePath());
      String fields = fields(model);
      String source = Files.exists(file)
          ? replaceFields(model, Files.readString(file, StandardCharsets.UTF_8), fields)
          : wholeFile(model, fields);
      sources.put(model.sourcePath(), withImports(model, source));
    }
    return sources;
  }

  private static String replaceFields(Model model, String source, String fields) {
    int begin = source.indexOf(BEGIN + "\n");
    int end = source.indexOf(END + "\n");
    if (begin < 0 || end < begin) {
      throw new IllegalStateException(model.sourcePath() + " is written by hand but has no lines "
          + "\"" + BEGIN.strip() + "\" ... \"" + END.strip() + "\" for the generated fields");
    }
    return source.substring(0, begin) + fields + source.substring(end + END.length() + 1);
  }

  private String fields(Model model) {
    StringBuilder out = new StringBuilder(BEGIN).append('\n');
    for (Property property : model.properties()) {
      out.append('\n');
      out.append("  /** ").append(javadoc(model, property)).append(" */\n");
      String declared = DECLARATIONS.get(model.name() + "." + property.name());
      if (declared != null) {
        out.append("  ").append(declared).append('\n');
      } else if (javaType(property.type()).equals("ObjectMeta")) {
        out.append("  @Value.Default\n  default ObjectMeta ").append(property.name())
            .append("() {\n    return ObjectMeta.empty();\n  }\n");
      } else {
        out.append("  ").append(declaration(property)).append(' ').append(property.name())
            .append("();\n");
      }
    }
    return out.append('\n').append(END).append('\n').toString();
  }

  private static String javadoc(Model model, Property property) {
    String declared = DECLARATIONS.get(model.name() + "." + property.name());
    String type = describe(property.type());
    if (declared != null && declared.contains("Optional<")) {
      type = "{@link " + declared.substring(declared.indexOf('<') + 1, declared.indexOf('>'))
          + "}";
    }
    if (javaType(property.type()).equals("ObjectMeta")) {
      return "{@code " + property.name() + "}: " + type + ". Default: empty.";
    }
    if (declared != null && declared.startsWith("@Value.Default")) {
      return "{@code " + property.name() + "}: " + type + ". Default: empty.";
    }
    return "{@code " + property.name() + "}: " + type + (property.required() ? ", required." : ".");
  }

  private static String describe(Type type) {
    if (type instanceof ParameterizedType parameterized) {
      Type[] arguments = parameterized.getActualTypeArguments();
      if (parameterized.getRawType() == List.class) {
        return "a list of " + plural(arguments[0]);
      }
      return "a map from string to " + describe(arguments[1]);
    }
    Class<?> raw = (Class<?>) type;
    if (raw == String.class) {
      return "string";
    }
    if (raw == Integer.class) {
      return "int32";
    }
    if (raw == Long.class) {
      return "int64";
    }
    if (raw == Boolean.class) {
      return "boolean";
    }
    if (raw == Double.class || raw == Float.class) {
      return "number";
    }
    if (raw == byte[].class) {
      return "base64-encoded bytes";
    }
    return "{@link " + javaType(type) + "}";
  }

  private static String plural(Type type) {
    String one = describe(type);
    return one.startsWith("{@link") ? one : one + "s";
  }

  private static String declaration(Property property) {
    String type = javaType(property.type());
    if (type.startsWith("List<") || type.startsWith("Map<")) {
      return type;
    }
    if (property.required()) {
      return switch (type) {
        case "Integer" -> "int";
        case "Long" -> "long";
        case "Boolean" -> "boolean";
        case "Double" -> "double";
        default -> type;
      };
    }
    return "Optional<" + type + ">";
  }

  private static String javaType(Type type) {
    if (type instanceof ParameterizedType parameterized) {
      Type[] arguments = parameterized.getActualTypeArguments();
      if (parameterized.getRawType() == List.class) {
        return "List<" + javaType(arguments[0]) + ">";
      }
      if (parameterized.getRawType() == Map.class && arguments[0] == String.class) {
        return "Map<String, " + javaType(arguments[1]) + ">";
      }
      throw new IllegalStateException("no Java type for " + type);
    }
    Class<?> raw = (Class<?>) type;
    if (raw == Float.class) {
      return "Double";
    }
    if (raw == byte[].class) {
      return "String"; // base64 text, as written in the manifest
    }
    if (raw.getName().startsWith("java.lang.")) {
      return raw.getSimpleName();
    }
    String hand = HAND_WRITTEN.get(raw.getName());
    return hand != null ? hand : simpleName(raw);
  }

  private static List<Class<?>> modelClasses(Type type) {
    if (type instanceof ParameterizedType parameterized) {
      List<Class<?>> inside = new ArrayList<>();
      for (Type argument : parameterized.getActualTypeArguments()) {
        inside.addAll(modelClasses(argument));
      }
      return inside;
    }
    Class<?> raw = (Class<?>) type;
    return raw.getName().startsWith("io.kubernetes.") ? List.of(raw) : List.of();
  }

  private String wholeFile(Model model, String fields) {
    String name = model.name();
    StringBuilder out = new StringBuilder();
    out.append("package ").append(model.packageName()).append(";\n\n");
    out.append("/**\n");
    out.append(" * {@code ").append(model.go().path()).append("} {@code ").append(name)
        .append("}, with every field of Kubernetes ").append(RELEASE).append(".\n");
    out.append(" *\n * @see <a href=\"").append(referenceLink(model)).append("\">").append(name)
        .append(" in the Kubernetes API reference</a>\n */\n");
    // a kind's builder takes the metadata shortcuts (nested builders); any other type is lean
    out.append("@Value.Immutable\n").append(model.root() == null ? "@K8sLeanStyle" : "@K8sStyle")
        .append("\n@JsonDeserialize(as = Immutable").append(name).append(".class)\n");
    if (model.root() == null) {
      out.append("public interface ").append(name).append(" {\n\n");
      out.append(fields).append('\n');
      out.append(builder(name, "Builds {@link " + name + "}.", ""));
      return out.append("}\n").toString();
    }
    Root root = model.root();
    out.append("public interface ").append(name).append(" extends KubernetesResource {\n\n");
    out.append("  /** {@code ").append(root.apiVersion()).append("}. */\n");
    out.append("  String API_VERSION = \"").append(root.apiVersion()).append("\";\n\n");
    out.append("  @Override\n  @Value.Derived\n  default String apiVersion() {\n"
        + "    return API_VERSION;\n  }\n\n");
    out.append("  @Override\n  @Value.Derived\n  default String kind() {\n    return \"")
        .append(name).append("\";\n  }\n\n");
    out.append("  /** {@code metadata}: a name is required. Default: empty, so a missing name is"
        + " reported. */\n");
    out.append("  @Override\n  @Value.Default\n  default ObjectMeta metadata() {\n"
        + "    return ObjectMeta.empty();\n  }\n\n");
    out.append(fields).append('\n');
    out.append(builder(name, "Builds {@link " + name + "}; the shortcuts forward to the generated"
        + " metadata builder.", " implements ResourceBuilder<Builder>"));
    out.append("\n  /** Checks the metadata; all problems are reported together. */\n");
    out.append("  @Value.Check\n  default void check() {\n");
    out.append("    Violations violations = Violations.of(kind(), metadata().name());\n");
    out.append("    ResourceChecks.common(this, List.of(API_VERSION), ObjectMeta.NameRule.")
        .append(root.nameRule()).append(",\n        violations);\n");
    out.append("    violations.throwIfAny();\n  }\n");
    return out.append("}\n").toString();
  }

  private static String builder(String name, String doc, String implementsClause) {
    return "  /** Returns an empty builder of {@code " + name + "}. */\n"
        + "  static Builder builder() {\n    return new Builder();\n  }\n\n"
        + "  /** " + doc + " */\n"
        + "  final class Builder extends Immutable" + name + ".Builder" + implementsClause
        + " {}\n";
  }

  private static String referenceLink(Model model) {
    String path = model.go().path();
    String group = path.substring(0, path.indexOf('/'));
    String version = path.substring(path.indexOf('/') + 1);
    String suffix = group.equals("networking") ? "networking-k8s-io" : group;
    return "https://kubernetes.io/docs/reference/generated/kubernetes-api/v" + RELEASE + "/#"
        + model.name().toLowerCase(Locale.ROOT) + "-" + version + "-" + suffix;
  }

  private static final Pattern IMPORTS = Pattern.compile("(?m)^import [\\w.]+;\\n");

  /** {@code source} with the imports its generated lines need added to those it has. */
  private static String withImports(Model model, String source) {
    Set<String> imports = new TreeSet<>();
    Matcher existing = IMPORTS.matcher(source);
    while (existing.find()) {
      imports.add(existing.group().trim());
    }
    String body = IMPORTS.matcher(source).replaceAll("");
    String code = body.replaceAll("(?s)/\\*\\*.*?\\*/", "");
    Map<String, String> known = new LinkedHashMap<>();
    known.put("Optional<", "java.util.Optional");
    known.put("List<", "java.util.List");
    known.put("List.of(", "java.util.List");
    known.put("Map<", "java.util.Map");
    known.put("@Value.", "org.immutables.value.Value");
    known.put("@K8sStyle", "dev.gatewaydsl.internal.K8sStyle");
    known.put("@K8sLeanStyle", "dev.gatewaydsl.internal.K8sLeanStyle");
    known.put("@JsonDeserialize", "com.fasterxml.jackson.databind.annotation.JsonDeserialize");
    known.put("Violations", "dev.gatewaydsl.validation.Violations");
    known.put("KubernetesResource", "dev.gatewaydsl.model.KubernetesResource");
    known.put("ResourceBuilder<", "dev.gatewaydsl.model.ResourceBuilder");
    known.put("ResourceChecks.", "dev.gatewaydsl.model.ResourceChecks");
    for (String hand : List.of("ObjectMeta", "LabelSelector", "LabelSelectorRequirement")) {
      known.put(hand, "dev.gatewaydsl.model." + hand);
    }
    for (String workload : List.of("IntOrString", "Quantity", "Protocol", "URIScheme")) {
      known.put(workload, "dev.gatewaydsl.model.workload." + workload);
    }
    for (Map.Entry<String, String> entry : known.entrySet()) {
      String qualified = entry.getValue();
      String pkg = qualified.substring(0, qualified.lastIndexOf('.'));
      String key = entry.getKey();
      String start = Character.isLetter(key.charAt(0)) ? "\\b" : "";
      String end = Character.isLetter(key.charAt(key.length() - 1)) ? "\\b" : "";
      if (Pattern.compile(start + Pattern.quote(key) + end).matcher(code).find()
          && !pkg.equals(model.packageName())) {
        imports.add("import " + qualified + ";");
      }
    }
    int afterPackage = body.indexOf(";\n") + 2;
    String head = body.substring(0, afterPackage);
    String rest = body.substring(afterPackage).replaceFirst("^\\n+", "");
    return head + "\n" + String.join("\n", imports) + "\n\n" + rest;
  }

  static String simpleName(Class<?> client) {
    return CLIENT_PREFIX.matcher(client.getSimpleName()).replaceFirst("");
  }

  @SuppressWarnings("unchecked")
  private static Set<String> staticSet(Class<?> client, String name) {
    try {
      Field field = client.getDeclaredField(name);
      field.setAccessible(true);
      return new LinkedHashSet<>((Set<String>) field.get(null));
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(client + " has no " + name, e);
    }
  }
}
