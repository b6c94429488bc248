package org.stiel.planning;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/** Every read takes the network it is scoped to. */
interface ActionRepository extends ListCrudRepository<Action, UUID> {

    @Query("select * from planning_action where id = :id and network_id = :networkId")
    Optional<Action> findInNetwork(UUID id, UUID networkId);

    @Query("""
            select * from planning_action where network_id = :networkId
            order by case status when 'IN_PROGRESS' then 0 when 'OPEN' then 0 when 'DONE' then 1 else 2 end,
                     due_on nulls last, lower(title)""")
    List<Action> findByNetwork(UUID networkId);

    @Query("select * from planning_action where network_id = :networkId and source_type = :type"
            + " order by created_at")
    List<Action> findBySource(UUID networkId, String type);
}
