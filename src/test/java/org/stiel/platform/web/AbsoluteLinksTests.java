package org.stiel.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.regex.Pattern;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.RemoteIpValve;
import org.apache.catalina.valves.ValveBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.stiel.StielTest;

/**
 * Absolute links come from {@code STIEL_BASE_URL} ({@code http://localhost} in the tests), whatever Host or forwarded
 * headers a client sends; and Tomcat reads forwarded headers only from the proxies configured.
 */
@StielTest
class AbsoluteLinksTests {

    static final Pattern EVENT_URL = Pattern.compile("^URL:(.+)$", Pattern.MULTILINE);

    @Autowired
    MockMvc mvc;

    @Autowired
    Environment environment;

    /** What a request looks like when Tomcat believed a forged X-Forwarded-Host, or the Host header was forged. */
    static MockHttpServletRequestBuilder forged(MockHttpServletRequestBuilder request) {
        return request.header("Host", "evil.example")
                .header("X-Forwarded-Host", "evil.example")
                .with(r -> {
                    r.setServerName("evil.example");
                    r.setRemoteAddr("203.0.113.9");
                    return r;
                });
    }

    @Test
    void calendarFilesLinkToTheBaseUrl() throws Exception {
        String all = mvc.perform(forged(get("/aanbod/kalender.ics")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        var urls = EVENT_URL.matcher(all).results().map(m -> m.group(1).strip()).toList();
        assertThat(urls).isNotEmpty().allMatch(url -> url.startsWith("http://localhost/aanbod/"));
        assertThat(all).doesNotContain("evil.example");

        String offer = urls.getFirst().substring("http://localhost".length());
        String one = mvc.perform(forged(get(offer + ".ics")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(one).contains("URL:http://localhost/aanbod/").doesNotContain("evil.example");
    }

    @Test
    void theHsdsApiLinksToTheBaseUrl() throws Exception {
        mvc.perform(forged(get("/api/hsds")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.openapi_url").value("http://localhost/v3/api-docs"));
    }

    @Test
    void theSiteFeedLinkUsesTheBaseUrl() throws Exception {
        String page = mvc.perform(forged(get("/aanbod").accept(MediaType.TEXT_HTML)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("webcal://localhost/aanbod/kalender.ics").doesNotContain("evil.example");
    }

    @Test
    void forwardedHeadersCountOnlyFromLoopbackByDefault() throws Exception {
        String proxies = Binder.get(environment)
                .bind("server.tomcat.remoteip.internal-proxies", String.class)
                .get();
        assertThat(environment.getProperty("server.forward-headers-strategy")).isEqualTo("native");
        assertThat(proxies).as("a regular expression, dots escaped").contains("127\\.0\\.0\\.1");

        assertThat(hostSeenFrom("127.0.0.1", proxies)).isEqualTo("evil.example");
        assertThat(hostSeenFrom("0:0:0:0:0:0:0:1", proxies)).isEqualTo("evil.example");
        // Tomcat's own default would trust all of these (private ranges)
        for (String client : new String[] {"10.0.0.8", "192.168.1.20", "172.16.5.4", "169.254.1.1", "203.0.113.9"}) {
            assertThat(hostSeenFrom(client, proxies)).as(client).isEqualTo("stiel.example");
        }
    }

    /** Tomcat's RemoteIpValve as Spring Boot sets it up, given a request with a forged X-Forwarded-Host. */
    private static String hostSeenFrom(String remoteAddress, String internalProxies) throws Exception {
        var valve = new RemoteIpValve();
        valve.setInternalProxies(internalProxies);
        valve.setRemoteIpHeader("X-Forwarded-For");
        valve.setProtocolHeader("X-Forwarded-Proto");
        valve.setHostHeader("X-Forwarded-Host");
        var seen = new String[1];
        valve.setNext(new ValveBase() {
            @Override
            public void invoke(Request request, Response response) {
                seen[0] = request.getServerName();
            }
        });
        var coyote = new org.apache.coyote.Request();
        var request = new Request(new Connector(), coyote);
        request.setRemoteAddr(remoteAddress);
        request.setRemoteHost(remoteAddress);
        coyote.serverName().setString("stiel.example");
        coyote.getMimeHeaders().addValue("X-Forwarded-Host").setString("evil.example");
        valve.invoke(request, new Response(new org.apache.coyote.Response()));
        return seen[0];
    }
}
