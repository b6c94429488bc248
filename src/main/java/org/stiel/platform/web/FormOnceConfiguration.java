package org.stiel.platform.web;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.support.RequestDataValueProcessor;

/**
 * One form submission, one record: the token field in every form, and the interceptor that lets each token through
 * once ({@link FormOnceInterceptor}).
 */
@Configuration(proxyBeanMethods = false)
class FormOnceConfiguration implements WebMvcConfigurer {

    /** The name under which Spring MVC and Thymeleaf look the processor up (Spring Security registers its own). */
    static final String PROCESSOR = "requestDataValueProcessor";

    private final FormSubmissions submissions;

    FormOnceConfiguration(FormSubmissions submissions) {
        this.submissions = submissions;
    }

    /**
     * Wraps Spring Security's CSRF processor rather than replacing it, the same way it adds its own field: static, so
     * that it is in place before any other bean is made.
     */
    @Bean
    static BeanPostProcessor formOnceHiddenField() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return PROCESSOR.equals(name) && bean instanceof RequestDataValueProcessor processor
                        ? new FormOnceHiddenField(processor)
                        : bean;
            }
        };
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new FormOnceInterceptor(submissions));
    }
}
