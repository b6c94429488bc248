package org.stiel;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.stiel.accounts.Accounts;
import org.stiel.accounts.Actor;
import org.stiel.accounts.NetworkRole;
import org.stiel.accounts.StielUser;
import org.stiel.network.LifeDomain;
import org.stiel.network.NetworkForm;
import org.stiel.network.NetworkId;
import org.stiel.network.NetworkView;
import org.stiel.network.Networks;
import org.stiel.partners.LocationForm;
import org.stiel.partners.PartnerForm;
import org.stiel.partners.PartnerId;
import org.stiel.partners.PartnerKind;
import org.stiel.partners.Partners;

/**
 * Builds networks, people and partners of a test's own, under unique names, because all {@link StielTest}s share one
 * database. Not a bean on purpose: test classes are on the component-scan path. For the mails the application sent,
 * see {@link TestMails}.
 */
public final class TestNetworks {

    /** The password of every person made here; long and uncommon enough for the password policy. */
    public static final String PASSWORD = "kwistig-test-wachtwoord-4821";

    private static final AtomicInteger COUNTER = new AtomicInteger();

    private final Networks networks;
    private final Accounts accounts;
    private final Partners partners;

    public TestNetworks(Networks networks, Accounts accounts, Partners partners) {
        this.networks = networks;
        this.accounts = accounts;
        this.partners = partners;
    }

    /** A network with two municipalities: "Eerste" (9990, 9991) and "Tweede" (9992). */
    public NetworkView network(String label) {
        var form = new NetworkForm();
        String unique = label + "-" + COUNTER.incrementAndGet() + "-" + System.nanoTime();
        form.setName("Huis van het Kind " + unique);
        form.setSlug(unique.toLowerCase().replaceAll("[^a-z0-9]+", "-"));
        form.setMunicipalities(List.of(
                new NetworkForm.MunicipalityForm("Eerste", "9990, 9991"),
                new NetworkForm.MunicipalityForm("Tweede", "9992")));
        return networks.get(networks.create(form));
    }

    /**
     * A person on the staff of a partner of the network, as the principal of a request. Staff always need a real
     * partner: the membership refers to it.
     */
    public StielUser member(NetworkId network, NetworkRole role, PartnerId partner) {
        return join(network, role, Objects.requireNonNull(partner, "partner"), "Test " + role);
    }

    /** A person with the given role in the network, as the principal of a request; not for partner staff. */
    public StielUser member(NetworkId network, NetworkRole role) {
        return member(network, role, "Test " + role);
    }

    /** A person with the given role and display name in the network; not for partner staff. */
    public StielUser member(NetworkId network, NetworkRole role, String displayName) {
        return join(network, role, null, displayName);
    }

    private StielUser join(NetworkId network, NetworkRole role, PartnerId partner, String displayName) {
        if (role == NetworkRole.PARTNER_STAFF && partner == null) {
            throw new IllegalArgumentException("Partner staff need a partner: use member(network, role, partnerId)");
        }
        var id = accounts.register(email(role.name().toLowerCase()), displayName, PASSWORD, false);
        accounts.join(
                Actor.system(network, "Test"),
                id,
                role,
                Optional.ofNullable(partner).map(PartnerId::value));
        return accounts.reload(id, network);
    }

    /** An administrator of the installation who belongs to no network, looking at the given one. */
    public StielUser adminWithoutNetwork(NetworkId anyNetwork) {
        var id = accounts.register(email("admin"), "Test admin", PASSWORD, true);
        return accounts.reload(id, anyNetwork);
    }

    /** An administrator of the installation who belongs to no network, looking at none that exists. */
    public StielUser admin() {
        return adminWithoutNetwork(new NetworkId(UUID.randomUUID()));
    }

    public PartnerId partner(NetworkId network, String name, String description) {
        return partners.create(Actor.system(network, "Test"), form(name, description));
    }

    /** A valid form: kind OTHER, life domains leisure and meeting others, one location in 9990 "Eerste". */
    public static PartnerForm form(String name, String description) {
        var form = new PartnerForm();
        form.setName(name);
        form.setDescription(description);
        form.setKind(PartnerKind.OTHER);
        form.setLifeDomains(EnumSet.of(LifeDomain.LEISURE, LifeDomain.MEETING_OTHERS));
        var location = new LocationForm();
        location.setStreet("Dorpsstraat 1");
        location.setPostcode("9990");
        location.setCity("Eerste");
        form.getLocations().add(location);
        return form;
    }

    /** A name no other test uses, so that searches find exactly what a test made. */
    public static String unique(String name) {
        return name + " " + Long.toString(System.nanoTime(), 36) + COUNTER.incrementAndGet();
    }

    /** A network slug no other test uses; the prefix must be lower-case letters, digits and dashes. */
    public static String slug(String prefix) {
        return prefix + "-" + Long.toString(System.nanoTime(), 36) + COUNTER.incrementAndGet();
    }

    /** An e-mail address no other test uses; the prefix must be lower-case. */
    public static String email(String prefix) {
        return prefix + "-" + UUID.randomUUID() + "@stiel.example";
    }
}
