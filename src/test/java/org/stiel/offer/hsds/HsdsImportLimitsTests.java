package org.stiel.offer.hsds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.stiel.StielTest;
import org.stiel.TestNetworks;
import org.stiel.accounts.Accounts;
import org.stiel.accounts.NetworkRole;
import org.stiel.accounts.StielUser;
import org.stiel.network.Networks;
import org.stiel.partners.Partners;
import org.stiel.platform.BadRequestException;
import tools.jackson.databind.json.JsonMapper;

/**
 * No answer grows with the file (the first errors per file and a count of the rest, no long echo of its values), and
 * a zip that unpacks to more than Stiel reads is refused while it is being read.
 */
@StielTest
class HsdsImportLimitsTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Networks networks;

    @Autowired
    Accounts accounts;

    @Autowired
    Partners partners;

    private StielUser coordinator() {
        var fixtures = new TestNetworks(networks, accounts, partners);
        return fixtures.member(fixtures.network("hsds-limits").id(), NetworkRole.COORDINATOR);
    }

    @Test
    void aHundredThousandBadRowsGiveASmallReportWithTheCountOfTheRest() throws Exception {
        var rows = new StringBuilder("id,name,status\n");
        String longName = "x".repeat(100);
        for (int i = 0; i < 100_000; i++) {
            // no id: an error on every row, each repeating a long value if the report echoed it
            rows.append(',').append(longName).append(",active\n");
        }
        byte[] zip = zip("services.csv", rows.toString());

        var response = mvc.perform(post("/api/v1/hsds/import?preview=true")
                        .contentType(MediaType.APPLICATION_OCTET_STREAM)
                        .content(zip)
                        .with(user(coordinator()))
                        .with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andReturn()
                .getResponse();
        byte[] body = response.getContentAsByteArray();
        assertThat(body.length).isLessThan(50 * 1024);
        var report = JsonMapper.builder().build().readValue(body, HsdsReport.class);
        assertThat(report.counts().errors()).isEqualTo(100_000);
        assertThat(report.errors()).hasSize(HsdsIssues.PER_FILE + 1);
        assertThat(report.errors().getLast().source()).isEqualTo("services.csv");
        assertThat(report.errors().getLast().message()).contains("99").contains("980");
        assertThat(report.canImport()).isFalse();
    }

    @Test
    void aLongValueIsEchoedOnlyInPart() throws Exception {
        String status = "open" + "y".repeat(10_000);
        String file = HsdsImportTests.good("lim-org", "lim-svc", "lim-loc")
                .replace("\"status\": \"active\"", "\"status\": \"" + status + "\"");
        String body = mvc.perform(post("/api/v1/hsds/import?preview=true")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(file)
                        .with(user(coordinator()))
                        .with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).contains("openyyy").doesNotContain("y".repeat(HsdsIssues.VALUE + 1));
    }

    @Test
    void aZipBombIsRefusedAfterReadingAFractionOfIt() throws Exception {
        byte[] bomb = bomb();
        var counting = new CountingStream(new ByteArrayInputStream(bomb));
        assertThatThrownBy(() -> HsdsReader.readZip(counting))
                .isInstanceOf(BadRequestException.class)
                .hasMessage("hsds.import.file.tooLarge");
        // what it unpacks to is 40 MB; the reader stopped a little past its 16 MB limit
        assertThat(counting.read).isLessThan(bomb.length / 2);

        // the API answers 400 with problem JSON, the page says it next to the file field
        var coordinator = coordinator();
        mvc.perform(post("/api/v1/hsds/import?preview=true")
                        .contentType(MediaType.APPLICATION_OCTET_STREAM)
                        .content(bomb)
                        .with(user(coordinator))
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        String page = mvc.perform(multipart("/hsds/import")
                        .file(new MockMultipartFile("file", "bom.zip", "application/zip", bomb))
                        .with(user(coordinator))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("is-invalid").contains("te groot");
    }

    @Test
    void aZipOfTooManyFilesIsRefused() {
        String[] entries = new String[2 * (HsdsFileLimits.MAX_ENTRIES + 1)];
        for (int i = 0; i < HsdsFileLimits.MAX_ENTRIES + 1; i++) {
            entries[2 * i] = "extra" + i + ".txt";
            entries[2 * i + 1] = "x";
        }
        assertThatThrownBy(() -> HsdsReader.readZip(new ByteArrayInputStream(zip(entries))))
                .isInstanceOf(BadRequestException.class);
    }

    /** 40 MB of one character in services.csv: about 40 KB zipped. */
    private static byte[] bomb() throws IOException {
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("services.csv"));
            byte[] chunk = new byte[1024 * 1024];
            java.util.Arrays.fill(chunk, (byte) 'a');
            for (int i = 0; i < 40; i++) {
                zip.write(chunk);
            }
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    private static byte[] zip(String... namesAndContents) {
        return HsdsImportTests.zip(namesAndContents);
    }

    private static final class CountingStream extends FilterInputStream {
        long read;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            read += b < 0 ? 0 : 1;
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            read += Math.max(n, 0);
            return n;
        }
    }
}
