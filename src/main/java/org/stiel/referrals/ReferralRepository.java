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

    @Query("""
            select * from referral where status = 'SENT' and reminded_unopened_at is null and sent_at < :before
            """)
    List<Referral> unopenedSentBefore(java.time.Instant before);

    @Query("""
            select * from referral where status in ('SENT', 'OPENED') and reminded_unanswered_at is null
              and sent_at < :before
            """)
    List<Referral> unansweredSentBefore(java.time.Instant before);

    /**
     * The referrals whose family details are kept no longer: finished before {@code before}, or drafts nobody touched
     * since before it (an abandoned draft may hold a family's details without their consent). Ids only: each is
     * loaded in its own transaction.
     */
    @Query("""
            select id from referral
            where pseudonymised_at is null
              and ((status in ('DECLINED', 'CLOSED', 'CANCELLED', 'WITHDRAWN') and finished_at < :before)
                or (status = 'DRAFT' and created_at < :before
                    and not exists (select 1 from referral_step s where s.referral_id = referral.id and s.at >= :before)))
            """)
    List<UUID> expiredBefore(java.time.Instant before);
}
