package dev.gatewaydsl.model.workload;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import dev.gatewaydsl.internal.Mappers;
import dev.gatewaydsl.testing.UpstreamData;
import java.io.IOException;
import java.lang.reflect.Field;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every modelled Kubernetes type has exactly the fields of the official Kubernetes Java client's
 * model of the same type (its {@code openapiFields}), as Jackson sees our type: a field missing
 * here, or one here the client does not have, fails. A kind's {@code status} is never modelled,
 * and {@code ObjectMeta} leaves out what only the API server sets.
 */
class FieldParityTest {
  private static final JsonMapper JACKSON = Mappers.configure(JsonMapper.builder()).build();

  /** Fields of the client's {@code V1ObjectMeta} that only the API server writes. */
  private static final Set<String> SERVER_SET_METADATA = Set.of("creationTimestamp",
      "deletionGracePeriodSeconds", "deletionTimestamp", "generation", "managedFields",
      "resourceVersion", "selfLink", "uid");

  /** The types of {@code dev.gatewaydsl.model} that model a Kubernetes type. */
  private static final List<String> IN_MODEL_PACKAGE = List.of("ConfigMap", "Secret", "Namespace",
      "NamespaceSpec", "LabelSelector", "LabelSelectorRequirement", "OwnerReference");

  @TestFactory
  Stream<DynamicTest> everyModelledTypeHasTheFieldsOfTheOfficialModel() throws Exception {
    List<DynamicTest> tests = new ArrayList<>();
    for (Class<?> ours : modelledTypes()) {
      tests.add(DynamicTest.dynamicTest(ours.getSimpleName(), () -> {
        Class<?> official = officialType(ours);
        Set<String> expected = new TreeSet<>(openapiFields(official));
        if (expected.contains("metadata") && expected.contains("kind")) {
          expected.remove("status"); // a kind: its status is never written
        }
        assertThat(jsonFields(ours)).as("JSON fields of %s against %s", ours.getName(),
            official.getName()).isEqualTo(expected);
      }));
    }
    assertThat(tests).hasSizeGreaterThan(150);
    return tests.stream();
  }

  @Test
  void objectMetaHasEveryFieldAUserWritesAndNoOther() throws Exception {
    Set<String> expected = new TreeSet<>(openapiFields(
        io.kubernetes.client.openapi.models.V1ObjectMeta.class));
    expected.removeAll(SERVER_SET_METADATA);
    assertThat(jsonFields(dev.gatewaydsl.model.ObjectMeta.class)).isEqualTo(expected);
  }

  /** The interfaces of model.workload with an Immutables implementation, and those named above. */
  private static List<Class<?>> modelledTypes() throws IOException, URISyntaxException,
      ClassNotFoundException {
    Path here = Path.of(FieldParityTest.class.getProtectionDomain().getCodeSource().getLocation()
        .toURI()).resolveSibling("classes").resolve("dev/gatewaydsl/model/workload");
    List<Class<?>> types = new ArrayList<>();
    try (Stream<Path> files = Files.list(here)) {
      for (String name : files.map(p -> p.getFileName().toString())
          .filter(n -> n.startsWith("Immutable") && !n.contains("$")).sorted()
          .map(n -> n.substring("Immutable".length(), n.length() - ".class".length()))
          .collect(Collectors.toList())) {
        types.add(Class.forName("dev.gatewaydsl.model.workload." + name));
      }
    }
    for (String name : IN_MODEL_PACKAGE) {
      types.add(Class.forName("dev.gatewaydsl.model." + name));
    }
    return types;
  }

  /**
   * {@code V1Container} for {@code Container}: the client names a type by version (and group), so
   * a name such as {@code CrossVersionObjectReference} is in several versions; the one meant is
   * the one the generator took, reached from the kinds.
   */
  private static Class<?> officialType(Class<?> ours) throws IOException {
    if (OFFICIAL.isEmpty()) {
      for (WorkloadModelGenerator.Model model : WorkloadModelGenerator
          .reading(UpstreamData.kubernetesFieldOrder()).models()) {
        OFFICIAL.put(model.name(), model.client());
      }
      WorkloadModelGenerator.HAND_WRITTEN.forEach((client, name) -> {
        try {
          OFFICIAL.put(name, Class.forName(client));
        } catch (ClassNotFoundException e) {
          throw new AssertionError(e);
        }
      });
      OFFICIAL.put("OwnerReference", io.kubernetes.client.openapi.models.V1OwnerReference.class);
    }
    Class<?> official = OFFICIAL.get(ours.getSimpleName());
    assertThat(official).as("official type of %s", ours.getSimpleName()).isNotNull();
    return official;
  }

  private static final Map<String, Class<?>> OFFICIAL = new HashMap<>();

  @SuppressWarnings("unchecked")
  private static Set<String> openapiFields(Class<?> official) throws ReflectiveOperationException {
    Field field = official.getDeclaredField("openapiFields");
    field.setAccessible(true);
    return new TreeSet<>((Set<String>) field.get(null));
  }

  /** The fields Jackson reads and writes for {@code type}, its derived apiVersion and kind too. */
  private static Set<String> jsonFields(Class<?> type) {
    BeanDescription description = JACKSON.getSerializationConfig()
        .introspect(JACKSON.constructType(implementation(type)));
    return description.findProperties().stream().map(BeanPropertyDefinition::getName)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static Class<?> implementation(Class<?> type) {
    try {
      return Class.forName(type.getPackageName() + ".Immutable" + type.getSimpleName());
    } catch (ClassNotFoundException e) {
      throw new AssertionError("no Immutables implementation of " + type, e);
    }
  }
}
