package org.stiel.lifecycle;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stiel.accounts.Require;
import org.stiel.accounts.StielUser;
import org.stiel.network.NetworkId;
import org.stiel.platform.NotFoundException;

/**
 * The crucial questions per phase: Stiel's standard set, whose texts come from the message bundles in the reader's
 * language, and the questions a network adds itself. A coordinator adds, changes and retires the network's own
 * questions; the standard set is the same for every network.
 */
@Service
@Transactional(readOnly = true)
public class Questions {

    private final QuestionQueries queries;
    private final MessageSource messages;

    Questions(QuestionQueries queries, MessageSource messages) {
        this.queries = queries;
        this.messages = messages;
    }

    /** The questions a round opened now would ask, in circle order. */
    public List<QuestionView> questions(NetworkId network) {
        return queries.all(network.value(), false).stream().map(this::view).toList();
    }

    /** The network's own questions, retired ones included. */
    public List<QuestionView> ownQuestions(NetworkId network) {
        return queries.all(network.value(), true).stream()
                .filter(r -> r.networkId() != null)
                .map(this::view)
                .toList();
    }

    /** The given questions as far as the network may see them, in circle order; for rounds that fixed their set. */
    List<QuestionView> byIds(NetworkId network, Collection<UUID> ids) {
        return queries.byIds(network.value(), ids).stream().map(this::view).toList();
    }

    public QuestionView ownQuestion(NetworkId network, QuestionId id) {
        return queries.own(network.value(), id.value())
                .map(this::view)
                .orElseThrow(() -> new NotFoundException("Question"));
    }

    @Transactional
    public QuestionId add(StielUser actor, QuestionForm form) {
        Require.coordinator(actor);
        var id = UUID.randomUUID();
        queries.insertOwn(id, actor.networkId().value(), form);
        return new QuestionId(id);
    }

    @Transactional
    public void update(StielUser actor, QuestionId id, QuestionForm form) {
        ownQuestion(actor.networkId(), id);
        Require.coordinator(actor);
        queries.updateOwn(id.value(), actor.networkId().value(), form);
    }

    /** Retires (or brings back) an own question: rounds opened later no longer ask it; earlier rounds keep it. */
    @Transactional
    public void retire(StielUser actor, QuestionId id, boolean retired) {
        ownQuestion(actor.networkId(), id);
        Require.coordinator(actor);
        queries.retireOwn(id.value(), actor.networkId().value(), retired);
    }

    private QuestionView view(QuestionQueries.Row row) {
        if (row.key() == null) {
            return new QuestionView(
                    new QuestionId(row.id()),
                    row.phase(),
                    row.theme(),
                    Optional.empty(),
                    row.text(),
                    row.hint() == null ? "" : row.hint(),
                    row.retired());
        }
        Locale locale = LocaleContextHolder.getLocale();
        String prefix = "question." + row.key();
        return new QuestionView(
                new QuestionId(row.id()),
                row.phase(),
                row.theme(),
                Optional.of(row.key()),
                messages.getMessage(prefix + ".text", null, row.key(), locale),
                messages.getMessage(prefix + ".hint", null, "", locale),
                row.retired());
    }
}
