package org.stiel.platform.web;

import java.util.List;
import java.util.Locale;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.stiel.platform.StielProperties;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

/** Dutch first; {@code ?lang=en} switches and a cookie remembers the choice. */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    static final Locale DUTCH = Locale.forLanguageTag("nl-BE");
    static final List<Locale> SUPPORTED = List.of(DUTCH, Locale.ENGLISH);

    @Bean
    LocaleResolver localeResolver(StielProperties properties) {
        return new LanguageCookieResolver(
                DUTCH, "https".equals(properties.baseUrl().getScheme()));
    }

    /**
     * First after the character encoding (form bodies are decoded as UTF-8 before it looks at them) and before the
     * session and security filters: a NUL or invalid UTF-8 reaches neither a login nor a query.
     */
    @Bean
    FilterRegistrationBean<RequestCharactersFilter> requestCharactersFilter(
            ThymeleafViewResolver views, LocaleResolver locales, MessageSource messages) {
        var registration = new FilterRegistrationBean<>(new RequestCharactersFilter(views, locales, messages));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    /**
     * No rewriting of the links a page writes. With webjars-locator-lite on the classpath Spring Boot enables the
     * resource chain and registers this filter, which looks every {@code @{...}} link of a page up as a static
     * resource on the classpath (a miss for every page link, and misses are not cached): about half of the CPU time
     * of a families' search page (docs/benchmarks.md). Stiel does not version its static files by content, and the
     * chain still resolves version-less {@code /webjars/...} URLs when they are requested, so nothing needs the
     * rewrite. Declaring the registration, disabled, makes Boot's own back off.
     */
    @Bean
    FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
        var registration = new FilterRegistrationBean<>(new ResourceUrlEncodingFilter());
        registration.setEnabled(false);
        return registration;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        var interceptor = new LocaleChangeInterceptor();
        interceptor.setParamName("lang");
        interceptor.setIgnoreInvalidLocale(true);
        registry.addInterceptor(interceptor);
    }
}
