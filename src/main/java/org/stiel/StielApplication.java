package org.stiel;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.stiel.platform.db.EmbeddedDatabaseMaintenance;

@SpringBootApplication
@ConfigurationPropertiesScan
public class StielApplication {

    public static void main(String[] args) {
        // --backup=FILE / --restore=FILE: the embedded database only, then exit (README, "Backup and restore")
        if (EmbeddedDatabaseMaintenance.requested(args)) {
            System.exit(EmbeddedDatabaseMaintenance.run(args));
        }
        SpringApplication.run(StielApplication.class, args);
    }
}
