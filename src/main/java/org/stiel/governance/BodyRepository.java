package org.stiel.governance;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/** Every read takes the network it is scoped to. */
interface BodyRepository extends ListCrudRepository<Body, UUID> {

    @Query("select * from governance_body where id = :id and network_id = :networkId")
    Optional<Body> findInNetwork(UUID id, UUID networkId);

    @Query("select count(*) > 0 from governance_body where network_id = :networkId and lower(name) = lower(:name)"
            + " and id <> :except")
    boolean nameTaken(UUID networkId, String name, UUID except);
}
