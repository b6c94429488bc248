package org.stiel.lifecycle;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface ParticipantRepository extends ListCrudRepository<Participant, UUID> {

    @Query("select * from lifecycle_participant where round_id = :roundId and network_id = :networkId")
    List<Participant> findByRound(UUID roundId, UUID networkId);

    @Query("select * from lifecycle_participant where round_id = :roundId and user_id = :userId")
    Optional<Participant> findByRoundAndUser(UUID roundId, UUID userId);
}
