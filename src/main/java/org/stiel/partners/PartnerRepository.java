package org.stiel.partners;

import java.util.UUID;
import org.springframework.data.repository.ListCrudRepository;

/** Only ever used together with {@link NetworkPartners}, which scopes every read to one network. */
interface PartnerRepository extends ListCrudRepository<Partner, UUID> {}
