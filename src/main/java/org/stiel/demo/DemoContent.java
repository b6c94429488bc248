package org.stiel.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.springframework.core.io.ClassPathResource;
import org.stiel.accounts.NetworkRole;
import org.stiel.network.InventedPlace;
import org.stiel.network.NetworkForm;
import org.stiel.partners.ContactForm;
import org.stiel.partners.PartnerForm;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo data as kept in {@code demo/*.json}: content lives in resource files, not in code, so that it can be
 * read and rewritten without touching Java. The forms are the modules' own, so the demo goes through the same
 * validation and the same API as a coordinator would.
 */
record DemoContent(
        List<InventedPlace> places, List<DemoNetwork> networks, List<DemoAccount> accounts, List<DemoEdit> edits) {

    private static final JsonMapper JSON = JsonMapper.builder()
            // a typo in the content should fail the build, not silently drop a field
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            // a flag left out of the file (admin, core) means false
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    static DemoContent read() {
        return new DemoContent(
                read("demo/places.json", PlacesFile.class).places(),
                read("demo/networks.json", NetworksFile.class).networks(),
                read("demo/accounts.json", AccountsFile.class).accounts(),
                read("demo/edits.json", EditsFile.class).edits());
    }

    private static <T> T read(String path, Class<T> type) {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return JSON.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + path, e);
        }
    }

    /** The files' top level; {@code comment} says what is invented, for the human reader. */
    record PlacesFile(String comment, List<InventedPlace> places) {}

    record NetworksFile(String comment, List<DemoNetwork> networks) {}

    record AccountsFile(String comment, List<DemoAccount> accounts) {}

    record EditsFile(String comment, List<DemoEdit> edits) {}

    /**
     * A network with its own partners, and partners of an earlier network that belong to this one too.
     *
     * @param sharedPartners names of partners loaded with an earlier network
     */
    record DemoNetwork(NetworkForm network, List<PartnerForm> partners, List<SharedPartner> sharedPartners) {

        DemoNetwork {
            partners = partners == null ? List.of() : partners;
            sharedPartners = sharedPartners == null ? List.of() : sharedPartners;
        }
    }

    record SharedPartner(String name, boolean core) {}

    /** A person; {@code partner} names the organisation a staff member works for. */
    record DemoAccount(String email, String displayName, boolean admin, List<DemoMembership> memberships) {

        DemoAccount {
            memberships = memberships == null ? List.of() : memberships;
        }
    }

    record DemoMembership(String network, NetworkRole role, String partner) {}

    /**
     * A change a person makes after the partner was registered, so that "what's new" shows edits and not only
     * arrivals. Empty fields stay as they were.
     */
    record DemoEdit(
            String network,
            String partner,
            String by,
            String description,
            String expertise,
            String interests,
            List<ContactForm> addContacts) {

        void applyTo(PartnerForm form) {
            if (description != null) {
                form.setDescription(description);
            }
            if (expertise != null) {
                form.setExpertise(expertise);
            }
            if (interests != null) {
                form.setInterests(interests);
            }
            if (addContacts != null) {
                form.getContacts().addAll(addContacts);
            }
        }
    }
}
