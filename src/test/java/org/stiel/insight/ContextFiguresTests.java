package org.stiel.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.stiel.insight.FigureWorld.EERSTE;
import static org.stiel.insight.FigureWorld.TWEEDE;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.stiel.StielTest;
import org.stiel.accounts.Accounts;
import org.stiel.accounts.NetworkRole;
import org.stiel.network.Networks;
import org.stiel.partners.Partners;
import org.stiel.platform.ForbiddenException;
import org.stiel.platform.Paging;
import org.stiel.platform.RuleViolation;

/** Entering figures by hand: the rules a coordinator meets, replacing, changing and deleting; own indicators. */
@StielTest
class ContextFiguresTests {

    @Autowired
    ContextFigures figures;

    @Autowired
    Indicators indicators;

    @Autowired
    Networks networks;

    @Autowired
    Accounts accounts;

    @Autowired
    Partners partners;

    @Autowired
    JdbcClient jdbc;

    FigureWorld world;

    @BeforeEach
    void world() {
        world = new FigureWorld(networks, accounts, partners, jdbc, "figures");
    }

    @Test
    void enteringAgainReplacesTheFigureOfThatPeriod() {
        var first = figures.enter(world.coordinator, FigureWorld.year("CHILDREN_0_2", EERSTE, 2024, "410"));
        var again = figures.enter(world.coordinator, FigureWorld.year("CHILDREN_0_2", EERSTE, 2024, "412"));

        assertThat(again).isEqualTo(first);
        var table = figures.table(world.coordinator, "CHILDREN_0_2", Paging.first());
        assertThat(table.periods()).containsExactly(Period.year(2024));
        var eerste = table.rows().items().stream()
                .filter(r -> r.nisCode().equals(EERSTE))
                .findFirst()
                .orElseThrow();
        assertThat(eerste.cells().getFirst().value()).isEqualByComparingTo("412");
        assertThat(eerste.cells().getFirst().enteredBy())
                .isEqualTo(world.coordinator.id().value());
        assertThat(figures.get(world.coordinator, first).source()).isEqualTo("Statbel");
    }

    @Test
    void theTableHasTheNetworksMunicipalitiesByTheLatestPeriodsOldestFirst() {
        for (int year = 2014; year <= 2025; year++) {
            figures.enter(world.coordinator, FigureWorld.year("BIRTHS", TWEEDE, year, Integer.toString(year - 1900)));
        }
        var table = figures.table(world.coordinator, "BIRTHS", Paging.first(1));

        assertThat(table.periods()).hasSize(ContextFigures.PERIODS);
        assertThat(table.periods().getFirst()).isEqualTo(Period.year(2016));
        assertThat(table.periods().getLast()).isEqualTo(Period.year(2025));
        // by name: Eerste first, without figures; Tweede on the next page
        assertThat(table.rows().items())
                .extracting(FigureTable.Row::municipality)
                .containsExactly("Eerste");
        assertThat(table.rows().items().getFirst().cells()).containsOnlyNulls();
        var next = figures.table(
                world.coordinator, "BIRTHS", new Paging(table.rows().next().orElseThrow(), 1));
        assertThat(next.rows().items())
                .extracting(FigureTable.Row::municipality)
                .containsExactly("Tweede");
        assertThat(next.rows().items().getFirst().cells().getLast().value()).isEqualByComparingTo("125");
        assertThat(next.rows().hasNext()).isFalse();
    }

    @Test
    void aSharesValueIsDerivedFromNumeratorAndDenominatorOrMustAgree() {
        var derived = figures.enter(
                world.coordinator, FigureWorld.share("DEPRIVATION_INDEX", EERSTE, 2024, null, "74", "412"));
        assertThat(figures.get(world.coordinator, derived).value()).isEqualByComparingTo("17.9612");

        var agreeing = figures.enter(
                world.coordinator, FigureWorld.share("DEPRIVATION_INDEX", EERSTE, 2023, "18.0", "74", "412"));
        assertThat(figures.get(world.coordinator, agreeing).value()).isEqualByComparingTo("18.0");

        assertThatThrownBy(() -> figures.enter(
                        world.coordinator, FigureWorld.share("DEPRIVATION_INDEX", EERSTE, 2022, "25", "74", "412")))
                .isInstanceOfSatisfying(RuleViolation.class, v -> {
                    assertThat(v.field()).contains("value");
                    assertThat(v.messageKey()).isEqualTo("insight.figure.value.disagrees");
                    assertThat(v.arguments()).containsExactly("18.0");
                });
    }

