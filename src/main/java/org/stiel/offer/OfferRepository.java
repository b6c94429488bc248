package org.stiel.offer;

import java.util.UUID;
import org.springframework.data.repository.ListCrudRepository;

/** Only used by {@link Offers}, which checks the network through the offer's partner before every read. */
interface OfferRepository extends ListCrudRepository<Offer, UUID> {}
