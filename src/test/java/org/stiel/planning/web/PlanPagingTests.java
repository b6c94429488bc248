package org.stiel.planning.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.stiel.StielTest;
import org.stiel.TestNetworks;
import org.stiel.accounts.Accounts;
import org.stiel.accounts.Actor;
import org.stiel.accounts.NetworkRole;
import org.stiel.accounts.StielUser;
import org.stiel.network.NetworkId;
import org.stiel.network.Networks;
import org.stiel.partners.Partners;
import org.stiel.planning.ActionForm;
import org.stiel.planning.ActionId;
import org.stiel.planning.ActionStatus;
import org.stiel.planning.ActionView;
import org.stiel.planning.Actions;
import org.stiel.planning.GoalForm;
import org.stiel.planning.GoalId;
import org.stiel.planning.GoalView;
import org.stiel.planning.Goals;
import org.stiel.platform.Paging;

/**
 * The plan's lists page without gaps or repeats, also when actions are added between two pages; the goals' progress
 * is rolled up in SQL to the figures worked out by hand; another network sees none of it.
 */
@StielTest
class PlanPagingTests {

    private static final Pattern NEXT = Pattern.compile("<([^>]+)>; rel=\"next\"");

    @Autowired
    MockMvc mvc;

    @Autowired
    Networks networks;

    @Autowired
    Accounts accounts;

    @Autowired
    Partners partners;

    @Autowired
    Goals goals;

    @Autowired
    Actions actions;

    private ActionId action(NetworkId network, String title, LocalDate due, GoalId goal) {
        var form = new ActionForm(title, null, "", due);
        form.setGoalId(goal == null ? null : goal.value());
        return actions.create(Actor.system(network, "Test"), form, null);
    }

