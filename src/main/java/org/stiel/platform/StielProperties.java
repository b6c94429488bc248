package org.stiel.platform;

import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Installation-wide settings.
 *
 * @param baseUrl the address users reach Stiel at, used for links in e-mails ({@code STIEL_BASE_URL})
 * @param mail sender of Stiel's e-mails
 */
@ConfigurationProperties("stiel")
public record StielProperties(URI baseUrl, @DefaultValue Mail mail) {

    public record Mail(
            @DefaultValue("Stiel <no-reply@stiel.example>") String from) {}

    /** An absolute link to a path of this installation. */
    public String link(String path) {
        String base = baseUrl.toString();
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path;
    }

    /** Whether users reach Stiel over HTTPS: then every cookie is Secure and may carry the {@code __Host-} prefix. */
    public boolean servedOverHttps() {
        return "https".equalsIgnoreCase(baseUrl.getScheme());
    }
}
