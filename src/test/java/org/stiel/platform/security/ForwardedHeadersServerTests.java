package org.stiel.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * On the real server (Tomcat's RemoteIpValve and redirects, which MockMvc does not run): the request comes from
 * loopback, which is a trusted proxy by default, and still a forged {@code X-Forwarded-Host} sends nobody elsewhere,
 * because redirects carry a path only.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ForwardedHeadersServerTests {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(new java.net.CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    @Test
    void aProtectedPageSendsToTheLoginPageOfThisServerWhateverTheForwardedHost() throws Exception {
        var response = http.send(
                forged(HttpRequest.newBuilder(uri("/referrals")))
                        .header("Accept", "text/html")
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.discarding());

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location"))
                .hasValueSatisfying(location ->
                        assertThat(location).doesNotContain("evil.example").endsWith("/login"));
    }

    @Test
    void aLoginWithAForgedForwardedHostRedirectsOnThisServer() throws Exception {
        String page = http.send(HttpRequest.newBuilder(uri("/login")).build(), HttpResponse.BodyHandlers.ofString())
                .body();
        var token = CSRF.matcher(page);
        assertThat(token.find()).as("the login form carries a CSRF token").isTrue();
        String form = "username=" + encode("coordinator@stiel.example") + "&password="
                + encode("demo-password-for-tests") + "&_csrf=" + encode(token.group(1));

        var response = http.send(
                forged(HttpRequest.newBuilder(uri("/login")))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.discarding());

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location)
                        .doesNotContain("evil.example")
                        .doesNotContain("error")
                        .startsWith("/"));
    }

    private static HttpRequest.Builder forged(HttpRequest.Builder request) {
        return request.header("X-Forwarded-Host", "evil.example").header("X-Forwarded-Proto", "https");
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
