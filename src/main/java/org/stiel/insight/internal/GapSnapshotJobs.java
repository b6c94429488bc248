package org.stiel.insight.internal;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.stiel.network.Networks;
import org.stiel.offer.OfferRegistered;
import org.stiel.offer.OfferUpdated;
import org.stiel.platform.StielTime;

/** Keeps the gap snapshots current: stale after an offer changes, recomputed every night. */
@Component
class GapSnapshotJobs {

    private final GapSnapshots snapshots;
    private final Networks networks;

    GapSnapshotJobs(GapSnapshots snapshots, Networks networks) {
        this.snapshots = snapshots;
        this.networks = networks;
    }

    @ApplicationModuleListener
    void on(OfferRegistered event) {
        snapshots.markAllStale();
    }

    @ApplicationModuleListener
    void on(OfferUpdated event) {
        snapshots.markAllStale();
    }

    /** Each network in a transaction of its own: one that fails does not hold back the others. */
    @Scheduled(cron = "0 40 2 * * *", zone = StielTime.ZONE_ID)
    @SchedulerLock(name = "insight-gap-snapshots", lockAtLeastFor = "PT5M", lockAtMostFor = "PT1H")
    void nightly() {
        for (var network : networks.all()) {
            snapshots.refresh(network.id());
        }
    }
}
