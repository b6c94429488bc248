package org.stiel.accounts;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface UserRepository extends ListCrudRepository<User, UUID> {

    @Query("select * from app_user where lower(email) = lower(:email)")
    Optional<User> findByEmail(String email);
}
