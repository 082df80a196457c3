package dev.gatewaydsl.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.gson.annotations.SerializedName;
import dev.gatewaydsl.model.kinds.Kinds;
import dev.gatewaydsl.yaml.Manifests;
import io.kubernetes.client.openapi.JSON;
import io.kubernetes.client.openapi.models.V1ConfigMap;
import io.kubernetes.client.openapi.models.V1CronJob;
import io.kubernetes.client.openapi.models.V1DaemonSet;
import io.kubernetes.client.openapi.models.V1Deployment;
import io.kubernetes.client.openapi.models.V1Job;
import io.kubernetes.client.openapi.models.V1Namespace;
import io.kubernetes.client.openapi.models.V1NetworkPolicy;
import io.kubernetes.client.openapi.models.V1PersistentVolumeClaim;
import io.kubernetes.client.openapi.models.V1PodDisruptionBudget;
import io.kubernetes.client.openapi.models.V1Secret;
import io.kubernetes.client.openapi.models.V1Service;
import io.kubernetes.client.openapi.models.V1ServiceAccount;
import io.kubernetes.client.openapi.models.V1StatefulSet;
import io.kubernetes.client.openapi.models.V2HorizontalPodAutoscaler;
import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * The library's reader and the official Kubernetes Java client's reader ({@code
 * io.kubernetes:client-java-api}, its Gson binding with {@code validateJsonElement}) are given
 * the same documents and must agree on each: accepted, or refused for an unknown field or a value
 * of the wrong type. The documents are every document of a modelled built-in kind in the
 * real-world sources of {@link RealRepositoriesRoundTripTest} (Gateway API conformance, Istio
 * samples, AKS store demo), unchanged and with one change each: an unknown field added to an
 * object of a modelled type, a field that holds a value replaced by an object or a list, a field
 * that holds an object or a list replaced by a string.
 */
class WorkloadDifferentialTest {
  private static final JsonMapper JSON_MAPPER = JsonMapper.builder().build();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** The client's type of each modelled built-in kind, by kind. */
  private static final Map<String, Class<?>> OFFICIAL = Map.ofEntries(
      Map.entry("Deployment", V1Deployment.class), Map.entry("StatefulSet", V1StatefulSet.class),
      Map.entry("DaemonSet", V1DaemonSet.class), Map.entry("Job", V1Job.class),
      Map.entry("CronJob", V1CronJob.class), Map.entry("Service", V1Service.class),
      Map.entry("ConfigMap", V1ConfigMap.class), Map.entry("Secret", V1Secret.class),
      Map.entry("ServiceAccount", V1ServiceAccount.class), Map.entry("Namespace", V1Namespace.class),
      Map.entry("PersistentVolumeClaim", V1PersistentVolumeClaim.class),
      Map.entry("HorizontalPodAutoscaler", V2HorizontalPodAutoscaler.class),
      Map.entry("PodDisruptionBudget", V1PodDisruptionBudget.class),
      Map.entry("NetworkPolicy", V1NetworkPolicy.class));

  private static final List<ObjectNode> DOCUMENTS = builtInDocuments();

  /** Every document of a modelled built-in kind, as its tool applies it. */
  private static List<ObjectNode> builtInDocuments() {
    List<ObjectNode> documents = new ArrayList<>();
    for (RealRepositoriesRoundTripTest.Source source : RealRepositoriesRoundTripTest.sources()) {
      for (var file : source.files()) {
        for (var document : RealRepositoriesRoundTripTest.documents(
            source.root().relativize(file).toString(), file, source.asApplied())) {
          ObjectNode tree = document.applied();
          String apiVersion = tree.path("apiVersion").asText();
          String kind = tree.path("kind").asText();
          boolean modelled = Kinds.find(apiVersion, kind)
              .filter(k -> k.hasFixedApiVersion() && !k.isOtherServedVersion(apiVersion))
              .isPresent();
          if (modelled && OFFICIAL.containsKey(kind)) {
            documents.add(tree);
          }
        }
      }
    }
    return documents;
  }

