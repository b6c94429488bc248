package org.stiel.demo;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.stiel.accounts.Accounts;

/**
 * Tells whoever started Stiel where it runs and, with the demo, how to get in: the first thing a new user needs and
 * the last thing they would find in a wall of start-up logging.
 */
@Component
class StartupNotice {

    private static final Logger log = LoggerFactory.getLogger(StartupNotice.class);

    private final Environment environment;
    private final Accounts accounts;
    private final ObjectProvider<DemoPassword> password;

    StartupNotice(Environment environment, Accounts accounts, ObjectProvider<DemoPassword> password) {
        this.environment = environment;
        this.accounts = accounts;
        this.password = password;
    }

    @EventListener(ApplicationReadyEvent.class)
    void announce() {
        log.info(notice());
    }

    String notice() {
        String rule = "=".repeat(72);
        List<String> lines = new ArrayList<>();
        lines.add("");
        lines.add(rule);
        lines.add("  Stiel is running at " + address());
        password.ifAvailable(demo -> lines.addAll(demoLines(demo)));
        lines.add(rule);
        return String.join(System.lineSeparator(), lines);
    }

    String address() {
        String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        String contextPath = environment.getProperty("server.servlet.context-path", "");
        return "http://localhost:" + port + (contextPath.equals("/") ? "" : contextPath);
    }

    private List<String> demoLines(DemoPassword demo) {
        // only the accounts that are really there: an installation that started empty has none of them
        var present = DemoContent.read().accounts().stream()
                .filter(account -> accounts.findByEmail(account.email()).isPresent())
                .toList();
        if (present.isEmpty()) {
            return List.of();
        }
        List<String> lines = new ArrayList<>();
        lines.add("");
        lines.add("  Demo accounts (fictional data):");
        for (var account : present) {
            List<String> roles = new ArrayList<>();
            if (account.admin()) {
                roles.add("installation admin");
            }
            account.memberships()
                    .forEach(m -> roles.add(
                            m.role() + " in " + m.network() + (m.partner() == null ? "" : " (" + m.partner() + ")")));
            lines.add(String.format("    %-30s %s", account.email(), String.join(", ", roles)));
        }
        lines.add("");
        lines.add("  Password of every demo account: "
                + demo.known()
                        .orElse("(printed when the demo was loaded; set STIEL_DEMO_PASSWORD to choose one"
                                + " before the first start)"));
        lines.add("  Set STIEL_DEMO=false to start without demo data.");
        return lines;
    }
}
