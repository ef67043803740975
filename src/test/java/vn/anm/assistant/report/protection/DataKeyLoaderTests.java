package vn.anm.assistant.report.protection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;

import vn.anm.assistant.AssistantApplication;
import vn.anm.assistant.report.DataProtectionProperties;
import vn.anm.assistant.report.TestDrafts;

class DataKeyLoaderTests {

    @TempDir
    Path dataDir;

    @Test
    void withoutAConfiguredKeyAnOwnerOnlyKeyFileIsGeneratedOnceAndReused() throws Exception {
        DataKey first = DataKeyLoader.load(new DataProtectionProperties(dataDir, null, false));
        DataKey again = DataKeyLoader.load(new DataProtectionProperties(dataDir, null, false));

        Path file = dataDir.resolve(DataKeyLoader.KEY_FILE);
        assertThat(again).isEqualTo(first);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }

    @Test
    void theConfiguredKeyWinsAndABadOneIsRefused() {
        assertThat(DataKeyLoader.load(new DataProtectionProperties(dataDir, TestDrafts.DATA_KEY, true))).isNotNull();
        assertThat(dataDir.resolve(DataKeyLoader.KEY_FILE)).doesNotExist();
        assertThatThrownBy(() -> DataKeyLoader.load(new DataProtectionProperties(dataDir, "c2hvcnQ=", false)))
                .hasMessageContaining("32 bytes");
    }

    @Test
    void theProdProfileRefusesToStartWithoutTheDataKey() {
        String dir = dataDir.toAbsolutePath().toString();
        assertThatThrownBy(() -> new SpringApplicationBuilder(AssistantApplication.class)
                .web(WebApplicationType.NONE)
                .profiles("prod")
                .run("--anm.knowledge.watch=false", "--anm.data-dir=" + dir, "--anm.data-key=",
                        "--SPRING_R2DBC_URL=r2dbc:h2:file:///" + dir + "/anm", "--SPRING_R2DBC_USERNAME=sa",
                        "--SPRING_FLYWAY_URL=jdbc:h2:file:" + dir + "/anm", "--SPRING_FLYWAY_USER=sa")
                .close())
                .rootCause().hasMessageContaining("ANM_DATA_KEY is required");
        assertThat(dataDir.resolve(DataKeyLoader.KEY_FILE)).doesNotExist();
    }
}
