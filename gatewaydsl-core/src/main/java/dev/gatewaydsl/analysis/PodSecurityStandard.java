package dev.gatewaydsl.analysis;

import dev.gatewaydsl.analysis.PodTemplate.ContainerAt;
import dev.gatewaydsl.model.ObjectMeta;
import dev.gatewaydsl.model.workload.AppArmorProfile;
import dev.gatewaydsl.model.workload.Capabilities;
import dev.gatewaydsl.model.workload.Container;
import dev.gatewaydsl.model.workload.ContainerPort;
import dev.gatewaydsl.model.workload.HTTPGetAction;
import dev.gatewaydsl.model.workload.Lifecycle;
import dev.gatewaydsl.model.workload.PodOS;
import dev.gatewaydsl.model.workload.PodSecurityContext;
import dev.gatewaydsl.model.workload.PodSpec;
import dev.gatewaydsl.model.workload.PodTemplateSpec;
import dev.gatewaydsl.model.workload.Probe;
import dev.gatewaydsl.model.workload.SELinuxOptions;
import dev.gatewaydsl.model.workload.SeccompProfile;
import dev.gatewaydsl.model.workload.SecurityContext;
import dev.gatewaydsl.model.workload.Sysctl;
import dev.gatewaydsl.model.workload.TCPSocketAction;
import dev.gatewaydsl.model.workload.Volume;
import dev.gatewaydsl.model.workload.WindowsSecurityContextOptions;
import dev.gatewaydsl.validation.FieldPath;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * The Pod Security Standards, levels {@code baseline} and {@code restricted}, as the API server's
 * PodSecurity admission enforces them in Kubernetes 1.36 with policy version {@code latest}: the
 * controls of the standard, each a check of a pod template that names the field that breaks it
 * and what the control requires. {@code privileged} has no controls.
 *
 * <p>The controls are those of <a
 * href="https://kubernetes.io/docs/concepts/security/pod-security-standards/">Pod Security
 * Standards</a> (kubernetes.io); where the page and the admission code differ, the code wins
 * ({@code staging/src/k8s.io/pod-security-admission/policy/check_*.go} of kubernetes/kubernetes at
 * v1.36.0): {@code image} volumes are allowed under restricted, the safe sysctls include {@code
 * net.ipv4.tcp_rmem} and {@code net.ipv4.tcp_wmem}, and a pod with {@code hostUsers: false} (in a
 * user namespace) is exempt from the baseline {@code /proc} mount type control and from the
 * restricted {@code runAsNonRoot} and {@code runAsUser} ones. A pod with {@code os.name: windows}
 * is exempt from the restricted privilege escalation control, and held to the baseline seccomp and
 * capabilities controls instead of the restricted ones. Under
 * restricted, the restricted control of a name replaces the baseline one (capabilities, seccomp,
 * {@code /proc} mount type) and volume types replace hostPath volumes. The label {@code
 * pod-security.kubernetes.io/enforce-version} is not read: every check is the latest one.
 *
 * <pre>{@code
 * List<PodSecurityStandard.Violation> found = PodSecurityStandard.check(Level.RESTRICTED,
 *     deployment.spec().template(), FieldPath.of("spec", "template"));
 * }</pre>
 */
public final class PodSecurityStandard {

  /** The namespace label that says which level the API server enforces on its pods. */
  public static final String ENFORCE_LABEL = "pod-security.kubernetes.io/enforce";

  private PodSecurityStandard() {}

  /** A level of the standard that has controls. */
  public enum Level {
    /** Prevents known privilege escalations; allows the default pod. */
    BASELINE,
    /** Baseline, plus the current pod hardening practice. */
    RESTRICTED;

    /** {@code baseline} or {@code restricted}, as the namespace label writes it. */
    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The level a value of {@value PodSecurityStandard#ENFORCE_LABEL} names; empty for {@code
     * privileged} (no controls) and for any other value.
     */
    public static Optional<Level> ofLabel(String value) {
      for (Level level : values()) {
        if (level.label().equals(value)) {
          return Optional.of(level);
        }
      }
      return Optional.empty();
    }
  }

