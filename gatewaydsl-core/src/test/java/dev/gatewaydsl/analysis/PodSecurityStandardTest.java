package dev.gatewaydsl.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatewaydsl.analysis.PodSecurityStandard.Level;
import dev.gatewaydsl.model.ObjectMeta;
import dev.gatewaydsl.model.workload.AppArmorProfile;
import dev.gatewaydsl.model.workload.Capabilities;
import dev.gatewaydsl.model.workload.Container;
import dev.gatewaydsl.model.workload.ContainerPort;
import dev.gatewaydsl.model.workload.EmptyDirVolumeSource;
import dev.gatewaydsl.model.workload.HTTPGetAction;
import dev.gatewaydsl.model.workload.HostPathVolumeSource;
import dev.gatewaydsl.model.workload.ImageVolumeSource;
import dev.gatewaydsl.model.workload.IntOrString;
import dev.gatewaydsl.model.workload.Lifecycle;
import dev.gatewaydsl.model.workload.LifecycleHandler;
import dev.gatewaydsl.model.workload.NFSVolumeSource;
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
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every control of the Pod Security Standards on both sides: each case breaks one control of a
 * pod that meets restricted, and a second change puts the same field at the nearest value the
 * control allows.
 */
class PodSecurityStandardTest {

  static final String SPEC = "spec.template.spec";
  static final String WEB = SPEC + ".containers[0]";
  static final String WEB_SECURITY = WEB + ".securityContext";
  static final String POD_SECURITY = SPEC + ".securityContext";

  /** A pod that meets restricted, built anew by each case, with one container "web". */
  static final class Pod {
    final ObjectMeta.Builder metadata = ObjectMeta.builder();
    final PodSpec.Builder spec = PodSpec.builder();
    final PodSecurityContext.Builder podSecurity = PodSecurityContext.builder()
        .runAsNonRoot(true).seccompProfile(SeccompProfile.builder().type("RuntimeDefault").build());
    final SecurityContext.Builder security = SecurityContext.builder()
        .allowPrivilegeEscalation(false).capabilities(Capabilities.builder().addDrop("ALL")
            .build());
    final Container.Builder web = Container.builder().name("web").image("nginx:1.27")
        .addPort(ContainerPort.of(8080));

    PodTemplateSpec build() {
      return PodTemplateSpec.builder().metadata(metadata.build())
          .spec(spec.securityContext(podSecurity.build())
              .addContainer(web.securityContext(security.build()).build()).build())
          .build();
    }
  }

  static List<String> check(Level level, Consumer<Pod> change) {
    Pod pod = new Pod();
    change.accept(pod);
    return PodSecurityStandard.check(level, pod.build(), FieldPath.of("spec", "template"))
        .stream().map(PodSecurityStandard.Violation::toString).toList();
  }

  /**
   * One control broken and put right.
   *
   * @param level the level the pod is checked at
   * @param bad breaks the control
   * @param expected the one violation {@code bad} gives, as printed
   * @param good the nearest allowed value of the same field
   */
  record Case(String name, Level level, Consumer<Pod> bad, String expected, Consumer<Pod> good) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Case baseline(String name, Consumer<Pod> bad, String expected, Consumer<Pod> good) {
    return new Case(name, Level.BASELINE, bad, expected, good);
  }

  static Case restricted(String name, Consumer<Pod> bad, String expected, Consumer<Pod> good) {
    return new Case(name, Level.RESTRICTED, bad, expected, good);
  }

  static Probe httpProbe(String host) {
    return Probe.builder().httpGet(HTTPGetAction.builder().port(IntOrString.of(8080)).path("/")
        .host(host).build()).build();
  }