    @Test
    void aFigureNeedsAKnownIndicatorAMunicipalityOfTheNetworkAPeriodAndAValue() {
        assertViolation(FigureWorld.year("NO_SUCH_THING", EERSTE, 2024, "1"), "indicator");
        // Brugge is real, but not one of this network's municipalities
        assertViolation(FigureWorld.year("BIRTHS", "31005", 2024, "1"), "nisCode");
        assertViolation(FigureWorld.year("BIRTHS", EERSTE, 2024, null), "value");
        var noYear = new FigureForm(
                "BIRTHS", EERSTE, PeriodKind.YEAR, null, null, BigDecimal.ONE, null, null, "x", null, null);
        assertViolation(noYear, "year");
        var noDate = new FigureForm(
                "BIRTHS", EERSTE, PeriodKind.DATE, 2024, null, BigDecimal.ONE, null, null, "x", null, null);
        assertViolation(noDate, "date");
        assertViolation(FigureWorld.year("BIRTHS", EERSTE, 2024, "12345678901"), "value");
        assertThat(figures.table(world.coordinator, "BIRTHS", Paging.first()).periods())
                .isEmpty();
    }

    @Test
    void onlyTheCoordinatorEntersFigures() {
        var steering = world.member(NetworkRole.STEERING_GROUP);
        assertThatThrownBy(() -> figures.enter(steering, FigureWorld.year("BIRTHS", EERSTE, 2024, "3")))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void changingAFigureToAnotherPeriodMovesItAndReplacesWhatWasThere() {
        var y2023 = figures.enter(world.coordinator, FigureWorld.year("BIRTHS", EERSTE, 2023, "30"));
        var y2024 = figures.enter(world.coordinator, FigureWorld.year("BIRTHS", EERSTE, 2024, "40"));

        var moved = figures.update(world.coordinator, y2023, FigureWorld.year("BIRTHS", EERSTE, 2024, "35"));

        assertThat(moved).isEqualTo(y2024);
        var trend = figures.trend(world.coordinator, "BIRTHS", EERSTE);
        assertThat(trend).singleElement().satisfies(f -> {
            assertThat(f.period()).isEqualTo(Period.year(2024));
            assertThat(f.value()).isEqualByComparingTo("35");
        });

        var onADate = new FigureForm(
                "BIRTHS",
                EERSTE,
                PeriodKind.DATE,
                null,
                LocalDate.of(2024, 6, 30),
                BigDecimal.TEN,
                null,
                null,
                "Telling",
                null,
                null);
        var sameId = figures.update(world.coordinator, moved, onADate);
        figures.delete(world.coordinator, sameId);
        assertThat(figures.trend(world.coordinator, "BIRTHS", EERSTE)).isEmpty();
    }

    @Test
    void theLatestFigurePerMunicipality() {
        figures.enter(world.coordinator, FigureWorld.year("CHILDREN_3_5", EERSTE, 2023, "300"));
        figures.enter(world.coordinator, FigureWorld.year("CHILDREN_3_5", EERSTE, 2025, "320"));
        figures.enter(world.coordinator, FigureWorld.year("CHILDREN_3_5", TWEEDE, 2024, "90"));

        assertThat(figures.latest(world.network, Indicator.CHILDREN_3_5))
                .extracting(
                        LatestFigure::nisCode,
                        l -> l.period().label(),
                        l -> l.value().intValue())
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(EERSTE, "2025", 320),
                        org.assertj.core.groups.Tuple.tuple(TWEEDE, "2024", 90));
    }

    @Test
    void theCoordinatorAddsOwnIndicatorsWithACodeFromTheName() {
        String code = indicators.create(
                world.coordinator,
                new IndicatorForm("Wachtlijst kinderopvang (Zoë)", "Kinderen op de wachtlijst", Indicator.Unit.COUNT));

        assertThat(code).isEqualTo("own-wachtlijst-kinderopvang-zoe");
        assertThatThrownBy(() -> indicators.create(
                        world.coordinator,
                        new IndicatorForm("Wachtlijst  kinderopvang (zoe)", null, Indicator.Unit.COUNT)))
                .isInstanceOfSatisfying(
                        RuleViolation.class, v -> assertThat(v.field()).contains("name"));

        indicators.update(
                world.coordinator, code, new IndicatorForm("Wachtlijst opvang", "Per 1 juni", Indicator.Unit.NUMBER));
        var own = indicators.get(world.coordinator, code);
        assertThat(own.builtIn()).isFalse();
        assertThat(own.name()).isEqualTo("Wachtlijst opvang");
        assertThat(own.unit()).isEqualTo(Indicator.Unit.NUMBER);
        assertThat(indicators.visible(world.coordinator))
                .extracting(IndicatorView::code)
                .startsWith("CHILDREN_0_2")
                .endsWith(code)
                .hasSize(Indicator.values().length + 1);

        figures.enter(world.coordinator, FigureWorld.year(code, TWEEDE, 2025, "27"));
        assertThat(figures.trend(world.coordinator, code, TWEEDE)).hasSize(1);
    }

    @Test
    void builtInIndicatorsHaveNamesAndDefinitions() {
        for (var indicator : indicators.visible(world.coordinator)) {
            assertThat(indicator.name()).isNotBlank().isNotEqualTo(indicator.code());
            assertThat(indicator.definition()).isNotBlank();
        }
    }

    private void assertViolation(FigureForm form, String field) {
        assertThatThrownBy(() -> figures.enter(world.coordinator, form))
                .isInstanceOfSatisfying(
                        RuleViolation.class, v -> assertThat(v.field()).contains(field));
    }
}