  @Test
  void theSourcesHoldEnoughBuiltInDocuments() {
    assertThat(DOCUMENTS).hasSizeGreaterThan(100);
    assertThat(DOCUMENTS.stream().map(d -> d.path("kind").asText()).distinct())
        .contains("Deployment", "Service", "StatefulSet", "ConfigMap", "Secret", "Namespace");
  }

  @Test
  void everyUnchangedDocumentIsAcceptedByBoth() {
    for (ObjectNode document : DOCUMENTS) {
      assertThat(verdicts(document)).as(name(document)).isEqualTo(new Verdicts(true, true));
    }
  }

  @Property(tries = 1500)
  void bothRefuseTheSameChanges(@ForAll @IntRange(min = 0, max = 1 << 20) int documentSeed,
      @ForAll @IntRange(min = 0, max = 1 << 20) int changeSeed) {
    ObjectNode document = DOCUMENTS.get(documentSeed % DOCUMENTS.size()).deepCopy();
    List<Change> changes = new ArrayList<>();
    changes(document, OFFICIAL.get(document.path("kind").asText()), "", true, changes);
    Change change = changes.get(changeSeed % changes.size());
    change.apply().run();

    Verdicts verdicts = verdicts(document);

    assertThat(verdicts.ours()).as("%s, %s: ours and the client's (%s)", name(document),
        change.what(), verdicts).isEqualTo(verdicts.official());
    assertThat(verdicts.ours()).as("%s: %s is refused", name(document), change.what()).isFalse();
  }

  /** One change to a document: what it does, and doing it. */
  record Change(String what, Runnable apply) {}

  /** Whether each reader accepts the document. */
  record Verdicts(boolean ours, boolean official) {}

  private static Verdicts verdicts(ObjectNode document) {
    boolean ours;
    try {
      ours = Manifests.fromYaml(JSON_MAPPER.writeValueAsString(document)).size() == 1;
    } catch (RuntimeException | java.io.IOException refused) {
      ours = false;
    }
    boolean official;
    try {
      official = JSON.getGson().fromJson(document.toString(),
          OFFICIAL.get(document.path("kind").asText())) != null;
    } catch (RuntimeException refused) {
      official = false;
    }
    return new Verdicts(ours, official);
  }

  /**
   * The changes that can be made to {@code node}, an object of the client's type {@code type},
   * and to the objects it holds. A kind's {@code status} is left alone: the library drops it.
   */
  private static void changes(ObjectNode node, Class<?> type, String path, boolean kind,
      List<Change> out) {
    out.add(new Change("unknown field " + path + ".notAField",
        () -> node.put("notAField", "x")));
    for (Field field : type.getDeclaredFields()) {
      SerializedName serialized = field.getAnnotation(SerializedName.class);
      if (serialized == null || !node.has(serialized.value())
          || kind && List.of("apiVersion", "kind", "status").contains(serialized.value())) {
        continue;
      }
      String name = serialized.value();
      String at = path + "." + name;
      JsonNode value = node.get(name);
      Type declared = field.getGenericType();
      Class<?> model = modelClass(declared);
      if (value.isValueNode()) {
        out.add(new Change(at + " made an object", () -> node.set(name, NODES.objectNode())));
        out.add(new Change(at + " made a list", () -> node.set(name,
            NODES.arrayNode().add(value.deepCopy()))));
      } else {
        out.add(new Change(at + " made a string", () -> node.put(name, "text")));
      }
      if (model != null && value.isObject()) {
        changes((ObjectNode) value, model, at, false, out);
      } else if (model != null && value.isArray()) {
        for (int i = 0; i < value.size(); i++) {
          if (value.get(i).isObject()) {
            changes((ObjectNode) value.get(i), model, at + "[" + i + "]", false, out);
          }
        }
      }
    }
  }

  /** The client model class a field holds, itself or as list items; null for anything else. */
  private static Class<?> modelClass(Type declared) {
    Type type = declared;
    if (type instanceof ParameterizedType parameterized
        && parameterized.getRawType() == List.class) {
      type = parameterized.getActualTypeArguments()[0];
    }
    return type instanceof Class<?> c
        && c.getPackageName().equals("io.kubernetes.client.openapi.models") ? c : null;
  }

  private static String name(ObjectNode document) {
    return document.path("kind").asText() + " " + document.path("metadata").path("name").asText();
  }
}
