package org.stiel.insight;

import java.time.Clock;
import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stiel.accounts.Require;
import org.stiel.accounts.StielUser;
import org.stiel.insight.internal.GapTexts;
import org.stiel.planning.ChallengeForm;
import org.stiel.planning.ChallengeId;
import org.stiel.planning.ChallengeSource;
import org.stiel.planning.Challenges;
import org.stiel.platform.RuleViolation;
import org.stiel.platform.StielProperties;

/**
 * What the coordinator adds to a gap: a note, and a challenge in the plan started from it (source "context", with the
 * gap's figures and a link back). Both are kept under the gap's key, so the gap shows them.
 */
@Service
public class GapNotes {

    /** The longest note. */
    public static final int MAX_NOTE = 2000;

    private final GapAnalysis analysis;
    private final Challenges challenges;
    private final GapTexts texts;
    private final JdbcClient jdbc;
    private final StielProperties properties;
    private final Clock clock;

    GapNotes(
            GapAnalysis analysis,
            Challenges challenges,
            GapTexts texts,
            JdbcClient jdbc,
            StielProperties properties,
            Clock clock) {
        this.analysis = analysis;
        this.challenges = challenges;
        this.texts = texts;
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
    }

    /** The coordinator writes (or, blank, clears) the note on a gap of the network. */
    @Transactional
    public void note(StielUser user, GapKey key, String note) {
        Require.coordinator(user);
        analysis.get(user, key);
        String text = note == null || note.isBlank() ? null : note.strip();
        if (text != null && text.length() > MAX_NOTE) {
            throw RuleViolation.on("note", "gaps.note.tooLong", MAX_NOTE);
        }
        jdbc.sql("""
                        insert into insight_gap_note (network_id, nis_code, life_domain, age_band, note, updated_by,
                                                      updated_at)
                        values (:network, :nis, :domain, :band, :note, :user, :now)
                        on conflict (network_id, nis_code, life_domain, age_band)
                        do update set note = excluded.note, updated_by = excluded.updated_by,
                                      updated_at = excluded.updated_at
                        """)
                .param("network", user.networkId().value())
                .param("nis", key.nisCode())
                .param("domain", key.domain().name())
                .param("band", key.band().name())
                .param("note", text)
                .param("user", user.id().value())
                .param("now", java.sql.Timestamp.from(clock.instant()))
                .update();
    }

    /**
     * The coordinator starts a challenge in the plan from a gap: its title names the domain, band and municipality,
     * its description carries the figures, the reasons and a link back to the gap. A gap starts one challenge.
     *
     * @throws RuleViolation when a challenge was already started from this gap
     */
    @Transactional
    public ChallengeId startChallenge(StielUser user, GapKey key, Locale locale) {
        Require.coordinator(user);
        var gap = analysis.get(user, key);
        if (gap.challenge() != null) {
            throw RuleViolation.on("challenge", "gaps.challenge.exists");
        }
        String description = texts.why(gap, locale) + ".\n\n"
                + texts.msg(
                        "gaps.challenge.figures",
                        locale,
                        gap.offers(),
                        gap.places(),
                        gap.sessions(),
                        GapTexts.number(gap.nearestKm(), locale))
                + "\n" + texts.msg("gaps.challenge.source", locale)
                + " " + properties.link("/insight/gaps/" + key.path());
        var id = challenges.propose(
                user, new ChallengeForm(texts.title(gap, locale), description, ChallengeSource.CONTEXT));
        jdbc.sql("""
                        insert into insight_gap_note (network_id, nis_code, life_domain, age_band, challenge_id,
                                                      updated_by, updated_at)
                        values (:network, :nis, :domain, :band, :challenge, :user, :now)
                        on conflict (network_id, nis_code, life_domain, age_band)
                        do update set challenge_id = excluded.challenge_id
                        """)
                .param("network", user.networkId().value())
                .param("nis", key.nisCode())
                .param("domain", key.domain().name())
                .param("band", key.band().name())
                .param("challenge", id.value())
                .param("user", user.id().value())
                .param("now", java.sql.Timestamp.from(clock.instant()))
                .update();
        return id;
    }
}
