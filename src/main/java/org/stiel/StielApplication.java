package org.stiel;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class StielApplication {

    public static void main(String[] args) {
        SpringApplication.run(StielApplication.class, args);
    }
}
