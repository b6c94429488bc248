package org.stiel.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.config.ScheduledTaskHolder;
import org.stiel.StielApplication;
import org.stiel.platform.mail.Mailer;
import org.stiel.platform.mail.OutgoingMail;

/**
 * Two instances of Stiel on one PostgreSQL, as behind a load balancer (README, "Several instances"): a login on one
 * is a login on the other, a scheduled job that both fire runs once, and a mail goes out once. One database, one
 * demo load (by the first instance), one SMTP server (GreenMail); everything over real HTTP and real SMTP.
 */
class TwoInstancesServerTests {

    static final String PASSWORD = "two-instances-demo-password";

    static EmbeddedPostgres postgres;
    static JdbcClient sql;
    static GreenMail smtp;
    static int smtpPort;
    static Instance a;
    static Instance b;

    @BeforeAll
    static void start() throws Exception {
        postgres =
                EmbeddedPostgres.builder().setLocaleConfig("locale", "C.UTF-8").start();
        sql = JdbcClient.create(postgres.getPostgresDatabase());
        smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        smtpPort = smtp.getSmtp().getPort();
        a = new Instance(start(true));
        b = new Instance(start(false));
    }

    private static ConfigurableApplicationContext start(boolean loadsDemo) {
        // arguments, not properties(): those are defaults, below application.yml's server.port
        return new SpringApplicationBuilder(StielApplication.class)
                .run(
                        "--server.port=0",
                        // an external database: the embedded one steps aside (NoExternalDatabaseCondition)
                        "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                        "--spring.datasource.username=postgres",
                        "--spring.datasource.password=",
                        "--stiel.demo.enabled=" + loadsDemo,
                        "--stiel.demo.password=" + PASSWORD,
                        "--stiel.base-url=http://localhost",
                        "--spring.mail.host=127.0.0.1",
                        "--spring.mail.port=" + smtpPort,
                        // the hourly reminders must not fire by themselves while the test counts them
                        "--stiel.referrals.reminders-cron=0 0 0 29 2 *",
                        // a failed mail may be retried at once: the test decides when
                        "--stiel.events.retry-after=PT0S",
                        "--spring.main.banner-mode=off",
                        "--logging.level.root=warn");
    }

