package org.judicialmetrics.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.apache.spark.launcher.JavaModuleOptions;
import org.junit.jupiter.api.Test;

/** The pom's copy of Spark's JVM flags (used by surefire and jobs/run) must be the list Spark's own launcher uses. */
class JvmOptionsTest {
    @Test
    void pomListEqualsSparksList() throws IOException {
        try (InputStream in = JvmOptionsTest.class.getResourceAsStream("/jvm-options.txt")) {
            String ours = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
            assertThat(ours).isEqualTo(JavaModuleOptions.defaultModuleOptions().strip());
        }
    }
}
