package org.stiel.planning;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/** Every read takes the network it is scoped to. */
interface ChallengeRepository extends ListCrudRepository<Challenge, UUID> {

    @Query("select * from planning_challenge where id = :id and network_id = :networkId")
    Optional<Challenge> findInNetwork(UUID id, UUID networkId);
}
