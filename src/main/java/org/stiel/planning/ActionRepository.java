package org.stiel.planning;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/** Every read takes the network it is scoped to. */
interface ActionRepository extends ListCrudRepository<Action, UUID> {

    @Query("select * from planning_action where id = :id and network_id = :networkId")
    Optional<Action> findInNetwork(UUID id, UUID networkId);
}
