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
 * The Immutables style of the Kubernetes types with many fields that nothing navigates into by
 * builder ({@code PodSpec}, {@code Container} and the generated types of {@code model.workload}):
 * {@link K8sStyle} without {@code withX(...)} copy methods and without builders for nested values.
 * Both grow with the square of the number of fields (each copy method passes every field), and a
 * pod spec has over forty: without them, building and writing a Deployment loads a third of the
 * bytecode. Change a value with {@code X.builder().mergeFrom(x)...build()}. Apart from these two
 * settings, this is {@link K8sStyle} (kept equal by {@code StylesTest}).
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
    attributeBuilderDetection = false,
    defaults = @Value.Immutable(copy = false),
    from = "mergeFrom",
    privateNoargConstructor = true,
    throwForInvalidImmutableState = InvalidResourceException.class,
    throwForNullPointer = InvalidResourceException.class,
    // no @Generated on generated classes: org.immutables.value.Generated is not on a user's
    // classpath, and javac -Xlint:all warns about every class file that names it
    allowedClasspathAnnotations = {Override.class})
public @interface K8sLeanStyle {}
