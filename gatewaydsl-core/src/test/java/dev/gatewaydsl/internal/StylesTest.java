package dev.gatewaydsl.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The two Immutables styles differ only in what {@link K8sLeanStyle} says it leaves out. They are
 * kept to the source (the annotation processor reads them), so they are compared as source.
 */
class StylesTest {

  private static List<String> settings(String style) throws IOException {
    String source = Files.readString(
        Path.of("src/main/java/dev/gatewaydsl/internal/" + style + ".java"),
        StandardCharsets.UTF_8);
    String block = source.substring(source.indexOf("@Value.Style("),
        source.indexOf("public @interface"));
    return block.lines().map(String::strip).collect(Collectors.toList());
  }

  @Test
  void theLeanStyleIsTheStyleWithoutCopiesAndNestedBuilders() throws IOException {
    List<String> style = settings("K8sStyle");
    List<String> lean = settings("K8sLeanStyle");

    assertThat(style).contains("attributeBuilderDetection = true,")
        .doesNotContain("defaults = @Value.Immutable(copy = false),");
    assertThat(lean).contains("attributeBuilderDetection = false,",
        "defaults = @Value.Immutable(copy = false),");
    style.remove("attributeBuilderDetection = true,");
    lean.remove("attributeBuilderDetection = false,");
    lean.remove("defaults = @Value.Immutable(copy = false),");
    assertThat(lean).isEqualTo(style);
  }
}
