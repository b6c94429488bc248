package org.stiel.offer;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stiel.accounts.Actor;
import org.stiel.accounts.Require;
import org.stiel.network.NetworkId;
import org.stiel.network.Networks;
import org.stiel.platform.StielTime;

/**
 * A network's school holidays, which offers marked "closed in the school holidays" skip: the coordinator keeps them,
 * and every such offer's occurrences follow in the same transaction.
 */
@Service
@Transactional(readOnly = true)
public class SchoolHolidayCalendar {

    private final SchoolHolidays schoolHolidays;
    private final Occurrences occurrences;
    private final Networks networks;
    private final Clock clock;

    SchoolHolidayCalendar(SchoolHolidays schoolHolidays, Occurrences occurrences, Networks networks, Clock clock) {
        this.schoolHolidays = schoolHolidays;
        this.occurrences = occurrences;
        this.networks = networks;
        this.clock = clock;
    }

    /** The school holidays of the network, oldest first. */
    public List<SchoolHoliday> of(NetworkId network) {
        return schoolHolidays.of(network);
    }

    /**
     * The coordinator replaces the network's school holidays; the offers that skip them get their occurrences
     * recomputed in the same transaction.
     */
    @Transactional
    public void replace(Actor actor, List<SchoolHoliday> holidays) {
        Require.coordinator(actor);
        NetworkId network = actor.networkId();
        networks.get(network);
        schoolHolidays.replace(
                network,
                holidays.stream().filter(h -> h != null && !h.isBlank()).toList());
        for (UUID offer : occurrences.offersClosedInSchoolHolidays(network)) {
            occurrences.rewrite(offer, StielTime.today(clock));
        }
    }
}