    @AfterAll
    static void stop() throws Exception {
        for (var instance : new Instance[] {b, a}) {
            if (instance != null) {
                instance.context().close();
            }
        }
        if (smtp != null) {
            smtp.stop();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void aLoginOnOneInstanceIsALoginOnTheOtherAndALogoutOnEither() throws Exception {
        var browser = new Browser();
        browser.logIn(a, "coordinator@stiel.example", PASSWORD);

        var onB = browser.get(b, "/partners");
        assertThat(onB.statusCode())
                .as("the partner directory on the other instance")
                .isEqualTo(200);
        assertThat(onB.body()).contains("Scheldeveld").contains("action=\"/logout\"");

        String session = browser.session();
        assertThat(browser.post(b, "/logout", Map.of("_csrf", Browser.csrf(onB.body())))
                        .headers()
                        .firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/login?logout"));

        var stranger = new Browser();
        stranger.cookies.put(browser.sessionCookieName, session);
        var onA = stranger.get(a, "/partners");
        assertThat(onA.statusCode())
                .as("the logged-out session on the first instance")
                .isEqualTo(302);
        assertThat(onA.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/login"));
    }

    @Test
    void aJobBothInstancesFireAtOnceRunsOnceAndNotAgainAMomentLater() throws Exception {
        // one referral due for both reminders (unopened after 2 working days, unanswered after 5), none other
        sql.sql("update referral set reminded_unopened_at = coalesce(reminded_unopened_at, now()),"
                        + " reminded_unanswered_at = coalesce(reminded_unanswered_at, now())")
                .update();
        UUID referral = sql.sql("""
                        update referral set sent_at = now() - interval '10 days',
                            reminded_unopened_at = null, reminded_unanswered_at = null
                        where id = (select r.id from referral r where r.status = 'SENT' order by r.id limit 1)
                        returning id""").query(UUID.class).single();
        smtp.purgeEmailFromAllMailboxes();

        atOnce(a.job("ReferralReminders", "remind"), b.job("ReferralReminders", "remind"));
        awaitMailsDelivered();

        assertThat(reminders(referral))
                .as("one reminder of each kind")
                .containsExactlyInAnyOrderEntriesOf(Map.of("REMINDER_UNOPENED", 1L, "REMINDER_UNANSWERED", 1L));
        var perRecipient = Arrays.stream(smtp.getReceivedMessages())
                .collect(Collectors.groupingBy(TwoInstancesServerTests::recipient, Collectors.counting()));
        assertThat(perRecipient).isNotEmpty();
        assertThat(perRecipient.values())
                .as("two mails (one per reminder) to each of the partner's staff")
                .allMatch(n -> n == 2);

        // the other instance's timer fires a moment after the first run ended: the lock is still held
        Instant lockedAt = lockedAt("referrals-reminders");
        b.job("ReferralReminders", "remind").run();
        assertThat(lockedAt("referrals-reminders"))
                .as("no second run took the lock")
                .isEqualTo(lockedAt);
        assertThat(reminders(referral).values()).containsOnly(1L);
    }

    @Test
    void aMailThatFailedIsDeliveredOnceWhenBothInstancesRetry() throws Exception {
        String to = "two-instances-retry@stiel.test";
        smtp.stop(); // the SMTP server is down: the delivery fails and the publication waits for a retry
        a.context().getBean(Mailer.class).send(new OutgoingMail(to, "Two instances", "Sent once."));
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> "FAILED".equals(publicationStatus(to)));

        smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        atOnce(a.job("EventRetry", "retry"), b.job("EventRetry", "retry"));
        awaitMailsDelivered();

        assertThat(Arrays.stream(smtp.getReceivedMessages()).filter(m -> to.equals(recipient(m))))
                .hasSize(1);
    }

    /** Runs both at the same moment, as two instances' timers firing the same minute. */
    private static void atOnce(Runnable first, Runnable second) throws Exception {
        var start = new CountDownLatch(1);
        try (var threads = Executors.newFixedThreadPool(2)) {
            var runs = List.of(first, second).stream()
                    .map(job -> threads.submit(() -> {
                        start.await();
                        job.run();
                        return null;
                    }))
                    .toList();
            start.countDown();
            for (var run : runs) {
                run.get();
            }
        }
    }

    /** Completed publications are deleted: none left means every mail was handed to the SMTP server. */
    private static void awaitMailsDelivered() {
        Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .until(() -> sql.sql("select count(*) from event_publication where event_type like '%MailQueued'")
                                .query(Long.class)
                                .single()
                        == 0);
    }

    private static String publicationStatus(String to) {
        return sql.sql("select status from event_publication where serialized_event like ?")
                .param("%" + to + "%")
                .query(String.class)
                .optional()
                .orElse(null);
    }

    private static Map<String, Long> reminders(UUID referral) {
        return sql
                .sql("select kind, count(*) from referral_notification where referral_id = ? and kind like 'REMINDER%'"
                        + " group by kind")
                .param(referral)
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2)))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private static Instant lockedAt(String job) {
        return sql.sql("select locked_at from shedlock where name = ?")
                .param(job)
                .query(java.sql.Timestamp.class)
                .single()
                .toInstant();
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getRecipients(Message.RecipientType.TO)[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One running application: its context, its port, and its scheduled jobs as the scheduler runs them. */
    record Instance(ConfigurableApplicationContext context) {

        String url(String path) {
            return "http://localhost:" + context.getEnvironment().getProperty("local.server.port") + path;
        }

        /** The scheduler's own task for the job: it goes through the lock, as a timer firing would. */
        Runnable job(String type, String method) {
            return context.getBeansOfType(ScheduledTaskHolder.class).values().stream()
                    .flatMap(holder -> holder.getScheduledTasks().stream())
                    .map(task -> task.getTask().getRunnable())
                    .filter(runnable -> runnable.toString().contains("." + type)
                            && runnable.toString().endsWith("." + method))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("No scheduled job " + type + "." + method));
        }
    }
}
