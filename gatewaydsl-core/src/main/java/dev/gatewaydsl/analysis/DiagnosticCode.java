package dev.gatewaydsl.analysis;

/**
 * The codes of the core rules. A code never changes its meaning or severity; new ones may be
 * added. Where the Gateway API has a status reason for the same problem, the code is that reason
 * ({@code NotAllowedByListeners}, {@code NoMatchingParent}, {@code RefNotPermitted}, ...), so it
 * reads like what the controller would report on the route.
 */
public enum DiagnosticCode {

  /** A route's {@code parentRefs} entry names a Gateway that is not in the set. */
  PARENT_NOT_FOUND("ParentNotFound", Severity.ERROR),

  /** A {@code parentRefs} entry's {@code sectionName} or {@code port} matches no listener. */
  NO_MATCHING_PARENT("NoMatchingParent", Severity.ERROR),

  /**
   * No listener a {@code parentRefs} entry selects takes the route: {@code allowedRoutes} keeps
   * out its namespace, or its kind ({@code allowedRoutes.kinds}, or the listener's protocol).
   */
  NOT_ALLOWED_BY_LISTENERS("NotAllowedByListeners", Severity.ERROR),

  /** None of a route's {@code hostnames} intersects the hostname of a listener that takes it. */
  NO_MATCHING_LISTENER_HOSTNAME("NoMatchingListenerHostname", Severity.ERROR),

  /** A {@code backendRefs} entry names a Service that is not in the set. */
  BACKEND_NOT_FOUND("BackendNotFound", Severity.ERROR),

  /** A {@code backendRefs} entry's {@code port} is not a port of the Service. */
  BACKEND_PORT_NOT_FOUND("BackendPortNotFound", Severity.ERROR),

  /** A {@code backendRefs} entry in another namespace has no ReferenceGrant there allowing it. */
  REF_NOT_PERMITTED("RefNotPermitted", Severity.ERROR),

  /**
   * Two listeners of a Gateway share a port with protocols that cannot share one: {@code HTTP}
   * with {@code HTTPS} or {@code TLS}, or {@code TCP} with {@code HTTP}, {@code HTTPS} or {@code
   * TLS}.
   */
  PROTOCOL_CONFLICT("ProtocolConflict", Severity.ERROR),

  /** A Deployment's {@code selector} does not select its own pod template's labels. */
  DEPLOYMENT_SELECTOR_MISMATCH("DeploymentSelectorMismatch", Severity.ERROR),

  /**
   * A Service's {@code selector} matches the pod template of no workload in its namespace (no
   * Deployment, StatefulSet, DaemonSet, Job or CronJob: the code keeps the name it was published
   * with, when only Deployments were looked at). A warning: the pods may come from a kind the
   * library does not model (a bare Pod, an operator's custom resource).
   */
  SERVICE_SELECTS_NO_DEPLOYMENT("ServiceSelectsNoDeployment", Severity.WARNING),

  /**
   * A Service port's {@code targetPort} is a name that no container of the workloads it selects
   * declares: the Service gets no endpoints for that port.
   */
  TARGET_PORT_NOT_FOUND("TargetPortNotFound", Severity.ERROR),

  /**
   * A Service port's {@code targetPort} (or {@code port}, when {@code targetPort} is unset) is a
   * number that no container of the workloads it selects declares in {@code ports}. A warning:
   * traffic still goes to that port, and a container may listen without declaring it.
   */
  TARGET_PORT_NOT_DECLARED("TargetPortNotDeclared", Severity.WARNING),

  /**
   * A HorizontalPodAutoscaler's {@code spec.scaleTargetRef} names an object that is not in the
   * set (by kind, API group and name, in the autoscaler's namespace). An error: the reference names
   * exactly one object, so nothing else can stand in for it; the controller reports {@code
   * FailedGetScale} and scales nothing. A target of a kind the library does not model is checked
   * only when the set holds objects of that kind at all, as for a route's backends.
   */
  SCALE_TARGET_NOT_FOUND("ScaleTargetNotFound", Severity.ERROR),

  /**
   * A PodDisruptionBudget's {@code spec.selector} matches the pod template of no workload in its
   * namespace, or is unset (which in {@code policy/v1} selects no pods). A warning, not an error:
   * a budget that selects nothing breaks nothing, it only protects nothing, and the pods may come
   * from a kind the library does not model; but it is almost always a typo or a stale label.
   */
  POD_DISRUPTION_BUDGET_SELECTS_NO_PODS("PodDisruptionBudgetSelectsNoPods", Severity.WARNING),

  /**
   * A pod template refers to a ConfigMap that is not in its namespace in the set, without {@code
   * optional: true}: a {@code volumes[].configMap}, a {@code projected} source, an {@code
   * env[].valueFrom.configMapKeyRef} or an {@code envFrom[].configMapRef}. The pods do not start
   * until it exists. A warning, not an error: such objects are often made by another tool or
   * another repository (a Helm chart, an operator, a generator of kustomize) before the pods
   * start.
   */
  CONFIG_MAP_NOT_FOUND("ConfigMapNotFound", Severity.WARNING),

  /**
   * A pod template refers to a Secret that is not in its namespace in the set, without {@code
   * optional: true}: a {@code volumes[].secret}, a {@code projected} source, an {@code
   * env[].valueFrom.secretKeyRef} or an {@code envFrom[].secretRef}. The pods do not start until
   * it exists. A warning, not an error: Secrets are usually kept out of GitOps repositories on
   * purpose and made by an operator (External Secrets, Sealed Secrets, cert-manager) or by hand.
   */
  SECRET_NOT_FOUND("SecretNotFound", Severity.WARNING),

  /**
   * A workload's pod template breaks a control of the Pod Security Standard that its namespace
   * enforces: the Namespace object in the set has the label {@code
   * pod-security.kubernetes.io/enforce} set to {@code restricted} or {@code baseline} (see {@link
   * PodSecurityStandard}). An error: the API server refuses every pod of the template, so the
   * workload runs nothing. One diagnostic per field that breaks a control.
   */
  POD_SECURITY_VIOLATION("PodSecurityViolation", Severity.ERROR);

  private final String code;
  private final Severity severity;

  DiagnosticCode(String code, Severity severity) {
    this.code = code;
    this.severity = severity;
  }

  /** The code as printed, e.g. {@code ParentNotFound}. */
  public String code() {
    return code;
  }

  /** The severity of every diagnostic with this code. */
  public Severity severity() {
    return severity;
  }
}