    @Test
    void theActionListPagesWithoutGapsOrRepeatsWhileActionsAreAdded() throws Exception {
        var fixtures = new TestNetworks(networks, accounts, partners);
        var network = fixtures.network("plan-paging").id();
        StielUser coordinator = fixtures.member(network, NetworkRole.COORDINATOR);
        for (int i = 1; i <= 7; i++) {
            action(network, "Actie " + i, LocalDate.of(2027, 1, i * 2), null);
        }
        actions.changeStatus(
                Actor.system(network, "Test"),
                action(network, "Al klaar", LocalDate.of(2027, 1, 1), null),
                ActionStatus.DONE);

        // the API, three a page: the first page, then one action before the cursor and one after it
        var first = mvc.perform(get("/api/v1/plan/actions?size=3").with(user(coordinator)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(3))
                .andReturn();
        List<String> seen = new ArrayList<>(titles(first));
        assertThat(seen).containsExactly("Actie 1", "Actie 2", "Actie 3");
        action(network, "Eerder toegevoegd", LocalDate.of(2027, 1, 1), null); // sorts before the cursor: not shown
        action(network, "Later toegevoegd", LocalDate.of(2027, 1, 9), null); // sorts after it: shown in its place
        String next = next(first);
        while (next != null) {
            var page = mvc.perform(get(next).with(user(coordinator)))
                    .andExpect(status().isOk())
                    .andReturn();
            seen.addAll(titles(page));
            next = next(page);
        }
        assertThat(seen)
                .containsExactly(
                        "Actie 1",
                        "Actie 2",
                        "Actie 3",
                        "Actie 4",
                        "Later toegevoegd",
                        "Actie 5",
                        "Actie 6",
                        "Actie 7",
                        "Al klaar");

        // the facade pages the same way, and a page of a status continues within that status
        var open = actions.withStatus(network, ActionStatus.OPEN, new Paging(null, 4));
        assertThat(open.items()).hasSize(4);
        var rest = actions.withStatus(
                network, ActionStatus.OPEN, new Paging(open.next().orElseThrow(), 5));
        assertThat(rest.items()).extracting(ActionView::title).doesNotContainAnyElementsOf(titlesOf(open.items()));
        assertThat(open.items().size() + rest.items().size()).isEqualTo(9);
        assertThat(rest.hasNext()).isFalse();
    }

    @Test
    void thePagesShowAMoreLinkThatHtmxFollowsInPlace() throws Exception {
        var fixtures = new TestNetworks(networks, accounts, partners);
        var network = fixtures.network("plan-more").id();
        var member = fixtures.member(network, NetworkRole.VOLUNTEER);
        var goal = goals.create(Actor.system(network, "Test"), new GoalForm("Veel acties", null, null, null));
        for (int i = 1; i <= 30; i++) {
            action(network, "Stap %02d".formatted(i), LocalDate.of(2027, 2, 1).plusDays(i), goal);
        }
        String page = mvc.perform(get("/actions").with(user(member)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("Stap 25").doesNotContain("Stap 26");
        String more = moreLink(page);
        assertThat(more).startsWith("/actions?after=");
        // with htmx only the next rows come, ending without a further "more"
        String rows = mvc.perform(get(more).header("HX-Request", "true").with(user(member)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(rows)
                .contains("Stap 26", "Stap 30")
                .doesNotContain("Stap 25")
                .doesNotContain("<html");
        assertThat(rows).doesNotContain("paging-more");

        // the tree shows the goal's first actions, its count and a link to all of them
        String tree = mvc.perform(get("/plan").with(user(member)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(tree).contains("Stap 05").doesNotContain("Stap 06").contains("/plan/goals/" + goal.value());
        // the board caps the open column with a "more" that continues the same status
        String board = mvc.perform(get("/plan/board").with(user(member)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(board).contains("Stap 25").doesNotContain("Stap 26").contains("/actions?status=OPEN&amp;after=");
        // the goal's page pages its actions
        String goalPage = mvc.perform(get("/plan/goals/" + goal.value()).with(user(member)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(goalPage).contains("Stap 25").doesNotContain("Stap 26").contains("paging-more");
    }

    @Test
    void aGoalsProgressIsTheRollUpOfItsActionsComputedByTheDatabase() throws Exception {
        var fixtures = new TestNetworks(networks, accounts, partners);
        var network = fixtures.network("plan-rollup").id();
        var member = fixtures.member(network, NetworkRole.STEERING_GROUP);
        var mixed = goals.create(
                Actor.system(network, "Test"), new GoalForm("Gemengd", null, null, LocalDate.of(2027, 1, 1)));
        var half = goals.create(
                Actor.system(network, "Test"), new GoalForm("Halverwege", null, null, LocalDate.of(2027, 2, 1)));
        var empty =
                goals.create(Actor.system(network, "Test"), new GoalForm("Leeg", null, null, LocalDate.of(2027, 3, 1)));
        var cancelled = goals.create(
                Actor.system(network, "Test"), new GoalForm("Geschrapt", null, null, LocalDate.of(2027, 4, 1)));
        // done (counts 100 whatever its progress said), 50, 0, and a cancelled one left out: 150 / 3 = 50
        var done = action(network, "Klaar", null, mixed);
        actions.updateProgress(Actor.system(network, "Test"), done, ActionStatus.IN_PROGRESS, 10);
        actions.changeStatus(Actor.system(network, "Test"), done, ActionStatus.DONE);
        actions.updateProgress(
                Actor.system(network, "Test"), action(network, "Bezig", null, mixed), ActionStatus.IN_PROGRESS, 50);
        action(network, "Open", null, mixed);
        actions.updateProgress(
                Actor.system(network, "Test"), action(network, "Weg", null, mixed), ActionStatus.CANCELLED, 80);
        // 33 and 34: 33.5 rounds half up to 34
        actions.updateProgress(
                Actor.system(network, "Test"), action(network, "Een derde", null, half), ActionStatus.IN_PROGRESS, 33);
        actions.updateProgress(
                Actor.system(network, "Test"), action(network, "Iets meer", null, half), ActionStatus.IN_PROGRESS, 34);
        // only cancelled actions: 0, not NaN
        actions.updateProgress(
                Actor.system(network, "Test"),
                action(network, "Geschrapt", null, cancelled),
                ActionStatus.CANCELLED,
                60);

        assertThat(goals.get(network, mixed).progress()).isEqualTo(50);
        assertThat(goals.get(network, mixed).actionCount()).isEqualTo(4);
        assertThat(goals.list(network))
                .extracting(GoalView::title, GoalView::progress, GoalView::actionCount)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Gemengd", 50, 4),
                        org.assertj.core.groups.Tuple.tuple("Halverwege", 34, 2),
                        org.assertj.core.groups.Tuple.tuple("Leeg", 0, 0),
                        org.assertj.core.groups.Tuple.tuple("Geschrapt", 0, 1));
        mvc.perform(get("/api/v1/plan/goals?size=2").with(user(member)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].progress").value(50))
                .andExpect(jsonPath("$[1].progress").value(34))
                .andExpect(jsonPath("$[1].actionCount").value(2))
                .andExpect(result -> assertThat(next(result)).contains("after="));
        assertThat(goals.tree(network, Paging.first()).items())
                .extracting(GoalView::id)
                .containsExactly(mixed, half, empty, cancelled);
    }

    @Test
    void anotherNetworkPagesNothingOfThePlan() throws Exception {
        var fixtures = new TestNetworks(networks, accounts, partners);
        var mine = fixtures.network("plan-paging-own").id();
        var theirs = fixtures.network("plan-paging-other").id();
        var stranger = fixtures.member(theirs, NetworkRole.COORDINATOR);
        var goal = goals.create(Actor.system(mine, "Test"), new GoalForm("Eigen doel", null, null, null));
        String secret = TestNetworks.unique("Geheime actie");
        action(mine, secret, LocalDate.of(2020, 1, 1), goal);

        mvc.perform(get("/api/v1/plan/goals/" + goal.value() + "/actions").with(user(stranger)))
                .andExpect(status().isNotFound());
        for (String path : new String[] {
            "/api/v1/plan/actions", "/api/v1/plan/actions?status=OPEN", "/api/v1/plan/goals",
        }) {
            mvc.perform(get(path).with(user(stranger)))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.length()").value(0));
        }
        for (String path :
                new String[] {"/plan", "/plan/board", "/plan/overdue", "/actions?goal=none", "/actions?status=OPEN"}) {
            String body = mvc.perform(get(path).with(user(stranger)))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            assertThat(body).doesNotContain(secret);
        }
        assertThat(actions.firstOfGoals(theirs, List.of(goal), 5)).isEmpty();
        assertThat(goals.byIds(theirs, List.of(goal))).isEmpty();
    }

    private static List<String> titles(MvcResult result) throws Exception {
        return JsonPath.read(result.getResponse().getContentAsString(), "$[*].title");
    }

    private static List<String> titlesOf(List<ActionView> list) {
        return list.stream().map(ActionView::title).toList();
    }

    static String next(MvcResult result) {
        String link = result.getResponse().getHeader("Link");
        if (link == null) {
            return null;
        }
        var matcher = NEXT.matcher(link);
        return matcher.find() ? matcher.group(1) : null;
    }

    /** The href of the page's "more" link. */
    static String moreLink(String html) {
        var matcher = Pattern.compile("class=\"paging-more[^\"]*\"[^<]*<td[^>]*>\\s*<a[^>]*href=\"([^\"]+)\"")
                .matcher(html);
        assertThat(matcher.find()).as("a more link").isTrue();
        return matcher.group(1).replace("&amp;", "&");
    }
}
