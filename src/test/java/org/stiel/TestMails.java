package org.stiel;

import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The mails the development outbox (table {@code mail_outbox}) kept, and the tokens in their links. */
public final class TestMails {

    private final JdbcClient jdbc;

    public TestMails(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The body of the latest mail the development outbox kept for this address. */
    public Optional<String> lastMailTo(String email) {
        return jdbc.sql("select body from mail_outbox where recipient = ? order by created_at desc limit 1")
                .param(email)
                .query(String.class)
                .optional();
    }

    /** The token right after {@code path} in the first link to it in a mail body. */
    public static String token(String body, String path) {
        var matcher = Pattern.compile(Pattern.quote(path) + "([A-Za-z0-9_-]+)").matcher(body);
        if (!matcher.find()) {
            throw new AssertionError("No link to " + path + " in mail");
        }
        return matcher.group(1);
    }
}
