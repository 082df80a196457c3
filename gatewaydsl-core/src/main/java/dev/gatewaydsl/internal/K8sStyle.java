package dev.gatewaydsl.internal;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.gatewaydsl.validation.InvalidResourceException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;
import org.immutables.value.Value.Style.ImplementationVisibility;

/**
 * The one Immutables style of every model type: the generated {@code ImmutableX} stays
 * package-private, {@code build()} and {@code withX(...)} return the abstract type, and builders
 * expose {@code xBuilder()} for nested values so shortcuts can forward to them. Generated classes
 * carry no {@code @Generated} annotation, so users compile against them without Immutables on their
 * class path. The style itself is kept to the source: the annotation processor reads it while core
 * compiles, and no class file names it or Immutables' types.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.SOURCE)
@JsonSerialize
@Value.Style(
    visibility = ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    depluralize = true,
    depluralizeDictionary = {
      "address:addresses",
      "match:matches",
      "hostname:hostnames",
      "parentRef:parentRefs",
      "backendRef:backendRefs",
      "rule:rules",
      "listener:listeners",
      "container:containers",
      "port:ports",
      "kind:kinds",
      "certificateRef:certificateRefs",
      "caCertificateRef:caCertificateRefs",
      "label:labels",
      "annotation:annotations",
      "option:options",
      "ipFamily:ipFamilies",
      "policy:policies",
      "hostAlias:hostAliases"
    },
    attributeBuilderDetection = true,
    from = "mergeFrom",
    privateNoargConstructor = true,
    throwForInvalidImmutableState = InvalidResourceException.class,
    throwForNullPointer = InvalidResourceException.class,
    // no @Generated on generated classes: org.immutables.value.Generated is not on a user's
    // classpath, and javac -Xlint:all warns about every class file that names it
    allowedClasspathAnnotations = {Override.class})
public @interface K8sStyle {}
