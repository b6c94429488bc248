package org.stiel.meetings;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/** Every read takes the network it is scoped to. */
interface SeriesRepository extends ListCrudRepository<Series, UUID> {

    @Query("select * from meeting_series where id = :id and network_id = :networkId")
    Optional<Series> findInNetwork(UUID id, UUID networkId);

    @Query("select * from meeting_series where network_id = :networkId order by confirmed, created_at desc")
    List<Series> findByNetwork(UUID networkId);
}