  /**
   * One field of a pod template that breaks a control.
   *
   * @param level the level the control belongs to
   * @param control the control, named as the standard names it, e.g. {@code Privilege Escalation}
   * @param path the field, e.g. {@code
   *     spec.template.spec.containers[0].securityContext.allowPrivilegeEscalation}
   * @param requirement what is wrong and what the control requires, e.g. {@code is unset; must be
   *     false}
   */
  public record Violation(Level level, String control, FieldPath path, String requirement) {

    /** Checks that every component is set. */
    public Violation {
      Objects.requireNonNull(level, "level");
      Objects.requireNonNull(control, "control");
      Objects.requireNonNull(path, "path");
      Objects.requireNonNull(requirement, "requirement");
    }

    /** {@code <path>: <requirement> (<control>, <level>)}. */
    @Override
    public String toString() {
      return path + ": " + requirement + " (" + control + ", " + level.label() + ")";
    }
  }

  /**
   * Every field of {@code template} that breaks a control of {@code level} (for {@code
   * restricted}, of baseline too), in the order of the standard's controls; empty if the API
   * server would admit its pods. Paths start at {@code templatePath}, e.g. {@code spec.template}.
   */
  public static List<Violation> check(Level level, PodTemplateSpec template,
      FieldPath templatePath) {
    Pod pod = new Pod(template.metadata(), templatePath.child("metadata"), template.spec(),
        templatePath.child("spec"));
    List<Violation> found = new ArrayList<>();
    for (Control control : controls(level)) {
      control.check().check(pod,
          (path, requirement) -> found.add(
              new Violation(control.level(), control.name(), path, requirement)));
    }
    return found;
  }

  /** The controls of {@code level}, in order, restricted ones replacing what they replace. */
  private static List<Control> controls(Level level) {
    if (level == Level.BASELINE) {
      return BASELINE;
    }
    List<Control> all = new ArrayList<>();
    BASELINE.stream()
        .filter(b -> RESTRICTED.stream().noneMatch(r -> r.replaces().equals(b.name())))
        .forEach(all::add);
    all.addAll(RESTRICTED);
    return all;
  }

  // --- the pod as the checks see it

  /**
   * Where a pod template sets security fields: the pod's {@code securityContext} and each
   * container's, with the fields both kinds of context have.
   */
  private record Setter(FieldPath path, Optional<WindowsSecurityContextOptions> windows,
      Optional<SELinuxOptions> seLinux, Optional<SeccompProfile> seccomp,
      Optional<AppArmorProfile> appArmor, Optional<Boolean> runAsNonRoot,
      Optional<Long> runAsUser) {}

  private record Pod(ObjectMeta metadata, FieldPath metadataPath, PodSpec spec,
      FieldPath specPath) {

    FieldPath securityPath() {
      return specPath.child("securityContext");
    }

    Optional<PodSecurityContext> security() {
      return spec.securityContext();
    }

    List<ContainerAt> containers() {
      return PodTemplate.containers(spec, specPath);
    }

    /** The pod's securityContext, then each container's (an unset one as empty). */
    List<Setter> setters() {
      List<Setter> setters = new ArrayList<>();
      PodSecurityContext pod = security().orElse(PodSecurityContext.builder().build());
      setters.add(new Setter(securityPath(), pod.windowsOptions(),
          pod.seLinuxOptions(), pod.seccompProfile(), pod.appArmorProfile(), pod.runAsNonRoot(),
          pod.runAsUser()));
      for (ContainerAt at : containers()) {
        SecurityContext c = context(at.container());
        setters.add(new Setter(at.path().child("securityContext"), c.windowsOptions(), c.seLinuxOptions(),
            c.seccompProfile(), c.appArmorProfile(), c.runAsNonRoot(), c.runAsUser()));
      }
      return setters;
    }

    /** {@code os.name} is {@code windows}. */
    boolean windows() {
      return spec.os().map(PodOS::name).filter("windows"::equals).isPresent();
    }

    /** {@code hostUsers: false}: the pod runs in a user namespace. */
    boolean userNamespace() {
      return spec.hostUsers().filter(hostUsers -> !hostUsers).isPresent();
    }
  }

