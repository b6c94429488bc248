package org.stiel.feed;

import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.stiel.network.NetworkForm;
import org.stiel.network.NetworkId;
import org.stiel.network.Networks;

/** Networks of a module test's own, and what their feed shows. */
final class FeedFixtures {

    private final Networks networks;
    private final Feed feed;

    FeedFixtures(Networks networks, Feed feed) {
        this.networks = networks;
        this.feed = feed;
    }

    NetworkId network() {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        var form = new NetworkForm();
        form.setName("Netwerk " + unique);
        form.setSlug("feed-" + unique);
        form.setMunicipalities(List.of(new NetworkForm.MunicipalityForm("Eerste", "9990")));
        return networks.create(form);
    }

    List<FeedEntry> entries(NetworkId network) {
        return feed.latest(network, Feed.MAX_LIMIT);
    }

    /**
     * Whether every event published so far was delivered to its listeners: their publications are gone from the
     * registry once they completed (completion mode "delete"), and are written with the publishing transaction, so none
     * left after it committed means every listener ran. (One event published twice in the same transaction would leave
     * one publication behind: Spring Modulith completes both by the same event, so a test delivers again in a second
     * transaction, as a retry does.)
     */
    static boolean allDelivered(JdbcClient jdbc) {
        return jdbc.sql("select count(*) from event_publication")
                        .query(Long.class)
                        .single()
                == 0;
    }
}
