package org.judicialmetrics.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.judicialmetrics.report.Labels;
import org.judicialmetrics.storage.Location;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A profile's translations: read per language, used for codes and text, and only for a language it lists. */
class ProfileTranslationsTest {

    @TempDir
    Path folder;

    private Profile read(String json) throws IOException {
        Files.createDirectories(folder.resolve("profiles"));
        Files.writeString(folder.resolve("profiles/tx.json"), json);
        return Profiles.find(Location.local(folder), "tx", Location.local(folder.resolve("job.json"))).profile();
    }

    @Test
    void translationsNameCodesAndTextInTheirLanguageAndLeaveTheRestInEnglish() throws IOException {
        Profile p = read("""
                {"id": "tx", "languages": ["en", "zh"],
                 "translations": {"zh": {"BASIC": "基层人民法院", "Before the reform": "改革前"}}}""");
        Labels zh = Labels.in(p, "zh");
        assertThat(zh.code("BASIC")).isEqualTo("基层人民法院");
        assertThat(zh.text("Before the reform")).isEqualTo("改革前");
        assertThat(zh.code("WITNESS_TESTIMONY")).isEqualTo("Witness testimony");
        assertThat(Labels.in(p, "en").code("BASIC")).isEqualTo("Basic");
        assertThat(Labels.in(p, "en").code("drug offences")).isEqualTo("Drug offences");
    }

    @Test
    void translationsForALanguageTheProfileDoesNotRenderAreAnErrorNamingTheField() {
        assertThatThrownBy(() -> read("""
                {"id": "tx", "languages": ["en"], "translations": {"zh": {"BASIC": "基层人民法院"}}}"""))
                .isInstanceOf(SpecException.class)
                .hasMessageContaining("tx.json")
                .hasMessageContaining("translations.zh")
                .hasMessageContaining("'languages'");
    }
}