  private static SecurityContext context(Container container) {
    return container.securityContext().orElse(SecurityContext.builder().build());
  }

  @FunctionalInterface
  private interface Check {
    /** Reports each field of {@code pod} that breaks the control to {@code out}. */
    void check(Pod pod, BiConsumer<FieldPath, String> out);
  }

  /**
   * One control of the standard.
   *
   * @param level its level
   * @param name its name in the standard
   * @param replaces under restricted, the baseline control it replaces; empty if none
   * @param check the check
   */
  private record Control(Level level, String name, String replaces, Check check) {}

  private static Control baseline(String name, Check check) {
    return new Control(Level.BASELINE, name, "", check);
  }

  private static Control restricted(String name, String replaces, Check check) {
    return new Control(Level.RESTRICTED, name, replaces, check);
  }

  // --- the data of the controls

  /** Capabilities baseline lets containers add: the container runtimes' default set. */
  static final Set<String> BASELINE_CAPABILITIES = Set.of("AUDIT_WRITE", "CHOWN",
      "DAC_OVERRIDE", "FOWNER", "FSETID", "KILL", "MKNOD", "NET_BIND_SERVICE", "SETFCAP",
      "SETGID", "SETPCAP", "SETUID", "SYS_CHROOT");

  /** The SELinux types baseline allows (besides unset or empty). */
  static final Set<String> SELINUX_TYPES = Set.of("container_t", "container_init_t",
      "container_kvm_t", "container_engine_t");

  /** The sysctls baseline allows: namespaced and isolated from other pods. */
  static final Set<String> SAFE_SYSCTLS = Set.of("kernel.shm_rmid_forced",
      "net.ipv4.ip_local_port_range", "net.ipv4.ip_unprivileged_port_start",
      "net.ipv4.tcp_syncookies", "net.ipv4.ping_group_range",
      "net.ipv4.ip_local_reserved_ports", "net.ipv4.tcp_keepalive_time",
      "net.ipv4.tcp_fin_timeout", "net.ipv4.tcp_keepalive_intvl",
      "net.ipv4.tcp_keepalive_probes", "net.ipv4.tcp_rmem", "net.ipv4.tcp_wmem");

  /** The annotation key prefix of the AppArmor profile of a container, before the field. */
  static final String APPARMOR_ANNOTATION_PREFIX = "container.apparmor.security.beta.kubernetes.io/";

  /** Every volume source, by field name, in the order of the API. */
  static final Map<String, Function<Volume, Optional<?>>> VOLUME_SOURCES =
      sourceTable();

  /** The volume sources restricted allows. */
  static final Set<String> RESTRICTED_VOLUME_TYPES = Set.of("configMap", "csi", "downwardAPI",
      "emptyDir", "ephemeral", "image", "persistentVolumeClaim", "projected", "secret");

