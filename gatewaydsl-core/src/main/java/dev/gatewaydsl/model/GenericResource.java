package dev.gatewaydsl.model;

import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gatewaydsl.internal.Syntax;
import dev.gatewaydsl.internal.Trees;
import dev.gatewaydsl.validation.FieldPath;
import dev.gatewaydsl.validation.Violations;
import java.util.Iterator;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An object of a kind this library does not model, such as a cert-manager {@code Certificate}, a
 * KEDA {@code ScaledObject}, an Argo {@code Rollout} or an Istio {@code VirtualService}: its
 * {@code apiVersion}, {@code kind} and {@code metadata} are typed, everything else is kept as the
 * JSON tree it was read or built as, fields in their order, and written back as that same tree.
 *
 * <p>Only what every Kubernetes object has is validated, as the API server does for a custom
 * resource: the form of {@code apiVersion} ({@code v1} or {@code <group>/<version>}), {@code kind},
 * {@code metadata.name} (a DNS-1123 subdomain), {@code metadata.namespace}, labels and
 * annotations. The body is not looked into.
 *
 * <pre>{@code
 * ObjectNode spec = JsonNodeFactory.instance.objectNode()
 *     .put("secretName", "web-tls");
 * spec.putArray("dnsNames").add("shop.example.com");
 * GenericResource certificate = GenericResource.builder()
 *     .apiVersion("cert-manager.io/v1").kind("Certificate")
 *     .name("web").namespace("shop")
 *     .putBody("spec", spec)
 *     .build();
 * }</pre>
 *
 * is written as
 *
 * <pre>{@code
 * apiVersion: cert-manager.io/v1
 * kind: Certificate
 * metadata:
 *   name: web
 *   namespace: shop
 * spec:
 *   secretName: web-tls
 *   dnsNames:
 *   - shop.example.com
 * }</pre>
 *
 * <p>Metadata fields that {@link ObjectMeta} does not model ({@code uid}, {@code
 * generation}, {@code resourceVersion}, ...) are kept too, in {@link #additionalMetadata()}, and
 * written after the modelled ones. Instances are immutable: the trees are copied in and out.
 */
public final class GenericResource implements KubernetesResource {
  private static final Pattern VERSION = Pattern.compile("[a-z]([-a-z0-9]*[a-z0-9])?");

  private final String apiVersion;
  private final String kind;
  private final ObjectMeta metadata;
  private final ObjectNode additionalMetadata;
  private final ObjectNode body;

  private GenericResource(Builder builder) {
    this.apiVersion = Objects.requireNonNull(builder.apiVersion, "apiVersion");
    this.kind = Objects.requireNonNull(builder.kind, "kind");
    this.metadata = builder.metadataBuilder.build();
    this.additionalMetadata = builder.additionalMetadata.deepCopy();
    this.body = builder.body.deepCopy();
    check();
  }

  /** {@code apiVersion}, e.g. {@code cert-manager.io/v1}. */
  @Override
  public String apiVersion() {
    return apiVersion;
  }

  /** {@code kind}, e.g. {@code Certificate}. */
  @Override
  public String kind() {
    return kind;
  }

  /** {@code metadata}, the fields {@link ObjectMeta} models. */
  @Override
  public ObjectMeta metadata() {
    return metadata;
  }

  /**
   * The fields of {@code metadata} that {@link ObjectMeta} does not model, in their order (a copy):
   * e.g. {@code generateName}, {@code finalizers}, {@code ownerReferences}.
   */
  public ObjectNode additionalMetadata() {
    return additionalMetadata.deepCopy();
  }

  /**
   * Every field beside {@code apiVersion}, {@code kind} and {@code metadata}, in their order (a
   * copy): usually {@code spec}, but also {@code data}, {@code status} or whatever the kind holds.
   */
  public ObjectNode body() {
    return body.deepCopy();
  }

  /** The API group: {@code cert-manager.io} of {@code cert-manager.io/v1}, empty for {@code v1}. */
  public String group() {
    int slash = apiVersion.indexOf('/');
    return slash < 0 ? "" : apiVersion.substring(0, slash);
  }

  /**
   * The whole object as it is written: {@code apiVersion}, {@code kind}, {@code metadata} (the
   * modelled fields as {@link ObjectMeta} writes them, then {@link #additionalMetadata()}), then
   * the {@link #body()}, in order.
   */
  @JsonValue
  public ObjectNode toTree() {
    ObjectNode tree = JsonNodeFactory.instance.objectNode();
    tree.put("apiVersion", apiVersion);
    tree.put("kind", kind);
    JsonNode modelled = Trees.of(metadata);
    ObjectNode meta = modelled.isObject() ? ((ObjectNode) modelled)
        : JsonNodeFactory.instance.objectNode();
    meta.setAll(additionalMetadata.deepCopy());
    tree.set("metadata", meta);
    tree.setAll(body.deepCopy());
    return tree;
  }

  /** A builder whose fields are those of this resource. */
  public Builder toBuilder() {
    return builder().apiVersion(apiVersion).kind(kind).metadata(metadata)
        .additionalMetadata(additionalMetadata).body(body);
  }

  /** Returns an empty builder of {@code GenericResource}. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Checks what every object has, all problems together: the form of {@code apiVersion}, {@code
   * kind}, the name (a DNS-1123 subdomain, as for any custom resource) and the rest of {@code
   * metadata}; and that neither tree holds a field that is typed on its own.
   */
  private void check() {
    Violations violations = Violations.of(kind, metadata.name());
    FieldPath at = FieldPath.of("apiVersion");
    int slash = apiVersion.indexOf('/');
    if (slash < 0 || slash != apiVersion.lastIndexOf('/')) {
      if (!apiVersion.equals("v1")) {
        violations.invalid(at, apiVersion, "must be v1 or <group>/<version> (e.g. "
            + "'cert-manager.io/v1')");
      }
    } else {
      String group = apiVersion.substring(0, slash);
      String version = apiVersion.substring(slash + 1);
      if (!Syntax.matchesDns1123Subdomain(group)) {
        violations.invalid(at, apiVersion, "the group must be a lowercase RFC 1123 subdomain "
            + "(e.g. 'cert-manager.io')");
      }
      if (version.length() > 63 || !VERSION.matcher(version).matches()) {
        violations.invalid(at, apiVersion, "the version must be a DNS-1035 label (e.g. 'v1', "
            + "'v1beta1')");
      }
    }
    Syntax.kind(kind, FieldPath.of("kind"), violations);
    ResourceChecks.metadata(this, ObjectMeta.NameRule.DNS1123_SUBDOMAIN, violations);
    Set<String> modelled = ModelledMetadata.NAMES;
    for (Iterator<String> it = additionalMetadata.fieldNames(); it.hasNext(); ) {
      String field = it.next();
      if (modelled.contains(field)) {
        violations.forbidden(FieldPath.of("metadata", field),
            "modelled by ObjectMeta: set it in metadata(), not in additionalMetadata()");
      }
    }
    for (String field : new String[] {"apiVersion", "kind", "metadata"}) {
      if (body.has(field)) {
        violations.forbidden(FieldPath.of(field), "set it with " + field + "(), not in body()");
      }
    }
    violations.throwIfAny();
  }

  /** The names of the fields {@link ObjectMeta} models; looked up on first use. */
  private static final class ModelledMetadata {
    static final Set<String> NAMES = Trees.propertyNames(ObjectMeta.empty().getClass());
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof GenericResource that && apiVersion.equals(that.apiVersion)
        && kind.equals(that.kind) && metadata.equals(that.metadata)
        && additionalMetadata.equals(that.additionalMetadata) && body.equals(that.body);
  }

  @Override
  public int hashCode() {
    return Objects.hash(apiVersion, kind, metadata, additionalMetadata, body);
  }

  @Override
  public String toString() {
    return "GenericResource{" + toTree() + "}";
  }

  /**
   * Builds {@link GenericResource}. {@code apiVersion} and {@code kind} are required; the trees
   * given are copied, so the builder and the built resource never share them.
   */
  public static final class Builder implements ResourceBuilder<Builder> {
    private String apiVersion;
    private String kind;
    private ObjectMeta.Builder metadataBuilder = ObjectMeta.builder();
    private ObjectNode additionalMetadata = JsonNodeFactory.instance.objectNode();
    private ObjectNode body = JsonNodeFactory.instance.objectNode();

    private Builder() {}

    /** Sets {@code apiVersion}, e.g. {@code cert-manager.io/v1}. */
    public Builder apiVersion(String apiVersion) {
      this.apiVersion = Objects.requireNonNull(apiVersion, "apiVersion");
      return this;
    }

    /** Sets {@code kind}, e.g. {@code Certificate}. */
    public Builder kind(String kind) {
      this.kind = Objects.requireNonNull(kind, "kind");
      return this;
    }

    /** Sets {@code metadata}, replacing what was set so far (additional metadata aside). */
    public Builder metadata(ObjectMeta metadata) {
      this.metadataBuilder = ObjectMeta.builder().mergeFrom(metadata);
      return this;
    }

    @Override
    public ObjectMeta.Builder metadataBuilder() {
      return metadataBuilder;
    }

    /**
     * Sets the fields of {@code metadata} that {@link ObjectMeta} does not model (a copy of
     * {@code additionalMetadata}, order kept).
     */
    public Builder additionalMetadata(ObjectNode additionalMetadata) {
      this.additionalMetadata = additionalMetadata.deepCopy();
      return this;
    }

    /** Sets every field beside apiVersion, kind and metadata (a copy of {@code body}, order kept). */
    public Builder body(ObjectNode body) {
      this.body = body.deepCopy();
      return this;
    }

    /**
     * Adds (or replaces, in place) the field {@code field} of the body, e.g. {@code spec}; a copy
     * of {@code value}. New fields go after those already set.
     */
    public Builder putBody(String field, JsonNode value) {
      body.set(field, value.deepCopy());
      return this;
    }

    /** Builds the resource. */
    public GenericResource build() {
      return new GenericResource(this);
    }
  }
}
