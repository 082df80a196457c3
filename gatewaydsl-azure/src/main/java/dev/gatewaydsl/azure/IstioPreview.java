package dev.gatewaydsl.azure;

import dev.gatewaydsl.model.KubernetesResource;
import dev.gatewaydsl.model.ObjectMeta;
import dev.gatewaydsl.model.gateway.Gateway;
import dev.gatewaydsl.model.gateway.GatewaySpecAddress;
import dev.gatewaydsl.model.workload.Container;
import dev.gatewaydsl.model.workload.ContainerPort;
import dev.gatewaydsl.model.workload.Deployment;
import dev.gatewaydsl.model.workload.HTTPGetAction;
import dev.gatewaydsl.model.workload.IntOrString;
import dev.gatewaydsl.model.workload.Probe;
import dev.gatewaydsl.model.workload.Protocol;
import dev.gatewaydsl.model.workload.Service;
import dev.gatewaydsl.model.workload.ServiceAccount;
import dev.gatewaydsl.model.workload.ServicePort;
import dev.gatewaydsl.model.workload.URIScheme;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What Istio creates for a Gateway of class {@code istio} on an AKS revision: the ServiceAccount,
 * Deployment and Service named {@code <gateway>-istio}, with the labels and annotations that
 * propagate from the Gateway at that revision, and from {@code asm-1-26} the Service as AKS's
 * gateway class defaults and the per-Gateway customization ConfigMap change it. It is a preview
 * for reading, reviewing and testing, not for applying: Istio adds more (environment, volumes,
 * security context, owner references, and from 1.26 a HorizontalPodAutoscaler and
 * PodDisruptionBudget), which are left out.
 *
 * <p>Sources: istio/istio at the tags 1.17.8, 1.18.7, 1.19.10, 1.20.8, 1.21.6, 1.23.6, 1.24.6,
 * 1.26.8, 1.28.10 and 1.30.3: {@code pilot/pkg/config/kube/gateway/templates/*.yaml} (1.17), {@code
 * manifests/charts/istio-control/istio-discovery/files/kube-gateway.yaml} (1.18 on), {@code
 * pilot/pkg/config/kube/gateway/deploymentcontroller.go} ({@code gatewaycommon/} in 1.30: names,
 * {@code extractServicePorts}, {@code sanitizeListenerNameForPort} from 1.24, the service type,
 * {@code extractInfrastructureMetadata}, the ServiceAccount of 1.17, and {@code apply}, which from
 * 1.18 labels every object it writes {@code gateway.istio.io/managed}).
 *
 * <p>What is shown, per Istio release: the status port {@value AksIstio#STATUS_PORT} as container
 * port {@code status-port} with a readiness probe on {@value AksIstio#READINESS_PATH}, and the
 * {@code metrics} port 15020 from 1.23 (1.23.3); a Service port for the status port and for each
 * distinct listener port (named after the listener, dots turned into dashes from 1.24, {@code
 * appProtocol} the listener protocol in lower case); the Service {@code type} from the Gateway
 * annotation {@value #SERVICE_TYPE}, default {@code LoadBalancer}; {@code loadBalancerIP} from a
 * single IP in {@code spec.addresses} (from 1.19 only for type {@code LoadBalancer}); {@code
 * ipFamilyPolicy: PreferDualStack} from 1.24; the Gateway's labels and annotations (from 1.21 those
 * of {@code spec.infrastructure} when set) on the ServiceAccount (from 1.21), Deployment, pod
 * template and Service; the labels {@code gateway.istio.io/managed} (1.17 on the Deployment and
 * Service, from 1.18 on every object), {@code istio.io/gateway-name} (selector up to 1.20, label
 * on 1.21 to 1.23), {@code gateway.networking.k8s.io/gateway-name} (from 1.21, also the selector)
 * and {@code gateway.networking.k8s.io/gateway-class-name} (from 1.28). Up to Istio 1.17 the
 * Deployment is a stub that sidecar injection completes ({@code image: auto}).
 */
public final class IstioPreview {

  /** The Gateway annotation that sets the generated Service's {@code type}. */
  public static final String SERVICE_TYPE = "networking.istio.io/service-type";
  /** The Gateway annotation that renames the generated Deployment and Service. */
  public static final String NAME_OVERRIDE = "gateway.istio.io/name-override";
  /** The Gateway annotation that names another ServiceAccount for the gateway pods. */
  public static final String SERVICE_ACCOUNT_OVERRIDE = "gateway.istio.io/service-account";

  private static final String CONTROLLER_VERSION = "gateway.istio.io/controller-version";
  private static final String LAST_APPLIED = "kubectl.kubernetes.io/last-applied-configuration";
  private static final String ISTIO_GATEWAY_NAME = "istio.io/gateway-name";
  private static final String GATEWAY_NAME = "gateway.networking.k8s.io/gateway-name";
  private static final String GATEWAY_CLASS_NAME = "gateway.networking.k8s.io/gateway-class-name";
  private static final String MANAGED = "gateway.istio.io/managed";
  private static final String MANAGED_VALUE = "istio.io-gateway-controller";

  /** The Istio minor from which {@code gateway.istio.io/managed} is on every generated object. */
  static final int FIRST_MANAGED_LABEL_MINOR = 18;
  /** The Istio minor whose template has the {@code metrics} container port (1.23.3 and later). */
  static final int FIRST_METRICS_PORT_MINOR = 23;
  /** The Istio minor from which the Service has {@code ipFamilyPolicy: PreferDualStack}. */
  static final int FIRST_IP_FAMILY_POLICY_MINOR = 24;
  /** The Istio minor from which {@code loadBalancerIP} is set only for type LoadBalancer. */
  static final int FIRST_LOAD_BALANCER_IP_CONDITION_MINOR = 19;
  /** The Istio minor from which the labels carry {@code gateway-class-name}. */
  static final int FIRST_CLASS_NAME_LABEL_MINOR = 28;

  private final ServiceAccount serviceAccount;
  private final Deployment deployment;
  private final Service service;

  private IstioPreview(ServiceAccount serviceAccount, Deployment deployment, Service service) {
    this.serviceAccount = serviceAccount;
    this.deployment = deployment;
    this.service = service;
  }

  /**
   * The preview for {@code gateway} on {@code revision}, without per-Gateway customization. Use
   * {@link AksIstio#preview(Gateway)} to check the Gateway first and to apply its settings.
   *
   * @throws dev.gatewaydsl.validation.InvalidResourceException if what Istio would generate is
   *     itself invalid, e.g. a Service port named after a listener whose name is not a valid
   *     port name
   */
  public static IstioPreview of(Gateway gateway, AksMeshRevision revision) {
    return of(gateway, revision, AksGatewayCustomization.empty());
  }

  /**
   * The preview for {@code gateway} on {@code revision}; from {@code asm-1-26} the Service also
   * gets what AKS's class-level defaults add ({@link AksIstio#aksHealthProbeAnnotations()}) and
   * then the Service settings of {@code customization} (the per-Gateway ConfigMap).
   */
  static IstioPreview of(Gateway gateway, AksMeshRevision revision,
      AksGatewayCustomization customization) {
    Objects.requireNonNull(gateway, "gateway");
    if (!isManaged(gateway)) {
      throw new IllegalArgumentException("Gateway \"" + gateway.metadata().name() + "\" has "
          + gateway.spec().addresses().size() + " address(es) that are not a single IP address: "
          + "Istio deploys nothing for it (manual deployment), so there is nothing to preview");
    }
    int minor = revision.istioMinor();
    boolean injected = !revision.rendersDeployment();
    boolean infrastructure = revision.readsInfrastructure();
    boolean managedLabel = minor >= FIRST_MANAGED_LABEL_MINOR;
    boolean istioNameLabel = infrastructure && minor < FIRST_IP_FAMILY_POLICY_MINOR;
    boolean classLabel = minor >= FIRST_CLASS_NAME_LABEL_MINOR;
    String gatewayName = gateway.metadata().name();
    String className = gateway.spec().gatewayClassName();
    String namespace = gateway.metadata().namespace();
    Map<String, String> gatewayAnnotations = gateway.metadata().annotations();
    String defaultName = revision.generatedName(gatewayName, className);
    String name = gatewayAnnotations.getOrDefault(NAME_OVERRIDE, defaultName);
    String serviceAccountName = gatewayAnnotations.getOrDefault(SERVICE_ACCOUNT_OVERRIDE,
        defaultName);

    Map<String, String> labels = propagatedLabels(gateway, revision);
    Map<String, String> annotations = propagatedAnnotations(gateway, revision);
    Map<String, String> selector = Map.of(infrastructure ? GATEWAY_NAME : ISTIO_GATEWAY_NAME,
        gatewayName);
    // the labels every object's template adds from 1.21 (kube-gateway.yaml)
    Map<String, String> gatewayLabels = new LinkedHashMap<>();
    if (infrastructure) {
      gatewayLabels.put(GATEWAY_NAME, gatewayName);
      if (istioNameLabel) {
        gatewayLabels.put(ISTIO_GATEWAY_NAME, gatewayName);
      }
      if (classLabel) {
        gatewayLabels.put(GATEWAY_CLASS_NAME, className);
      }
    }

    ServiceAccount.Builder sa = ServiceAccount.builder().name(serviceAccountName);
    if (!namespace.isEmpty()) {
      sa.namespace(namespace);
    }
    if (injected) {
      sa.label(ISTIO_GATEWAY_NAME, gatewayName);
    } else if (infrastructure) {
      sa.metadataBuilder().putAllAnnotations(annotations).putAllLabels(labels)
          .putAllLabels(gatewayLabels);
    }
    if (managedLabel) {
      sa.label(MANAGED, MANAGED_VALUE); // set on every applied object (deploymentcontroller apply)
    }

    Map<String, String> deploymentLabels = new LinkedHashMap<>(labels);
    deploymentLabels.putAll(gatewayLabels);
    if (injected || managedLabel) {
      deploymentLabels.put(MANAGED, MANAGED_VALUE);
    }
    Map<String, String> podAnnotations = new LinkedHashMap<>();
    Map<String, String> podLabels = new LinkedHashMap<>();
    Container.Builder proxy = Container.builder().name("istio-proxy");
    Probe readiness = Probe.builder().httpGet(HTTPGetAction.builder()
        .path(AksIstio.READINESS_PATH).port(IntOrString.of(AksIstio.STATUS_PORT))
        .scheme(URIScheme.HTTP).build()).build();
    if (injected) {
      podAnnotations.put("inject.istio.io/templates", "gateway");
      podAnnotations.putAll(annotations);
      podLabels.put("sidecar.istio.io/inject", "true");
      podLabels.put(ISTIO_GATEWAY_NAME, gatewayName);
      podLabels.putAll(labels);
      proxy.image("auto").addPort(port("status-port", AksIstio.STATUS_PORT));
    } else {
      podAnnotations.putAll(annotations);
      podAnnotations.put(AksIstio.REVISION_LABEL, revision.name());
      podAnnotations.put("prometheus.io/path", "/stats/prometheus");
      podAnnotations.put("prometheus.io/port", "15020");
      podAnnotations.put("prometheus.io/scrape", "true");
      podLabels.put("sidecar.istio.io/inject", "false");
      podLabels.put("service.istio.io/canonical-name", name);
      podLabels.put("service.istio.io/canonical-revision", "latest");
      podLabels.putAll(labels);
      podLabels.putAll(selector);
      podLabels.putAll(gatewayLabels);
      if (minor >= FIRST_IP_FAMILY_POLICY_MINOR) {
        podLabels.put(MANAGED, MANAGED_VALUE);
      }
      if (minor >= FIRST_METRICS_PORT_MINOR) {
        proxy.addPort(port("metrics", 15020));
      }
      proxy.image("(proxyv2 image of " + revision.name() + ", set by istiod)")
          .addPort(port("status-port", AksIstio.STATUS_PORT))
          .addPort(port("http-envoy-prom", 15090));
      readiness = Probe.builder().mergeFrom(readiness).initialDelaySeconds(0).timeoutSeconds(1)
          .periodSeconds(15).successThreshold(1).failureThreshold(4).build();
    }
    proxy.readinessProbe(readiness);

    Deployment.Builder deployment = Deployment.builder().name(name);
    if (!namespace.isEmpty()) {
      deployment.namespace(namespace);
    }
    deployment.metadataBuilder().putAllLabels(deploymentLabels).putAllAnnotations(annotations);
    deployment.specBuilder().selectorBuilder().putAllMatchLabels(selector);
    deployment.specBuilder().templateBuilder().metadataBuilder()
        .putAllLabels(podLabels).putAllAnnotations(podAnnotations);
    deployment.specBuilder().templateBuilder().specBuilder()
        .addContainer(proxy.build()).serviceAccountName(serviceAccountName);

    Service.Builder service = Service.builder().name(name);
    if (!namespace.isEmpty()) {
      service.namespace(namespace);
    }
    Map<String, String> serviceAnnotations = new LinkedHashMap<>(annotations);
    Map<String, String> serviceLabels = new LinkedHashMap<>(labels);
    serviceLabels.putAll(gatewayLabels);
    if (injected || managedLabel) {
      serviceLabels.put(MANAGED, MANAGED_VALUE);
    }
    String type = gatewayAnnotations.getOrDefault(SERVICE_TYPE, "LoadBalancer");
    Optional<String> externalTrafficPolicy = Optional.empty();
    if (revision.setsHealthProbes()) {
      // AKS's istio-gateway-class-defaults ConfigMap, applied after rendering, then the
      // per-Gateway ConfigMap, which takes precedence
      serviceAnnotations.putAll(AksIstio.aksHealthProbeAnnotations());
      for (Map.Entry<String, Optional<Object>> setting
          : customization.settings(AksGatewayCustomization.Resource.SERVICE).entrySet()) {
        String field = setting.getKey();
        Optional<String> value = setting.getValue().map(Object::toString);
        if (field.startsWith("metadata.annotations[")) {
          String key = field.substring("metadata.annotations[".length(), field.length() - 1);
          value.ifPresentOrElse(v -> serviceAnnotations.put(key, v),
              () -> serviceAnnotations.remove(key));
        } else if (field.startsWith("metadata.labels[")) {
          String key = field.substring("metadata.labels[".length(), field.length() - 1);
          value.ifPresentOrElse(v -> serviceLabels.put(key, v), () -> serviceLabels.remove(key));
        } else if (field.equals("spec.type") && value.isPresent()) {
          type = value.get();
        } else if (field.equals("spec.externalTrafficPolicy")) {
          externalTrafficPolicy = value;
        }
      }
    }
    service.metadataBuilder().putAllAnnotations(serviceAnnotations).putAllLabels(serviceLabels);
    for (GatewayPorts.Port port : GatewayPorts.of(gateway, revision).values()) {
      service.port(ServicePort.builder().name(port.name()).protocol(Protocol.TCP)
          .appProtocol(port.appProtocol()).port(port.number()).build());
    }
    service.specBuilder().putAllSelector(selector).type(type);
    String serviceType = type;
    gateway.spec().addresses().stream().findFirst().flatMap(GatewaySpecAddress::value)
        .filter(ip -> minor < FIRST_LOAD_BALANCER_IP_CONDITION_MINOR
            || serviceType.equals("LoadBalancer"))
        .ifPresent(ip -> service.specBuilder().loadBalancerIP(ip));
    externalTrafficPolicy.ifPresent(p -> service.specBuilder().externalTrafficPolicy(p));
    if (minor >= FIRST_IP_FAMILY_POLICY_MINOR) {
      service.specBuilder().ipFamilyPolicy("PreferDualStack");
    }

    return new IstioPreview(sa.build(), deployment.build(), service.build());
  }

  /**
   * Whether Istio deploys the gateway itself: no {@code spec.addresses}, or exactly one of type
   * {@code IPAddress}, which Istio passes to the Service as {@code loadBalancerIP} (istio/istio
   * {@code IsManaged} in {@code pilot/pkg/config/kube/gateway/conversion.go}).
   */
  static boolean isManaged(Gateway gateway) {
    List<GatewaySpecAddress> addresses = gateway.spec().addresses();
    return addresses.isEmpty() || addresses.size() == 1
        && addresses.get(0).effectiveType().equals(GatewaySpecAddress.IP_ADDRESS);
  }

  /**
   * The labels Istio copies from the Gateway: from 1.21 {@code spec.infrastructure.labels} if set
   * (without keys prefixed {@code gateway.networking.k8s.io/}), else the Gateway's own labels.
   */
  static Map<String, String> propagatedLabels(Gateway gateway, AksMeshRevision revision) {
    if (revision.readsInfrastructure()) {
      var infra = Infrastructure.labels(gateway);
      if (infra.isPresent()) {
        return withoutGatewayApiKeys(infra.get());
      }
    }
    return new LinkedHashMap<>(gateway.metadata().labels());
  }

  /**
   * The annotations Istio copies from the Gateway: from 1.21 {@code spec.infrastructure
   * .annotations} if set (without keys prefixed {@code gateway.networking.k8s.io/}), else the
   * Gateway's own; in either case without the keys Istio omits ({@code
   * kubectl.kubernetes.io/last-applied-configuration}, {@code gateway.istio.io/name-override},
   * {@code gateway.istio.io/service-account} and, from 1.18, {@code
   * gateway.istio.io/controller-version}).
   */
  static Map<String, String> propagatedAnnotations(Gateway gateway, AksMeshRevision revision) {
    Map<String, String> source = gateway.metadata().annotations();
    if (revision.readsInfrastructure()) {
      var infra = Infrastructure.annotations(gateway);
      if (infra.isPresent()) {
        source = withoutGatewayApiKeys(infra.get());
      }
    }
    Set<String> omitted = revision.rendersDeployment()
        ? Set.of(LAST_APPLIED, NAME_OVERRIDE, SERVICE_ACCOUNT_OVERRIDE, CONTROLLER_VERSION)
        : Set.of(LAST_APPLIED, NAME_OVERRIDE, SERVICE_ACCOUNT_OVERRIDE);
    Map<String, String> copied = new LinkedHashMap<>(source);
    copied.keySet().removeAll(omitted);
    return copied;
  }

  private static Map<String, String> withoutGatewayApiKeys(Map<String, String> map) {
    Map<String, String> copy = new LinkedHashMap<>(map);
    copy.keySet().removeIf(k -> k.startsWith("gateway.networking.k8s.io/"));
    return copy;
  }

  private static ContainerPort port(String name, int number) {
    return ContainerPort.builder().name(name).containerPort(number).protocol(Protocol.TCP).build();
  }

  /** The ServiceAccount the gateway pods run as. */
  public ServiceAccount serviceAccount() {
    return serviceAccount;
  }

  /** The gateway Deployment. */
  public Deployment deployment() {
    return deployment;
  }

  /** The gateway Service, the one the Azure cloud provider builds the load balancer from. */
  public Service service() {
    return service;
  }

  /** ServiceAccount, Deployment and Service, in that order. */
  public List<KubernetesResource> resources() {
    return List.of(serviceAccount, deployment, service);
  }

  /** The metadata of {@link #service()}: where the Azure annotations end up. */
  public ObjectMeta serviceMetadata() {
    return service.metadata();
  }
}
