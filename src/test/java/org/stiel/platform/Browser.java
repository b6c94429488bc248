package org.stiel.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser for {@link TwoInstancesServerTests}: its own cookies, sent to every instance as a browser sends them to
 * one host behind a load balancer (cookies do not care about ports). A plain jar rather than {@code CookieManager},
 * which would keep a {@code Secure} or {@code __Host-} cookie away from the test's plain HTTP.
 */
class Browser {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    final Map<String, String> cookies = new LinkedHashMap<>();
    String sessionCookieName = "STIEL_SESSION";
    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    void logIn(TwoInstancesServerTests.Instance instance, String email, String password)
            throws IOException, InterruptedException {
        String token = csrf(get(instance, "/login").body());
        var login = post(instance, "/login", Map.of("username", email, "password", password, "_csrf", token));
        assertThat(login.headers().firstValue("Location"))
                .as("logged in, not sent back to the login page")
                .hasValueSatisfying(location -> assertThat(location).doesNotContain("/login"));
        sessionCookieName = cookies.keySet().stream()
                .filter(name -> name.contains("SESSION"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie after logging in: " + cookies.keySet()));
    }

    String session() {
        return cookies.get(sessionCookieName);
    }

    HttpResponse<String> get(TwoInstancesServerTests.Instance instance, String path)
            throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(instance.url(path))).GET());
    }

    HttpResponse<String> post(TwoInstancesServerTests.Instance instance, String path, Map<String, String> form)
            throws IOException, InterruptedException {
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(instance.url(path)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    static String csrf(String html) {
        var matcher = CSRF.matcher(html);
        if (!matcher.find()) {
            throw new AssertionError("no CSRF token in the page");
        }
        return matcher.group(1);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        request.header("Accept", "text/html"); // a page, not the API: a login page, not a 401
        if (!cookies.isEmpty()) {
            request.header(
                    "Cookie",
                    cookies.entrySet().stream()
                            .map(e -> e.getKey() + "=" + e.getValue())
                            .collect(Collectors.joining("; ")));
        }
        var response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        for (String header : response.headers().allValues("Set-Cookie")) {
            String pair = header.split(";", 2)[0];
            String name = pair.substring(0, pair.indexOf('='));
            String value = pair.substring(pair.indexOf('=') + 1);
            if (value.isEmpty() || header.toLowerCase().contains("max-age=0")) {
                cookies.remove(name);
            } else {
                cookies.put(name, value);
            }
        }
        return response;
    }
}
