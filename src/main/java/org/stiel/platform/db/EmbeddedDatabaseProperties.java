package org.stiel.platform.db;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the embedded PostgreSQL keeps its data.
 *
 * @param dataDir the folder under which {@code postgres/} holds the cluster ({@code STIEL_DATA_DIR})
 * @param ephemeral start from an empty cluster that is thrown away afterwards (tests)
 */
@ConfigurationProperties("stiel.embedded-db")
record EmbeddedDatabaseProperties(@DefaultValue("./data") Path dataDir, boolean ephemeral) {

    /** The data folder as an absolute path: it holds the cluster, its password file and its lock. */
    Path home() {
        return dataDir.toAbsolutePath().normalize();
    }
}
