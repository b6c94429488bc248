package org.stiel.accounts;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface UserRepository extends ListCrudRepository<User, UUID> {

    @Query("select * from app_user where lower(email) = lower(:email)")
    Optional<User> findByEmail(String email);

    /**
     * A stronger hash of the same password, written at login; only over the hash that was just checked, so that a
     * password changed meanwhile is never overwritten.
     */
    @Modifying
    @Query("update app_user set password_hash = :newHash where id = :id and password_hash = :oldHash")
    int rehashPassword(UUID id, String oldHash, String newHash);
}
