package org.stiel.governance;

import java.util.UUID;
import org.springframework.data.repository.ListCrudRepository;

/** Decisions are written here and read as views through {@link DecisionQueries}. */
interface DecisionRepository extends ListCrudRepository<Decision, UUID> {}
