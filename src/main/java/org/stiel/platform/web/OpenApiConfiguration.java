package org.stiel.platform.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The description at /v3/api-docs: what the API is and how to authenticate. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI stielOpenApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("Stiel API")
                        .version("v1")
                        .description("The JSON API of Stiel. Every call works in one network: the current network of"
                                + " the session, or the network a personal access token was created in. Errors are"
                                + " RFC 9457 problem JSON.")
                        .license(new License().name("EUPL-1.2")))
                .components(new Components()
                        .addSecuritySchemes(
                                "token",
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")
                                        .description("A personal access token (stiel_…) from the account page")))
                .addSecurityItem(new SecurityRequirement().addList("token"));
    }
}