  private static Map<String, Function<Volume, Optional<?>>> sourceTable() {
    Map<String, Function<Volume, Optional<?>>> table = new LinkedHashMap<>();
    table.put("hostPath", Volume::hostPath);
    table.put("emptyDir", Volume::emptyDir);
    table.put("gcePersistentDisk", Volume::gcePersistentDisk);
    table.put("awsElasticBlockStore", Volume::awsElasticBlockStore);
    table.put("gitRepo", Volume::gitRepo);
    table.put("secret", Volume::secret);
    table.put("nfs", Volume::nfs);
    table.put("iscsi", Volume::iscsi);
    table.put("glusterfs", Volume::glusterfs);
    table.put("persistentVolumeClaim", Volume::persistentVolumeClaim);
    table.put("rbd", Volume::rbd);
    table.put("flexVolume", Volume::flexVolume);
    table.put("cinder", Volume::cinder);
    table.put("cephfs", Volume::cephfs);
    table.put("flocker", Volume::flocker);
    table.put("downwardAPI", Volume::downwardAPI);
    table.put("fc", Volume::fc);
    table.put("azureFile", Volume::azureFile);
    table.put("configMap", Volume::configMap);
    table.put("vsphereVolume", Volume::vsphereVolume);
    table.put("quobyte", Volume::quobyte);
    table.put("azureDisk", Volume::azureDisk);
    table.put("photonPersistentDisk", Volume::photonPersistentDisk);
    table.put("projected", Volume::projected);
    table.put("portworxVolume", Volume::portworxVolume);
    table.put("scaleIO", Volume::scaleIO);
    table.put("storageos", Volume::storageos);
    table.put("csi", Volume::csi);
    table.put("ephemeral", Volume::ephemeral);
    table.put("image", Volume::image);
    return Collections.unmodifiableMap(table);
  }

  private static final List<Control> BASELINE = List.of(
      baseline("HostProcess", PodSecurityStandard::hostProcess),
      baseline("Host Namespaces", PodSecurityStandard::hostNamespaces),
      baseline("Privileged Containers", PodSecurityStandard::privileged),
      baseline("Capabilities", PodSecurityStandard::capabilitiesBaseline),
      baseline("HostPath Volumes", PodSecurityStandard::hostPathVolumes),
      baseline("Host Ports", PodSecurityStandard::hostPorts),
      baseline("Host Probes / Lifecycle Hooks", PodSecurityStandard::probeHosts),
      baseline("AppArmor", PodSecurityStandard::appArmor),
      baseline("SELinux", PodSecurityStandard::seLinux),
      baseline("/proc Mount Type", (pod, out) -> {
        if (!pod.userNamespace()) {
          procMount(pod, out);
        }
      }),
      baseline("Seccomp", PodSecurityStandard::seccompBaseline),
      baseline("Sysctls", PodSecurityStandard::sysctls));

  private static final List<Control> RESTRICTED = List.of(
      restricted("Volume Types", "HostPath Volumes", PodSecurityStandard::volumeTypes),
      restricted("Privilege Escalation", "", PodSecurityStandard::privilegeEscalation),
      restricted("Running as Non-root", "", PodSecurityStandard::runAsNonRoot),
      restricted("Running as Non-root user", "", PodSecurityStandard::runAsUser),
      restricted("Seccomp", "Seccomp", PodSecurityStandard::seccompRestricted),
      restricted("Capabilities", "Capabilities", PodSecurityStandard::capabilitiesRestricted),
      restricted("/proc Mount Type", "/proc Mount Type", PodSecurityStandard::procMount));

  // --- baseline

  private static void hostProcess(Pod pod, BiConsumer<FieldPath, String> out) {
    for (Setter setter : pod.setters()) {
      setter.windows().flatMap(WindowsSecurityContextOptions::hostProcess).filter(b -> b)
          .ifPresent(b -> out.accept(setter.path().child("windowsOptions").child("hostProcess"),
              "must be unset or false, not true"));
    }
  }

  private static void hostNamespaces(Pod pod, BiConsumer<FieldPath, String> out) {
    Map<String, Optional<Boolean>> fields = new LinkedHashMap<>();
    fields.put("hostNetwork", pod.spec().hostNetwork());
    fields.put("hostPID", pod.spec().hostPID());
    fields.put("hostIPC", pod.spec().hostIPC());
    fields.forEach((name, value) -> value.filter(b -> b).ifPresent(
        b -> out.accept(pod.specPath().child(name), "must be unset or false, not true")));
  }

  private static void privileged(Pod pod, BiConsumer<FieldPath, String> out) {
    for (ContainerAt at : pod.containers()) {
      context(at.container()).privileged().filter(b -> b).ifPresent(b -> out.accept(
          at.path().child("securityContext").child("privileged"),
          "must be unset or false, not true"));
    }
  }

