package org.stiel.accounts;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface UserRepository extends ListCrudRepository<User, UUID> {

    @Query("select * from app_user where lower(email) = lower(:email)")
    Optional<User> findByEmail(String email);

    @Query("select u.* from app_user u join membership m on m.user_id = u.id where m.network_id = :networkId"
            + " order by u.display_name")
    List<User> findMembersOf(UUID networkId);
}
