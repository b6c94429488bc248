package org.stiel.lifecycle;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/** Every read takes the network it is scoped to. */
interface RoundRepository extends ListCrudRepository<Round, UUID> {

    @Query("select * from lifecycle_round where id = :id and network_id = :networkId")
    Optional<Round> findInNetwork(UUID id, UUID networkId);

    @Query("select * from lifecycle_round where network_id = :networkId order by opened_on desc, created_at desc")
    List<Round> findByNetwork(UUID networkId);

    /** Open rounds of all networks whose last day lies before the given day: the closing job's work. */
    @Query("select * from lifecycle_round where closed_at is null and closes_on < :today")
    List<Round> findOverdue(LocalDate today);

    @Query("select * from lifecycle_round where closed_at is null")
    List<Round> findAllOpen();
}
