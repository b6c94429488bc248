package org.stiel.governance;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/** Every read takes the network it is scoped to. */
interface AgreementRepository extends ListCrudRepository<Agreement, UUID> {

    @Query("select * from governance_agreement where id = :id and network_id = :networkId")
    Optional<Agreement> findInNetwork(UUID id, UUID networkId);

    @Query("select * from governance_agreement where partner_id = :partnerId and network_id = :networkId")
    Optional<Agreement> findByPartner(UUID partnerId, UUID networkId);
}
