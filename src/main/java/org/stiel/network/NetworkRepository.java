package org.stiel.network;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.repository.ListCrudRepository;

interface NetworkRepository extends ListCrudRepository<Network, UUID> {

    Optional<Network> findBySlug(String slug);

    boolean existsBySlug(String slug);

    List<Network> findAllByOrderByName();
}
