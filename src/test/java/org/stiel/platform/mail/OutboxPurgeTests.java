package org.stiel.platform.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.stiel.StielTest;

@StielTest
class OutboxPurgeTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    OutboxPurge purge;

    @Test
    void deletesMailsOlderThanTheLongestLinkLifetimeAndKeepsTheRest() {
        var old = insert("8 days");
        var recent = insert("6 days");

        purge.purge();

        assertThat(exists(old)).isFalse();
        assertThat(exists(recent)).isTrue();
    }

    private UUID insert(String age) {
        var id = UUID.randomUUID();
        jdbc.sql("insert into mail_outbox (id, recipient, subject, body, created_at)"
                        + " values (?, 'purge-test@example.org', 'Test', 'body', now() - cast(? as interval))")
                .params(id, age)
                .update();
        return id;
    }

    private boolean exists(UUID id) {
        return jdbc.sql("select count(*) from mail_outbox where id = ?")
                        .param(id)
                        .query(Integer.class)
                        .single()
                == 1;
    }
}
