package org.stiel.platform.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Who may connect to the embedded cluster, and as what: passwords (SCRAM) only, over loopback only, and the
 * application as its own role {@code stiel}, which owns the application's database and every object in it but is no
 * superuser (docs/adr/0018-durable-embedded-database.md).
 */
final class ClusterAccess {

    /** Written at every start, so that a cluster of an earlier version (which trusted every local user) is closed. */
    static final String HBA = """
            # Written by Stiel at every start (docs/adr/0018): a password for every role, loopback only.
            # TYPE  DATABASE  USER  ADDRESS       METHOD
            local   all       all                 scram-sha-256
            host    all       all   127.0.0.1/32  scram-sha-256
            host    all       all   ::1/128       scram-sha-256
            """;

    /** The application's database: the cluster's first one, where earlier versions of Stiel kept their data. */
    static final String DATABASE = "postgres";

    private ClusterAccess() {}

    static void writeHba(Path cluster) {
        try {
            Files.writeString(cluster.resolve("pg_hba.conf"), HBA, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + cluster.resolve("pg_hba.conf"), e);
        }
    }

    /**
     * Gives the superuser the password from the password file, in single-user mode (no network, no other session): for
     * a cluster of an earlier version, which had none, and after the password file was lost.
     */
    static void setSuperuserPassword(PostgresBinaries binaries, Path cluster, String password) {
        Commands.check(
                binaries.command(
                        "postgres",
                        "--single",
                        "-D",
                        cluster.toString(),
                        "-c",
                        "exit_on_error=on",
                        "-c",
                        "password_encryption=scram-sha-256",
                        DATABASE),
                "ALTER ROLE " + ClusterPasswords.SUPERUSER + " PASSWORD '" + literal(password) + "';\n");
    }

    /**
     * Creates (or corrects) the application's role with its password, and gives it the application's database and
     * every object in it that the superuser still owns: all of them in a cluster of an earlier version, none after.
     */
    static void secureApplicationRole(Connection superuser, String applicationPassword) throws SQLException {
        String role = ClusterPasswords.APPLICATION;
        try (Statement statement = superuser.createStatement()) {
            statement.execute("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '" + role
                    + "') THEN CREATE ROLE " + role + "; END IF; END $$");
            statement.execute("ALTER ROLE " + role
                    + " WITH LOGIN NOSUPERUSER NOCREATEROLE NOCREATEDB NOREPLICATION NOBYPASSRLS PASSWORD '"
                    + literal(applicationPassword) + "'");
            statement.execute("ALTER DATABASE " + DATABASE + " OWNER TO " + role);
            statement.execute(OwnershipTransfer.sql(ClusterPasswords.SUPERUSER, role));
        }
    }

    // the generated passwords are letters and digits; anything else would be a bug, not something to escape
    private static String literal(String password) {
        if (!password.matches("[A-Za-z0-9]+")) {
            throw new IllegalStateException("Unexpected characters in a database password");
        }
        return password;
    }
}
