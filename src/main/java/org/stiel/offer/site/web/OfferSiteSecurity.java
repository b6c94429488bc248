package org.stiel.offer.site.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;

/** The families' pages and feeds are public: families search the offer without an account. */
@Configuration(proxyBeanMethods = false)
class OfferSiteSecurity {

    @Bean
    Customizer<HttpSecurity> familyPagesArePublic() {
        return http -> {
            try {
                http.authorizeHttpRequests(requests ->
                        requests.requestMatchers("/aanbod", "/aanbod/**").permitAll());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };
    }
}
