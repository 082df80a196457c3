package dev.gatewaydsl.model.workload;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sLeanStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * {@code core/v1} {@code Volume}, with every field of Kubernetes 1.36.
 *
 * @see <a href="https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#volume-v1-core">Volume in the Kubernetes API reference</a>
 */
@Value.Immutable
@K8sLeanStyle
@JsonDeserialize(as = ImmutableVolume.class)
public interface Volume {

  // Generated from Kubernetes 1.36 by WorkloadModelGenerator: edit the generator, not these lines.

  /** {@code name}: string, required. */
  String name();

  /** {@code hostPath}: {@link HostPathVolumeSource}. */
  Optional<HostPathVolumeSource> hostPath();

  /** {@code emptyDir}: {@link EmptyDirVolumeSource}. */
  Optional<EmptyDirVolumeSource> emptyDir();

  /** {@code gcePersistentDisk}: {@link GCEPersistentDiskVolumeSource}. */
  Optional<GCEPersistentDiskVolumeSource> gcePersistentDisk();

  /** {@code awsElasticBlockStore}: {@link AWSElasticBlockStoreVolumeSource}. */
  Optional<AWSElasticBlockStoreVolumeSource> awsElasticBlockStore();

  /** {@code gitRepo}: {@link GitRepoVolumeSource}. */
  Optional<GitRepoVolumeSource> gitRepo();

  /** {@code secret}: {@link SecretVolumeSource}. */
  Optional<SecretVolumeSource> secret();

  /** {@code nfs}: {@link NFSVolumeSource}. */
  Optional<NFSVolumeSource> nfs();

  /** {@code iscsi}: {@link ISCSIVolumeSource}. */
  Optional<ISCSIVolumeSource> iscsi();

  /** {@code glusterfs}: {@link GlusterfsVolumeSource}. */
  Optional<GlusterfsVolumeSource> glusterfs();

  /** {@code persistentVolumeClaim}: {@link PersistentVolumeClaimVolumeSource}. */
  Optional<PersistentVolumeClaimVolumeSource> persistentVolumeClaim();

  /** {@code rbd}: {@link RBDVolumeSource}. */
  Optional<RBDVolumeSource> rbd();

  /** {@code flexVolume}: {@link FlexVolumeSource}. */
  Optional<FlexVolumeSource> flexVolume();

  /** {@code cinder}: {@link CinderVolumeSource}. */
  Optional<CinderVolumeSource> cinder();

  /** {@code cephfs}: {@link CephFSVolumeSource}. */
  Optional<CephFSVolumeSource> cephfs();

  /** {@code flocker}: {@link FlockerVolumeSource}. */
  Optional<FlockerVolumeSource> flocker();

  /** {@code downwardAPI}: {@link DownwardAPIVolumeSource}. */
  Optional<DownwardAPIVolumeSource> downwardAPI();

  /** {@code fc}: {@link FCVolumeSource}. */
  Optional<FCVolumeSource> fc();

  /** {@code azureFile}: {@link AzureFileVolumeSource}. */
  Optional<AzureFileVolumeSource> azureFile();

  /** {@code configMap}: {@link ConfigMapVolumeSource}. */
  Optional<ConfigMapVolumeSource> configMap();

  /** {@code vsphereVolume}: {@link VsphereVirtualDiskVolumeSource}. */
  Optional<VsphereVirtualDiskVolumeSource> vsphereVolume();

  /** {@code quobyte}: {@link QuobyteVolumeSource}. */
  Optional<QuobyteVolumeSource> quobyte();

  /** {@code azureDisk}: {@link AzureDiskVolumeSource}. */
  Optional<AzureDiskVolumeSource> azureDisk();

  /** {@code photonPersistentDisk}: {@link PhotonPersistentDiskVolumeSource}. */
  Optional<PhotonPersistentDiskVolumeSource> photonPersistentDisk();

  /** {@code projected}: {@link ProjectedVolumeSource}. */
  Optional<ProjectedVolumeSource> projected();

  /** {@code portworxVolume}: {@link PortworxVolumeSource}. */
  Optional<PortworxVolumeSource> portworxVolume();

  /** {@code scaleIO}: {@link ScaleIOVolumeSource}. */
  Optional<ScaleIOVolumeSource> scaleIO();

  /** {@code storageos}: {@link StorageOSVolumeSource}. */
  Optional<StorageOSVolumeSource> storageos();

  /** {@code csi}: {@link CSIVolumeSource}. */
  Optional<CSIVolumeSource> csi();

  /** {@code ephemeral}: {@link EphemeralVolumeSource}. */
  Optional<EphemeralVolumeSource> ephemeral();

  /** {@code image}: {@link ImageVolumeSource}. */
  Optional<ImageVolumeSource> image();

  // End of generated fields.

  /**
   * A volume {@code name} holding the keys of the ConfigMap {@code configMapName} as files. {@code
   * Volume.configMap("config", "app-config")} gives, as an entry of a pod's {@code volumes}:
   *
   * <pre>
   * volumes:
   * - name: config
   *   configMap:
   *     name: app-config
   * </pre>
   */
  static Volume configMap(String name, String configMapName) {
    return builder().name(name)
        .configMap(ConfigMapVolumeSource.builder().name(configMapName).build()).build();
  }

  /**
   * A volume {@code name} holding the keys of the Secret {@code secretName} as files. {@code
   * Volume.secret("tls", "web-tls")} gives, as an entry of a pod's {@code volumes}:
   *
   * <pre>
   * volumes:
   * - name: tls
   *   secret:
   *     secretName: web-tls
   * </pre>
   */
  static Volume secret(String name, String secretName) {
    return builder().name(name)
        .secret(SecretVolumeSource.builder().secretName(secretName).build()).build();
  }

  /**
   * An empty directory {@code name} that lives as long as the pod, on the node's default medium.
   * {@code Volume.emptyDir("cache")} gives, as an entry of a pod's {@code volumes}:
   *
   * <pre>
   * volumes:
   * - name: cache
   *   emptyDir: {}
   * </pre>
   */
  static Volume emptyDir(String name) {
    return builder().name(name).emptyDir(EmptyDirVolumeSource.builder().build()).build();
  }

  /**
   * A volume {@code name} backed by the PersistentVolumeClaim {@code claimName} in the pod's
   * namespace. {@code Volume.persistentVolumeClaim("data", "web-data")} gives, as an entry of a
   * pod's {@code volumes}:
   *
   * <pre>
   * volumes:
   * - name: data
   *   persistentVolumeClaim:
   *     claimName: web-data
   * </pre>
   */
  static Volume persistentVolumeClaim(String name, String claimName) {
    return builder().name(name).persistentVolumeClaim(PersistentVolumeClaimVolumeSource.builder()
        .claimName(claimName).build()).build();
  }

  /** Returns an empty builder of {@code Volume}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Volume}. */
  final class Builder extends ImmutableVolume.Builder {}
}
