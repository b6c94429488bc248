package org.stiel.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * What travels over the wire, on the real server (compression is Tomcat's, which MockMvc does not run): a family on a
 * phone opening {@code /aanbod} for the first time, and what their browser may keep.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class TransferServerTests {

    private static final Pattern ASSET = Pattern.compile("(?:href|src)=\"(/(?:webjars|css|js)/[^\"]+)\"");
    private static final int FIRST_VISIT_BUDGET = 150 * 1024;

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void theFamiliesFirstPageWithEverythingItLoadsStaysUnder150KilobytesTransferred() throws Exception {
        var page = get("/aanbod");
        assertThat(page.headers().firstValue("Content-Encoding")).contains("gzip");
        String html = gunzip(page.body());
        assertThat(html).contains("<h1");

        long transferred = page.body().length;
        long uncompressed = html.getBytes(StandardCharsets.UTF_8).length;
        var assets = ASSET.matcher(html).results().map(m -> m.group(1)).toList();
        assertThat(assets).hasSizeGreaterThanOrEqualTo(4);
        for (String asset : assets) {
            var response = get(asset);
            assertThat(response.statusCode()).as(asset).isEqualTo(200);
            String body = unpacked(response);
            if (body.length() > 1024) {
                assertThat(response.headers().firstValue("Content-Encoding"))
                        .as(asset)
                        .contains("gzip");
            }
            transferred += response.body().length;
            uncompressed += body.getBytes(StandardCharsets.UTF_8).length;
        }
        assertThat(uncompressed)
                .as("what the page and its files weigh unpacked")
                .isGreaterThan(FIRST_VISIT_BUDGET);
        assertThat(transferred).as("bytes transferred").isLessThanOrEqualTo(FIRST_VISIT_BUDGET);
    }

    @Test
    void stylesheetsAndScriptsHaveVersionedUrlsThatBrowsersKeepForAYear() throws Exception {
        String html = gunzip(get("/aanbod").body());
        var assets = ASSET.matcher(html).results().map(m -> m.group(1)).toList();
        assertThat(assets)
                .allMatch(a -> a.matches("/webjars/[^/]+/\\d[^/]*/.+") || a.matches("/(css|js)/.+\\?v=[0-9a-f]{12}"));
        for (String asset : assets) {
            assertThat(get(asset).headers().firstValue("Cache-Control"))
                    .as(asset)
                    .hasValueSatisfying(value -> assertThat(value).contains("max-age=31536000"));
        }
    }

    @Test
    void theJsonApiIsCompressedToo() throws Exception {
        var response = get("/api/hsds/services");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Encoding")).contains("gzip");
        assertThat(gunzip(response.body())).startsWith("{");
    }

    private HttpResponse<byte[]> get(String path) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept-Encoding", "gzip")
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String unpacked(HttpResponse<byte[]> response) throws IOException {
        return response.headers().firstValue("Content-Encoding").isPresent()
                ? gunzip(response.body())
                : new String(response.body(), StandardCharsets.UTF_8);
    }

    private static String gunzip(byte[] body) throws IOException {
        try (var in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
