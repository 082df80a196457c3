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
   * A Service's {@code selector} matches the pod template of no Deployment in its namespace. A
   * warning: the pods may come from a kind the library does not model (StatefulSet, DaemonSet).
   */
  SERVICE_SELECTS_NO_DEPLOYMENT("ServiceSelectsNoDeployment", Severity.WARNING),

  /**
   * A Service port's {@code targetPort} is a name that no container of the Deployments it selects
   * declares: the Service gets no endpoints for that port.
   */
  TARGET_PORT_NOT_FOUND("TargetPortNotFound", Severity.ERROR),

  /**
   * A Service port's {@code targetPort} (or {@code port}, when {@code targetPort} is unset) is a
   * number that no container of the Deployments it selects declares in {@code ports}. A warning:
   * traffic still goes to that port, and a container may listen without declaring it.
   */
  TARGET_PORT_NOT_DECLARED("TargetPortNotDeclared", Severity.WARNING);

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
