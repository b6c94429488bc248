package org.stiel.referrals;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/** Every read is scoped to a network: another network's referral is not found. */
interface ReferralRepository extends ListCrudRepository<Referral, UUID> {

    @Query("select * from referral where id = :id and network_id = :network")
    Optional<Referral> findInNetwork(UUID id, UUID network);

    @Query("select * from referral where network_id = :network")
    List<Referral> allInNetwork(UUID network);

    @Query("""
            select * from referral where status = 'SENT' and reminded_unopened_at is null and sent_at < :before
            """)
    List<Referral> unopenedSentBefore(java.time.Instant before);

    @Query("""
            select * from referral where status in ('SENT', 'OPENED') and reminded_unanswered_at is null
              and sent_at < :before
            """)
    List<Referral> unansweredSentBefore(java.time.Instant before);

    @Query("""
            select * from referral
            where status in ('DECLINED', 'CLOSED', 'CANCELLED', 'WITHDRAWN') and pseudonymised_at is null
              and finished_at < :before
            """)
    List<Referral> finishedBefore(java.time.Instant before);
}
