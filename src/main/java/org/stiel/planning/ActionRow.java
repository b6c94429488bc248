package org.stiel.planning;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.stiel.accounts.UserId;
import org.stiel.partners.PartnerId;
import org.stiel.platform.Cursor;

/** One action as the plan's list queries of {@link ActionQueries} select it, with the names joined in. */
record ActionRow(
        UUID id,
        String title,
        String description,
        ActionStatus status,
        UUID ownerPartner,
        UUID ownerUser,
        LocalDate dueOn,
        String sourceType,
        String sourceRef,
        Instant createdAt,
        long version,
        UUID goal,
        String goalTitle,
        String partnerName,
        String personName,
        LocalDate startOn,
        boolean quickWin,
        int progress,
        String sortTitle) {

    static ActionRow of(ResultSet rs) throws SQLException {
        var created = rs.getObject("created_at", OffsetDateTime.class);
        return new ActionRow(
                rs.getObject("id", UUID.class),
                rs.getString("title"),
                rs.getString("description"),
                ActionStatus.valueOf(rs.getString("status")),
                rs.getObject("owner_partner_id", UUID.class),
                rs.getObject("owner_user_id", UUID.class),
                rs.getObject("due_on", LocalDate.class),
                rs.getString("source_type"),
                rs.getString("source_ref"),
                created == null ? null : created.toInstant(),
                rs.getLong("version"),
                rs.getObject("goal_id", UUID.class),
                nonNull(rs.getString("goal_title")),
                nonNull(rs.getString("partner_name")),
                nonNull(rs.getString("person_name")),
                rs.getObject("start_on", LocalDate.class),
                rs.getBoolean("quick_win"),
                rs.getInt("progress"),
                rs.getString("sort_title"));
    }

    static String nonNull(String text) {
        return text == null ? "" : text;
    }

    ActionView view(List<ActionView.ContributorView> contributors) {
        return new ActionView(
                new ActionId(id),
                title,
                description,
                status,
                Optional.ofNullable(ownerPartner).map(PartnerId::new),
                Optional.ofNullable(ownerUser).map(UserId::new),
                partnerName.isEmpty() ? personName : partnerName,
                dueOn,
                sourceType == null ? Optional.empty() : Optional.of(new ActionSource(sourceType, sourceRef)),
                createdAt,
                version,
                Optional.ofNullable(goal).map(GoalId::new),
                goalTitle,
                partnerName,
                personName,
                startOn,
                quickWin,
                progress,
                contributors);
    }

    /** The row's place in the plan's order; the title as PostgreSQL lowers it, so the next page starts right. */
    Cursor cursor() {
        int rank = status == ActionStatus.DONE ? 1 : status == ActionStatus.CANCELLED ? 2 : 0;
        return Cursor.of(rank, dueOn, sortTitle, id);
    }
}