  static Stream<Case> cases() {
    String everySafeSysctl = "kernel.shm_rmid_forced, net.ipv4.ip_local_port_range, "
        + "net.ipv4.ip_local_reserved_ports, net.ipv4.ip_unprivileged_port_start, "
        + "net.ipv4.ping_group_range, net.ipv4.tcp_fin_timeout, net.ipv4.tcp_keepalive_intvl, "
        + "net.ipv4.tcp_keepalive_probes, net.ipv4.tcp_keepalive_time, net.ipv4.tcp_rmem, "
        + "net.ipv4.tcp_syncookies, net.ipv4.tcp_wmem";
    return Stream.of(
        // --- baseline
        baseline("HostProcess on the pod",
            p -> p.podSecurity.windowsOptions(
                WindowsSecurityContextOptions.builder().hostProcess(true).build()),
            POD_SECURITY + ".windowsOptions.hostProcess: must be unset or false, not true "
                + "(HostProcess, baseline)",
            p -> p.podSecurity.windowsOptions(
                WindowsSecurityContextOptions.builder().hostProcess(false).build())),
        baseline("HostProcess on a container",
            p -> p.security.windowsOptions(
                WindowsSecurityContextOptions.builder().hostProcess(true).build()),
            WEB_SECURITY + ".windowsOptions.hostProcess: must be unset or false, not true "
                + "(HostProcess, baseline)",
            p -> p.security.windowsOptions(
                WindowsSecurityContextOptions.builder().hostProcess(false).build())),
        baseline("hostNetwork", p -> p.spec.hostNetwork(true),
            SPEC + ".hostNetwork: must be unset or false, not true (Host Namespaces, baseline)",
            p -> p.spec.hostNetwork(false)),
        baseline("hostPID", p -> p.spec.hostPID(true),
            SPEC + ".hostPID: must be unset or false, not true (Host Namespaces, baseline)",
            p -> p.spec.hostPID(false)),
        baseline("hostIPC", p -> p.spec.hostIPC(true),
            SPEC + ".hostIPC: must be unset or false, not true (Host Namespaces, baseline)",
            p -> p.spec.hostIPC(false)),
        baseline("privileged", p -> p.security.privileged(true),
            WEB_SECURITY + ".privileged: must be unset or false, not true (Privileged "
                + "Containers, baseline)",
            p -> p.security.privileged(false)),
        baseline("privileged init container",
            p -> p.spec.addInitContainer(Container.builder().name("init").image("busybox")
                .securityContext(SecurityContext.builder().privileged(true).build()).build()),
            SPEC + ".initContainers[0].securityContext.privileged: must be unset or false, not "
                + "true (Privileged Containers, baseline)",
            p -> p.spec.addInitContainer(Container.builder().name("init").image("busybox")
                .securityContext(SecurityContext.builder().privileged(false).build()).build())),
        baseline("capability outside the default set",
            p -> p.security.capabilities(Capabilities.builder().addAdd("NET_RAW").build()),
            WEB_SECURITY + ".capabilities.add[0]: \"NET_RAW\" may not be added; allowed: "
                + "AUDIT_WRITE, CHOWN, DAC_OVERRIDE, FOWNER, FSETID, KILL, MKNOD, "
                + "NET_BIND_SERVICE, SETFCAP, SETGID, SETPCAP, SETUID, SYS_CHROOT "
                + "(Capabilities, baseline)",
            p -> p.security.capabilities(Capabilities.builder().addAdd("SYS_CHROOT").build())),
        baseline("hostPath volume",
            p -> p.spec.addVolume(Volume.builder().name("logs").hostPath(
                HostPathVolumeSource.builder().path("/var/log").build())
                .build()),
            SPEC + ".volumes[0].hostPath: must be unset: volume \"logs\" mounts a path of the "
                + "node (HostPath Volumes, baseline)",
            p -> p.spec.addVolume(Volume.builder().name("logs").emptyDir(
                EmptyDirVolumeSource.builder().build()).build())),
        baseline("hostPort", p -> p.web.ports(List.of(ContainerPort.builder().containerPort(8080)
                .hostPort(8080).build())),
            WEB + ".ports[0].hostPort: must be unset or 0, not 8080 (Host Ports, baseline)",
            p -> p.web.ports(List.of(ContainerPort.builder().containerPort(8080).hostPort(0)
                .build()))),
        baseline("probe httpGet host", p -> p.web.livenessProbe(httpProbe("10.0.0.1")),
            WEB + ".livenessProbe.httpGet.host: must be unset or empty, not \"10.0.0.1\" "
                + "(Host Probes / Lifecycle Hooks, baseline)",
            p -> p.web.livenessProbe(httpProbe(""))),
        baseline("probe tcpSocket host",
            p -> p.web.readinessProbe(Probe.builder().tcpSocket(TCPSocketAction.builder()
                .port(IntOrString.of(8080)).host("db.internal").build()).build()),
            WEB + ".readinessProbe.tcpSocket.host: must be unset or empty, not \"db.internal\" "
                + "(Host Probes / Lifecycle Hooks, baseline)",
            p -> p.web.readinessProbe(Probe.builder().tcpSocket(TCPSocketAction.builder()
                .port(IntOrString.of(8080)).build()).build())),
        baseline("lifecycle hook host",
            p -> p.web.lifecycle(Lifecycle.builder().preStop(LifecycleHandler.builder()
                .httpGet(httpProbe("10.0.0.1").httpGet().get()).build()).build()),
            WEB + ".lifecycle.preStop.httpGet.host: must be unset or empty, not \"10.0.0.1\" "
                + "(Host Probes / Lifecycle Hooks, baseline)",
            p -> p.web.lifecycle(Lifecycle.builder().preStop(LifecycleHandler.builder()
                .httpGet(httpProbe("").httpGet().get()).build()).build())),
        baseline("AppArmor field", p -> p.podSecurity.appArmorProfile(
            AppArmorProfile.builder().type("Unconfined").build()),
            POD_SECURITY + ".appArmorProfile.type: must be unset, RuntimeDefault or Localhost, "
                + "not Unconfined (AppArmor, baseline)",
            p -> p.podSecurity.appArmorProfile(AppArmorProfile.builder().type("Localhost")
                .localhostProfile("k8s-web").build())),
        baseline("AppArmor annotation",
            p -> p.metadata.putAnnotation("container.apparmor.security.beta.kubernetes.io/web",
                "unconfined"),
            "spec.template.metadata.annotations[container.apparmor.security.beta.kubernetes.io/"
                + "web]: must be runtime/default or localhost/<profile>, not \"unconfined\" "
                + "(AppArmor, baseline)",
            p -> p.metadata.putAnnotation("container.apparmor.security.beta.kubernetes.io/web",
                "localhost/k8s-web")),
        baseline("SELinux type", p -> p.security.seLinuxOptions(
            SELinuxOptions.builder().type("spc_t").build()),
            WEB_SECURITY + ".seLinuxOptions.type: must be unset or one of container_engine_t, "
                + "container_init_t, container_kvm_t, container_t, not \"spc_t\" (SELinux, "
                + "baseline)",
            p -> p.security.seLinuxOptions(
                SELinuxOptions.builder().type("container_engine_t").build())),
        baseline("SELinux user", p -> p.podSecurity.seLinuxOptions(
            SELinuxOptions.builder().user("system_u").build()),
            POD_SECURITY + ".seLinuxOptions.user: must be unset, not \"system_u\" (SELinux, "
                + "baseline)",
            p -> p.podSecurity.seLinuxOptions(
                SELinuxOptions.builder().level("s0:c123,c456").build())),
        baseline("SELinux role", p -> p.podSecurity.seLinuxOptions(
            SELinuxOptions.builder().role("sysadm_r").build()),
            POD_SECURITY + ".seLinuxOptions.role: must be unset, not \"sysadm_r\" (SELinux, "
                + "baseline)",
            p -> p.podSecurity.seLinuxOptions(SELinuxOptions.builder().role("").build())),
        baseline("procMount", p -> p.security.procMount("Unmasked"),
            WEB_SECURITY + ".procMount: must be unset or Default, not Unmasked (/proc Mount "
                + "Type, baseline)",
            p -> p.security.procMount("Default")),
        baseline("procMount in a user namespace", p -> p.security.procMount("Unmasked"),
            WEB_SECURITY + ".procMount: must be unset or Default, not Unmasked (/proc Mount "
                + "Type, baseline)",
            p -> {
              p.security.procMount("Unmasked");
              p.spec.hostUsers(false);
            }),
        baseline("seccomp", p -> p.security.seccompProfile(
            SeccompProfile.builder().type("Unconfined").build()),
            WEB_SECURITY + ".seccompProfile.type: must be unset, RuntimeDefault or Localhost, "
                + "not Unconfined (Seccomp, baseline)",
            p -> p.security.seccompProfile(
                SeccompProfile.builder().type("Localhost").localhostProfile("web.json").build())),
        baseline("sysctl", p -> p.podSecurity.addSysctl(Sysctl.builder().name("kernel.msgmax")
                .value("65536").build()),
            POD_SECURITY + ".sysctls[0].name: \"kernel.msgmax\" is not a safe sysctl; safe: "
                + everySafeSysctl + " (Sysctls, baseline)",
            p -> p.podSecurity.addSysctl(Sysctl.builder().name("net.ipv4.tcp_rmem")
                .value("4096 87380 16777216").build())),

        // --- restricted
        restricted("volume type", p -> p.spec.addVolume(Volume.builder().name("data")
                .nfs(NFSVolumeSource.builder().server("nfs.internal").path("/data").build())
                .build()),
            SPEC + ".volumes[0].nfs: must be unset: volume \"data\" is of type nfs; allowed: "
                + "configMap, csi, downwardAPI, emptyDir, ephemeral, image, "
                + "persistentVolumeClaim, projected, secret (Volume Types, restricted)",
            p -> p.spec.addVolume(Volume.builder().name("data")
                .image(ImageVolumeSource.builder().reference("registry.example.com/data:1").build())
                .build())),
        restricted("hostPath is a volume type restricted forbids",
            p -> p.spec.addVolume(Volume.builder().name("logs").hostPath(
                HostPathVolumeSource.builder().path("/var/log").build())
                .build()),
            SPEC + ".volumes[0].hostPath: must be unset: volume \"logs\" is of type hostPath; "
                + "allowed: configMap, csi, downwardAPI, emptyDir, ephemeral, image, "
                + "persistentVolumeClaim, projected, secret (Volume Types, restricted)",
            p -> p.spec.addVolume(Volume.builder().name("logs").emptyDir(
                EmptyDirVolumeSource.builder().build()).build())),
        restricted("allowPrivilegeEscalation unset",
            p -> p.security.allowPrivilegeEscalation(java.util.Optional.empty()),
            WEB_SECURITY + ".allowPrivilegeEscalation: is unset; must be false (Privilege "
                + "Escalation, restricted)",
            p -> p.security.allowPrivilegeEscalation(false)),
        restricted("allowPrivilegeEscalation true", p -> p.security.allowPrivilegeEscalation(true),
            WEB_SECURITY + ".allowPrivilegeEscalation: must be false, not true (Privilege "
                + "Escalation, restricted)",
            p -> {
              p.security.allowPrivilegeEscalation(java.util.Optional.empty());
              p.spec.os(PodOS.builder().name("windows").build());
            }),
        restricted("runAsNonRoot unset on pod and container",
            p -> p.podSecurity.runAsNonRoot(java.util.Optional.empty()),
            WEB_SECURITY + ".runAsNonRoot: is unset here and in " + POD_SECURITY + "; must be "
                + "true in one of them (Running as Non-root, restricted)",
            p -> {
              p.podSecurity.runAsNonRoot(java.util.Optional.empty());
              p.security.runAsNonRoot(true);
            }),
        restricted("runAsNonRoot false on a container", p -> p.security.runAsNonRoot(false),
            WEB_SECURITY + ".runAsNonRoot: must be true or unset, not false (Running as "
                + "Non-root, restricted)",
            p -> {
              p.security.runAsNonRoot(false);
              p.spec.hostUsers(false);
            }),
        restricted("runAsNonRoot false on the pod", p -> p.podSecurity.runAsNonRoot(false),
            POD_SECURITY + ".runAsNonRoot: must be true or unset, not false (Running as "
                + "Non-root, restricted)",
            p -> {
              p.podSecurity.runAsNonRoot(java.util.Optional.empty());
              p.security.runAsNonRoot(true);
            }),
        restricted("runAsUser 0", p -> p.security.runAsUser(0),
            WEB_SECURITY + ".runAsUser: must not be 0 (root) (Running as Non-root user, "
                + "restricted)",
            p -> p.security.runAsUser(1)),
        restricted("runAsUser 0 in a user namespace", p -> p.podSecurity.runAsUser(0),
            POD_SECURITY + ".runAsUser: must not be 0 (root) (Running as Non-root user, "
                + "restricted)",
            p -> {
              p.podSecurity.runAsUser(0);
              p.spec.hostUsers(false);
            }),
        restricted("seccomp unset on pod and container",
            p -> p.podSecurity.seccompProfile(java.util.Optional.empty()),
            WEB_SECURITY + ".seccompProfile.type: is unset here and in " + POD_SECURITY + "; "
                + "must be RuntimeDefault or Localhost in one of them (Seccomp, restricted)",
            p -> {
              p.podSecurity.seccompProfile(java.util.Optional.empty());
              p.security.seccompProfile(SeccompProfile.builder().type("RuntimeDefault").build());
            }),
        restricted("seccomp Unconfined",
            p -> p.podSecurity.seccompProfile(SeccompProfile.builder().type("Unconfined").build()),
            POD_SECURITY + ".seccompProfile.type: must be RuntimeDefault or Localhost, not "
                + "Unconfined (Seccomp, restricted)",
            p -> {
              p.podSecurity.seccompProfile(java.util.Optional.empty());
              p.spec.os(PodOS.builder().name("windows").build());
            }),
        restricted("capabilities not dropped",
            p -> p.security.capabilities(java.util.Optional.empty()),
            WEB_SECURITY + ".capabilities.drop: is unset; must contain ALL (Capabilities, "
                + "restricted)",
            p -> p.security.capabilities(Capabilities.builder().addDrop("ALL").build())),
        restricted("capability added",
            p -> p.security.capabilities(Capabilities.builder().addDrop("ALL").addAdd("CHOWN")
                .build()),
            WEB_SECURITY + ".capabilities.add[0]: \"CHOWN\" may not be added; only "
                + "NET_BIND_SERVICE may (Capabilities, restricted)",
            p -> p.security.capabilities(Capabilities.builder().addDrop("ALL")
                .addAdd("NET_BIND_SERVICE").build())),
        restricted("procMount, even in a user namespace",
            p -> {
              p.security.procMount("Unmasked");
              p.spec.hostUsers(false);
            },
            WEB_SECURITY + ".procMount: must be unset or Default, not Unmasked (/proc Mount "
                + "Type, restricted)",
            p -> p.security.procMount("Default")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void theChangeBreaksExactlyItsControl(Case c) {
    assertThat(check(c.level(), c.bad())).containsExactly(c.expected());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void theNearestAllowedValueIsAdmitted(Case c) {
    assertThat(check(c.level(), c.good())).isEmpty();
  }

  @Test
  void theDefaultPodMeetsBaselineButNotRestricted() {
    PodTemplateSpec plain = PodTemplateSpec.builder().spec(PodSpec.builder()
        .addContainer(Container.of("web", "nginx:1.27")).build()).build();

    assertThat(PodSecurityStandard.check(Level.BASELINE, plain, FieldPath.of("spec", "template")))
        .isEmpty();
    assertThat(PodSecurityStandard.check(Level.RESTRICTED, plain,
        FieldPath.of("spec", "template")))
        .extracting(v -> v.control() + " " + v.path()).containsExactly(
            "Privilege Escalation " + WEB_SECURITY + ".allowPrivilegeEscalation",
            "Running as Non-root " + WEB_SECURITY + ".runAsNonRoot",
            "Seccomp " + WEB_SECURITY + ".seccompProfile.type",
            "Capabilities " + WEB_SECURITY + ".capabilities.drop");
  }

  @Test
  void aWindowsPodIsStillHeldToBaselineSeccompAndCapabilities() {
    List<String> found = check(Level.RESTRICTED, p -> {
      p.spec.os(PodOS.builder().name("windows").build());
      p.security.seccompProfile(SeccompProfile.builder().type("Unconfined").build());
      p.security.capabilities(Capabilities.builder().addAdd("NET_RAW").build());
    });

    assertThat(found).containsExactly(
        WEB_SECURITY + ".seccompProfile.type: must be unset, RuntimeDefault or Localhost, not "
            + "Unconfined (Seccomp, restricted)",
        WEB_SECURITY + ".capabilities.add[0]: \"NET_RAW\" may not be added; allowed: "
            + "AUDIT_WRITE, CHOWN, DAC_OVERRIDE, FOWNER, FSETID, KILL, MKNOD, NET_BIND_SERVICE, "
            + "SETFCAP, SETGID, SETPCAP, SETUID, SYS_CHROOT (Capabilities, restricted)");
  }

  @Test
  void levelsAreReadFromTheNamespaceLabelValue() {
    assertThat(Level.ofLabel("restricted")).contains(Level.RESTRICTED);
    assertThat(Level.ofLabel("baseline")).contains(Level.BASELINE);
    assertThat(Level.ofLabel("privileged")).isEmpty();
    assertThat(Level.ofLabel("Restricted")).isEmpty();
  }

  @Test
  void theSafeSysctlsAreThoseOfKubernetes136() {
    assertThat(PodSecurityStandard.SAFE_SYSCTLS).hasSize(12)
        .doesNotContain("net.ipv4.tcp_slow_start_after_idle");
  }

  @Test
  void everyVolumeSourceOfTheModelIsKnownToTheVolumeTypesControl() {
    List<String> sources = java.util.Arrays.stream(Volume.class.getDeclaredMethods())
        .filter(m -> m.getReturnType() == java.util.Optional.class && m.getParameterCount() == 0)
        .map(java.lang.reflect.Method::getName)
        .toList();

    assertThat(PodSecurityStandard.VOLUME_SOURCES.keySet())
        .containsExactlyInAnyOrderElementsOf(sources);
    assertThat(PodSecurityStandard.VOLUME_SOURCES.keySet())
        .containsAll(PodSecurityStandard.RESTRICTED_VOLUME_TYPES);
  }
}