  private static void capabilitiesBaseline(Pod pod, BiConsumer<FieldPath, String> out) {
    for (ContainerAt at : pod.containers()) {
      List<String> add = context(at.container()).capabilities().map(Capabilities::add)
          .orElse(List.of());
      for (int i = 0; i < add.size(); i++) {
        if (!BASELINE_CAPABILITIES.contains(add.get(i))) {
          out.accept(at.path().child("securityContext").child("capabilities").child("add")
              .index(i), "\"" + add.get(i) + "\" may not be added; allowed: "
              + String.join(", ", new TreeSet<>(BASELINE_CAPABILITIES)));
        }
      }
    }
  }

  private static void hostPathVolumes(Pod pod, BiConsumer<FieldPath, String> out) {
    List<Volume> volumes = pod.spec().volumes();
    for (int i = 0; i < volumes.size(); i++) {
      if (volumes.get(i).hostPath().isPresent()) {
        out.accept(pod.specPath().child("volumes").index(i).child("hostPath"),
            "must be unset: volume \"" + volumes.get(i).name() + "\" mounts a path of the node");
      }
    }
  }

  private static void hostPorts(Pod pod, BiConsumer<FieldPath, String> out) {
    for (ContainerAt at : pod.containers()) {
      List<ContainerPort> ports = at.container().ports();
      for (int i = 0; i < ports.size(); i++) {
        FieldPath hostPort = at.path().child("ports").index(i).child("hostPort");
        ports.get(i).hostPort().filter(p -> p != 0).ifPresent(
            p -> out.accept(hostPort, "must be unset or 0, not " + p));
      }
    }
  }

  private static void probeHosts(Pod pod, BiConsumer<FieldPath, String> out) {
    for (ContainerAt at : pod.containers()) {
      Container c = at.container();
      Map<String, Optional<Probe>> probes = new LinkedHashMap<>();
      probes.put("livenessProbe", c.livenessProbe());
      probes.put("readinessProbe", c.readinessProbe());
      probes.put("startupProbe", c.startupProbe());
      probes.forEach((name, probe) -> probe.ifPresent(p -> hosts(p.httpGet(), p.tcpSocket(),
          at.path().child(name), out)));
      Optional<Lifecycle> lifecycle = c.lifecycle();
      lifecycle.flatMap(Lifecycle::postStart).ifPresent(h -> hosts(h.httpGet(), h.tcpSocket(),
          at.path().child("lifecycle").child("postStart"), out));
      lifecycle.flatMap(Lifecycle::preStop).ifPresent(h -> hosts(h.httpGet(), h.tcpSocket(),
          at.path().child("lifecycle").child("preStop"), out));
    }
  }

  private static void hosts(Optional<HTTPGetAction> httpGet, Optional<TCPSocketAction> tcpSocket,
      FieldPath at, BiConsumer<FieldPath, String> out) {
    httpGet.flatMap(HTTPGetAction::host).filter(h -> !h.isEmpty()).ifPresent(h -> out.accept(
        at.child("httpGet").child("host"), "must be unset or empty, not \"" + h + "\""));
    tcpSocket.flatMap(TCPSocketAction::host).filter(h -> !h.isEmpty()).ifPresent(h -> out.accept(
        at.child("tcpSocket").child("host"), "must be unset or empty, not \"" + h + "\""));
  }

  private static void appArmor(Pod pod, BiConsumer<FieldPath, String> out) {
    for (Setter setter : pod.setters()) {
      setter.appArmor().map(AppArmorProfile::type)
          .filter(type -> !type.equals("RuntimeDefault") && !type.equals("Localhost"))
          .ifPresent(type -> out.accept(setter.path().child("appArmorProfile").child("type"),
              "must be unset, RuntimeDefault or Localhost, not " + type));
    }
    new TreeMap<>(pod.metadata().annotations()).forEach((key, value) -> {
      if (key.startsWith(APPARMOR_ANNOTATION_PREFIX) && !value.isEmpty()
          && !value.equals("runtime/default") && !value.startsWith("localhost/")) {
        out.accept(pod.metadataPath().child("annotations").key(key),
            "must be runtime/default or localhost/<profile>, not \"" + value + "\"");
      }
    });
  }

