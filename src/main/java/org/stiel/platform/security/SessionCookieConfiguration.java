package org.stiel.platform.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;
import org.stiel.platform.StielProperties;

/**
 * The session cookie of Spring Session JDBC: HttpOnly, SameSite=Lax, Path=/, no Domain. Declared here because the
 * session store writes its own cookie.
 *
 * <p>With an HTTPS base URL it is {@code __Host-STIEL_SESSION} and always Secure: browsers then accept it only from
 * this very host over HTTPS, so neither a sibling subdomain nor a plain-HTTP response can plant or overwrite it. On
 * plain HTTP (a laptop, the tests) it is {@code STIEL_SESSION}, Secure whenever the request came over HTTPS, because
 * browsers refuse a {@code __Host-} cookie that is not Secure and so would keep nobody logged in.
 */
@Configuration(proxyBeanMethods = false)
class SessionCookieConfiguration {

    static final String COOKIE = "STIEL_SESSION";

    /** The cookie's name for this installation (see the class comment). */
    static String cookieName(StielProperties properties) {
        return properties.servedOverHttps() ? "__Host-" + COOKIE : COOKIE;
    }

    @Bean
    CookieSerializer cookieSerializer(StielProperties properties) {
        var serializer = new DefaultCookieSerializer();
        serializer.setCookieName(cookieName(properties));
        serializer.setUseHttpOnlyCookie(true);
        serializer.setSameSite("Lax");
        serializer.setCookiePath("/");
        if (properties.servedOverHttps()) {
            serializer.setUseSecureCookie(true);
        }
        return serializer;
    }
}
