package org.stiel.platform.mail;

import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The development outbox, for the installation admin only (see the security configuration). */
@Controller
class OutboxController {

    record OutboxMail(UUID id, String recipient, String subject, String body, Instant createdAt) {}

    private final JdbcClient jdbc;

    OutboxController(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @GetMapping("/admin/outbox")
    String outbox(Model model) {
        model.addAttribute(
                "mails",
                jdbc.sql("select id, recipient, subject, body, created_at from mail_outbox"
                                + " order by created_at desc limit 100")
                        .query(OutboxMail.class)
                        .list());
        return "platform/outbox";
    }
}