  private static void seLinux(Pod pod, BiConsumer<FieldPath, String> out) {
    for (Setter setter : pod.setters()) {
      setter.seLinux().ifPresent(options -> {
        FieldPath at = setter.path().child("seLinuxOptions");
        options.type().filter(t -> !t.isEmpty() && !SELINUX_TYPES.contains(t)).ifPresent(
            t -> out.accept(at.child("type"), "must be unset or one of "
                + String.join(", ", new TreeSet<>(SELINUX_TYPES)) + ", not \"" + t
                + "\""));
        options.user().filter(u -> !u.isEmpty()).ifPresent(
            u -> out.accept(at.child("user"), "must be unset, not \"" + u + "\""));
        options.role().filter(r -> !r.isEmpty()).ifPresent(
            r -> out.accept(at.child("role"), "must be unset, not \"" + r + "\""));
      });
    }
  }

  private static void procMount(Pod pod, BiConsumer<FieldPath, String> out) {
    for (ContainerAt at : pod.containers()) {
      context(at.container()).procMount().filter(m -> !m.equals("Default")).ifPresent(
          m -> out.accept(at.path().child("securityContext").child("procMount"),
              "must be unset or Default, not " + m));
    }
  }

  private static boolean allowedSeccomp(String type) {
    return type.equals("RuntimeDefault") || type.equals("Localhost");
  }

  private static void seccompBaseline(Pod pod, BiConsumer<FieldPath, String> out) {
    for (Setter setter : pod.setters()) {
      setter.seccomp().map(SeccompProfile::type).filter(t -> !allowedSeccomp(t)).ifPresent(
          t -> out.accept(setter.path().child("seccompProfile").child("type"),
              "must be unset, RuntimeDefault or Localhost, not " + t));
    }
  }

  private static void sysctls(Pod pod, BiConsumer<FieldPath, String> out) {
    List<Sysctl> sysctls = pod.security().map(PodSecurityContext::sysctls).orElse(List.of());
    for (int i = 0; i < sysctls.size(); i++) {
      String name = sysctls.get(i).name();
      if (!SAFE_SYSCTLS.contains(name)) {
        out.accept(pod.securityPath().child("sysctls").index(i).child("name"), "\"" + name
            + "\" is not a safe sysctl; safe: "
            + String.join(", ", new TreeSet<>(SAFE_SYSCTLS)));
      }
    }
  }

  // --- restricted

  private static void volumeTypes(Pod pod, BiConsumer<FieldPath, String> out) {
    List<Volume> volumes = pod.spec().volumes();
    for (int i = 0; i < volumes.size(); i++) {
      Volume volume = volumes.get(i);
      for (Map.Entry<String, Function<Volume, Optional<?>>> source : VOLUME_SOURCES.entrySet()) {
        if (!RESTRICTED_VOLUME_TYPES.contains(source.getKey())
            && source.getValue().apply(volume).isPresent()) {
          out.accept(pod.specPath().child("volumes").index(i).child(source.getKey()),
              "must be unset: volume \"" + volume.name() + "\" is of type " + source.getKey()
                  + "; allowed: "
                  + String.join(", ", new TreeSet<>(RESTRICTED_VOLUME_TYPES)));
        }
      }
    }
  }

  /** Every container sets {@code allowPrivilegeEscalation: false}; Windows pods are exempt. */
  private static void privilegeEscalation(Pod pod, BiConsumer<FieldPath, String> out) {
    if (pod.windows()) {
      return;
    }
    for (ContainerAt at : pod.containers()) {
      Optional<Boolean> value = context(at.container()).allowPrivilegeEscalation();
      if (!value.equals(Optional.of(false))) {
        out.accept(at.path().child("securityContext").child("allowPrivilegeEscalation"),
            value.isEmpty() ? "is unset; must be false" : "must be false, not true");
      }
    }
  }

