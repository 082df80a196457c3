package dev.gatewaydsl.istio;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gatewaydsl.model.ObjectMeta;
import dev.gatewaydsl.validation.FieldPath;
import dev.gatewaydsl.validation.Violations;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Istio's {@code DestinationRule} ({@code networking.istio.io}): the subsets of a host (pods by
 * label) and its traffic policies. Fields from istio/api {@code
 * networking/v1alpha3/destination_rule.proto}; the traffic policies are kept in {@link
 * Unmodelled}.
 *
 * @param apiVersion {@code apiVersion}
 * @param metadata {@code metadata}
 * @param metadataUnmodelled the other metadata fields
 * @param spec {@code spec}
 * @param unmodelled the other top-level fields
 */
public record DestinationRule(String apiVersion, ObjectMeta metadata,
    Unmodelled metadataUnmodelled, Spec spec, Unmodelled unmodelled) implements IstioResource {

  /** Checks every field; all problems are reported together. */
  public DestinationRule {
    Violations violations = Resources.start("DestinationRule", apiVersion, metadata);
    spec.validate(FieldPath.of("spec"), violations);
    violations.throwIfAny();
  }

  @Override
  public String kind() {
    return "DestinationRule";
  }

  static DestinationRule read(JsonNode document) {
    Resources.Parts<Spec> parts = Resources.read("DestinationRule", document, Spec::read);
    return new DestinationRule(parts.apiVersion(), parts.metadata(), parts.metadataUnmodelled(),
        parts.spec(), parts.unmodelled());
  }

  @Override
  public ObjectNode toTree() {
    return Resources.write(this, spec.toTree());
  }

  /**
   * {@code spec}.
   *
   * @param host {@code host}: required
   * @param subsets {@code subsets}
   * @param exportTo {@code exportTo}
   * @param unmodelled the other fields (trafficPolicy, workloadSelector)
   */
  public record Spec(String host, List<Subset> subsets, List<String> exportTo,
      Unmodelled unmodelled) {
    /** Copies the lists. */
    public Spec {
      subsets = List.copyOf(subsets);
      exportTo = List.copyOf(exportTo);
    }

    static Spec read(TreeReader r, Violations v) {
      return new Spec(r.string("host"), r.objects("subsets", Subset::read),
          r.strings("exportTo"), r.rest());
    }

    JsonNode toTree() {
      return new TreeWriter().string("host", host).objects("subsets", subsets, Subset::toTree)
          .strings("exportTo", exportTo).rest(unmodelled).node();
    }

    void validate(FieldPath path, Violations violations) {
      if (host.isEmpty()) {
        violations.required(path.child("host"), "host is required");
      }
      Set<String> names = new HashSet<>();
      for (int i = 0; i < subsets.size(); i++) {
        FieldPath at = path.child("subsets").index(i).child("name");
        String name = subsets.get(i).name();
        if (name.isEmpty()) {
          violations.required(at, "subset name is required");
        } else if (!names.add(name)) {
          violations.duplicate(at, name);
        }
      }
    }
  }

  /**
   * A subset: the host's pods that have {@code labels}.
   *
   * @param name {@code name}: required, unique in the rule
   * @param labels {@code labels}
   * @param unmodelled the other fields (trafficPolicy)
   */
  public record Subset(String name, Map<String, String> labels, Unmodelled unmodelled) {
    /** Copies the labels. */
    public Subset {
      labels = Maps.copy(labels);
    }

    static Subset read(TreeReader r) {
      return new Subset(r.string("name"), r.stringMap("labels"), r.rest());
    }

    JsonNode toTree() {
      return new TreeWriter().string("name", name).stringMap("labels", labels)
          .rest(unmodelled).node();
    }
  }
}
