package org.stiel.accounts;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.stiel.network.NetworkForm;
import org.stiel.network.NetworkId;
import org.stiel.network.Networks;

/** Networks and people of a test's own, under unique names, since all tests share one database. */
public final class Fixtures {

    public static final String PASSWORD = "a quiet walk along the river";

    private final Accounts accounts;
    private final Networks networks;
    private final JdbcClient jdbc;

    public Fixtures(Accounts accounts, Networks networks, JdbcClient jdbc) {
        this.accounts = accounts;
        this.networks = networks;
        this.jdbc = jdbc;
    }

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public static String email(String prefix) {
        return unique(prefix) + "@test.example";
    }

    public NetworkId network() {
        var form = new NetworkForm();
        String slug = unique("net");
        form.setName("Huis " + slug);
        form.setSlug(slug);
        form.setMunicipalities(
                new java.util.ArrayList<>(List.of(new NetworkForm.MunicipalityForm("Gent", "9000, 9030"))));
        return networks.create(form);
    }

    /** A person with an account and the given role in the network. */
    public StielUser member(NetworkId network, NetworkRole role, String name) {
        var id = accounts.register(email(role.name().toLowerCase()), name, PASSWORD, false);
        accounts.join(
                id,
                network,
                role,
                role == NetworkRole.PARTNER_STAFF ? Optional.of(UUID.randomUUID()) : Optional.empty());
        return accounts.reload(id, network);
    }

    public StielUser admin() {
        var id = accounts.register(email("admin"), "Admin Tester", PASSWORD, true);
        return accounts.reload(id, new NetworkId(UUID.randomUUID()));
    }

    /** The body of the latest mail the development outbox kept for this address. */
    public Optional<String> lastMailTo(String email) {
        return jdbc.sql("select body from mail_outbox where recipient = ? order by created_at desc limit 1")
                .param(email)
                .query(String.class)
                .optional();
    }

    public static String token(String body, String path) {
        var matcher = Pattern.compile(Pattern.quote(path) + "([A-Za-z0-9_-]+)").matcher(body);
        if (!matcher.find()) {
            throw new AssertionError("No link to " + path + " in mail");
        }
        return matcher.group(1);
    }
}
