package dev.gatewaydsl.maven;

import dev.gatewaydsl.gitops.ManifestDirectory;
import dev.gatewaydsl.gitops.WriteOptions;
import dev.gatewaydsl.gitops.WriteReport;
import dev.gatewaydsl.model.KubernetesResource;
import dev.gatewaydsl.yaml.ManifestProvider;
import java.io.File;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;

/**
 * Writes the GitOps directory {@link #outputDirectory} from the {@link ManifestProvider} class
 * {@link #provider} of the project: the class is loaded from the project's compiled classes and
 * runtime dependencies, created with its public no-argument constructor, and its resources are
 * written with {@link ManifestDirectory#write} ({@link #prune} by default), which prints one line per
 * file created, updated or deleted.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.PROCESS_CLASSES, threadSafe = true,
    requiresDependencyResolution = ResolutionScope.RUNTIME)
public class GenerateMojo extends AbstractMojo {
  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  MavenProject project;

  /** The fully qualified name of the project's class implementing {@link ManifestProvider}. */
  @Parameter(property = "gatewaydsl.provider", required = true)
  String provider;

  /** The GitOps directory written. */
  @Parameter(property = "gatewaydsl.outputDirectory",
      defaultValue = "${project.basedir}/gitops")
  File outputDirectory;

  /** Whether generated files no longer in the set are deleted (never files without the header). */
  @Parameter(property = "gatewaydsl.prune", defaultValue = "true")
  boolean prune;

  /** Whether a Secret carrying data may be written (see {@link WriteOptions#secretData()}). */
  @Parameter(property = "gatewaydsl.secretData", defaultValue = "false")
  boolean secretData;

  @Override
  public void execute() throws MojoExecutionException {
    Collection<? extends KubernetesResource> resources;
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    try (URLClassLoader loader = new URLClassLoader(classpath(), getClass().getClassLoader())) {
      thread.setContextClassLoader(loader);
      Class<?> type = Class.forName(provider, true, loader);
      if (!ManifestProvider.class.isAssignableFrom(type)) {
        throw new MojoExecutionException(provider + " does not implement "
            + ManifestProvider.class.getName());
      }
      resources = type.asSubclass(ManifestProvider.class).getConstructor().newInstance()
          .resources();
    } catch (ClassNotFoundException e) {
      throw new MojoExecutionException("no class " + provider + " in the project's classes and "
          + "runtime dependencies", e);
    } catch (ReflectiveOperationException e) {
      throw new MojoExecutionException("cannot create " + provider + " with its public "
          + "no-argument constructor: " + e, e);
    } catch (IOException e) {
      throw new MojoExecutionException(e.getMessage(), e);
    } finally {
      thread.setContextClassLoader(previous);
    }
    Path dir = outputDirectory.toPath();
    WriteReport report;
    try {
      report = ManifestDirectory.write(dir, resources,
          WriteOptions.defaults().withPrune(prune).withSecretData(secretData));
    } catch (IOException | IllegalArgumentException e) {
      throw new MojoExecutionException("gatewaydsl generate: " + e.getMessage(), e);
    }
    report.created().forEach(p -> getLog().info("created " + dir.resolve(p)));
    report.updated().forEach(p -> getLog().info("updated " + dir.resolve(p)));
    report.deleted().forEach(p -> getLog().info("deleted " + dir.resolve(p)));
    getLog().info(dir + ": " + report.created().size() + " created, " + report.updated().size()
        + " updated, " + report.unchanged().size() + " unchanged, " + report.deleted().size()
        + " deleted");
  }

  private URL[] classpath() throws MojoExecutionException {
    try {
      List<URL> urls = new ArrayList<>();
      for (String element : project.getRuntimeClasspathElements()) {
        urls.add(new File(element).toURI().toURL());
      }
      return urls.toArray(URL[]::new);
    } catch (DependencyResolutionRequiredException | MalformedURLException e) {
      throw new MojoExecutionException("cannot resolve the project's runtime classpath", e);
    }
  }
}
