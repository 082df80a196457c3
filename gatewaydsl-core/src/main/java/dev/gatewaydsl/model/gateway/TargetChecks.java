package dev.gatewaydsl.model.gateway;

import dev.gatewaydsl.internal.ResourceChecks;
import dev.gatewaydsl.internal.Trees;
import dev.gatewaydsl.model.ObjectMeta;
import dev.gatewaydsl.validation.FieldPath;
import dev.gatewaydsl.validation.Violations;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;

/** Checks a resource against what its {@link GatewayApiTarget} serves: apiVersion and fields. */
final class TargetChecks {
  private TargetChecks() {}

  /**
   * The checks every Gateway API kind starts with: a collector for {@code resource} (with the
   * experimental channel's rules on when its target is that channel), the name and metadata
   * (object names are DNS-1123 subdomains), then apiVersion and fields against the target.
   */
  static Violations start(GatewayApiResource resource) {
    Violations violations = Violations.of(resource.kind(), resource.metadata().name())
        .experimentalChannel(resource.target().channel().equals("experimental"));
    ResourceChecks.metadata(resource, ObjectMeta.NameRule.DNS1123_SUBDOMAIN, violations);
    check(resource, violations);
    return violations;
  }

  static void check(GatewayApiResource resource, Violations violations) {
    GatewayApiTarget target = resource.target();
    String kind = resource.kind();
    List<String> served = target.servedVersions(kind);
    if (served.isEmpty()) {
      violations.forbidden(FieldPath.of("kind"), kind + " is not served by " + target.describe());
      return;
    }
    String apiVersion = resource.apiVersion();
    String version = apiVersion.substring(apiVersion.indexOf('/') + 1);
    if (!apiVersion.equals(GatewayApi.GROUP + "/" + version) || !served.contains(version)) {
      violations.notSupported(FieldPath.of("apiVersion"), apiVersion,
          served.stream().map(v -> GatewayApi.GROUP + "/" + v).toList());
      return;
    }
    if (target == GatewayApiTarget.V1_6_EXPERIMENTAL) {
      return; // the model holds no field beyond the newest experimental channel
    }
    Set<String> fields = target.fields(kind, version);
    try {
      Trees.write(resource, new ServedFieldsGenerator(fields,
          (at, path) -> violations.forbidden(at, notServed(resource, version, path))));
    } catch (IOException e) {
      throw new UncheckedIOException(e); // the generator writes nowhere
    }
  }

  private static String notServed(GatewayApiResource resource, String version, String path) {
    GatewayApiTarget target = resource.target();
    String message = "not served by " + target.describe();
    if (target == GatewayApiTarget.V1_6_STANDARD
        && GatewayApiTarget.V1_6_EXPERIMENTAL.fields(resource.kind(), version).contains(path)) {
      return message + "; it is an experimental-channel field: build with "
          + "target(GatewayApiTarget.V1_6_EXPERIMENTAL) for a cluster with that channel";
    }
    if (target == GatewayApiTarget.V0_6_STANDARD
        && GatewayApiTarget.V0_6_EXPERIMENTAL.fields(resource.kind(), version).contains(path)) {
      return message + "; it is an experimental-channel field: build with "
          + "target(GatewayApiTarget.V0_6_EXPERIMENTAL) for a cluster with that channel";
    }
    return message;
  }
}