  /**
   * {@code runAsNonRoot}: true on the pod, or on every container; false nowhere. When the pod
   * sets it to false, its containers that leave it unset are not reported again.
   */
  private static void runAsNonRoot(Pod pod, BiConsumer<FieldPath, String> out) {
    if (pod.userNamespace()) {
      return;
    }
    Optional<Boolean> onPod = pod.security().flatMap(PodSecurityContext::runAsNonRoot);
    for (Setter setter : pod.setters()) {
      FieldPath at = setter.path().child("runAsNonRoot");
      if (setter.runAsNonRoot().equals(Optional.of(false))) {
        out.accept(at, "must be true or unset, not false");
      } else if (setter.runAsNonRoot().isEmpty() && onPod.isEmpty()
          && !setter.path().equals(pod.securityPath())) {
        out.accept(at, "is unset here and in " + pod.securityPath() + "; must be true in one "
            + "of them");
      }
    }
  }

  private static void runAsUser(Pod pod, BiConsumer<FieldPath, String> out) {
    if (pod.userNamespace()) {
      return;
    }
    for (Setter setter : pod.setters()) {
      setter.runAsUser().filter(user -> user == 0).ifPresent(user -> out.accept(
          setter.path().child("runAsUser"), "must not be 0 (root)"));
    }
  }

  /**
   * {@code seccompProfile.type}: RuntimeDefault or Localhost on the pod, or on every container.
   * When the pod sets another type, its containers that leave it unset are not reported again. A
   * Windows pod ({@code os.name: windows}) is held to the baseline seccomp control instead.
   */
  private static void seccompRestricted(Pod pod, BiConsumer<FieldPath, String> out) {
    if (pod.windows()) {
      seccompBaseline(pod, out);
      return;
    }
    Optional<String> onPod = pod.security().flatMap(PodSecurityContext::seccompProfile)
        .map(SeccompProfile::type);
    for (Setter setter : pod.setters()) {
      FieldPath at = setter.path().child("seccompProfile").child("type");
      Optional<String> type = setter.seccomp().map(SeccompProfile::type);
      if (type.isPresent() && !allowedSeccomp(type.get())) {
        out.accept(at, "must be RuntimeDefault or Localhost, not " + type.get());
      } else if (type.isEmpty() && onPod.isEmpty() && !setter.path().equals(pod.securityPath())) {
        out.accept(at, "is unset here and in " + pod.securityPath() + "; must be RuntimeDefault "
            + "or Localhost in one of them");
      }
    }
  }

  /**
   * Every container drops {@code ALL} and adds nothing but {@code NET_BIND_SERVICE}. A Windows
   * pod is held to the baseline capabilities control instead.
   */
  private static void capabilitiesRestricted(Pod pod, BiConsumer<FieldPath, String> out) {
    if (pod.windows()) {
      capabilitiesBaseline(pod, out);
      return;
    }
    for (ContainerAt at : pod.containers()) {
      FieldPath capabilities = at.path().child("securityContext").child("capabilities");
      Optional<Capabilities> set = context(at.container()).capabilities();
      List<String> drop = set.map(Capabilities::drop).orElse(List.of());
      if (!drop.contains("ALL")) {
        out.accept(capabilities.child("drop"), drop.isEmpty() ? "is unset; must contain ALL"
            : "must contain ALL, not only " + String.join(", ", drop));
      }
      List<String> add = set.map(Capabilities::add).orElse(List.of());
      for (int i = 0; i < add.size(); i++) {
        if (!add.get(i).equals("NET_BIND_SERVICE")) {
          out.accept(capabilities.child("add").index(i), "\"" + add.get(i)
              + "\" may not be added; only NET_BIND_SERVICE may");
        }
      }
    }
  }
}
