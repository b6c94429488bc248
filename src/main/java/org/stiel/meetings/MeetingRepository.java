package org.stiel.meetings;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/** Every read takes the network it is scoped to. */
interface MeetingRepository extends ListCrudRepository<Meeting, UUID> {

    @Query("select * from meeting where id = :id and network_id = :networkId")
    Optional<Meeting> findInNetwork(UUID id, UUID networkId);
}
