package org.stiel.insight.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.stiel.insight.FigureWorld.EERSTE;
import static org.stiel.insight.FigureWorld.TWEEDE;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.stiel.StielTest;
import org.stiel.accounts.Accounts;
import org.stiel.insight.ContextFigures;
import org.stiel.insight.FigureWorld;
import org.stiel.network.Networks;
import org.stiel.partners.Partners;
import org.stiel.platform.Paging;

/** The figures pages as the coordinator uses them: the table, the form with its errors, the trend, the exports. */
@StielTest
class FigurePagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ContextFigures figures;

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
        world = new FigureWorld(networks, accounts, partners, jdbc, "figure-pages");
    }

    @Test
    void theFormShowsEachErrorNextToItsField() throws Exception {
        mvc.perform(post("/insight/figures")
                        .with(user(world.coordinator))
                        .with(csrf())
                        .param("indicator", "DEPRIVATION_INDEX")
                        .param("nisCode", EERSTE)
                        .param("periodKind", "YEAR")
                        .param("year", "2024")
                        .param("value", "25")
                        .param("numerator", "74")
                        .param("denominator", "412")
                        .param("source", "Opgroeien"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"value-error\"")))
                .andExpect(content().string(containsString("Teller en noemer geven 18.0.")));

        mvc.perform(post("/insight/figures")
                        .with(user(world.coordinator))
                        .with(csrf())
                        .param("indicator", "BIRTHS")
                        .param("nisCode", EERSTE)
                        .param("periodKind", "YEAR")
                        .param("year", "")
                        .param("value", "12")
                        .param("source", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"source-error\"")));

        mvc.perform(post("/insight/figures")
                        .with(user(world.coordinator))
                        .with(csrf())
                        .param("indicator", "BIRTHS")
                        .param("nisCode", EERSTE)
                        .param("periodKind", "YEAR")
                        .param("year", "2024")
                        .param("value", "veel")
                        .param("source", "Statbel"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"value-error\"")))
                .andExpect(content().string(containsString("Geef een getal, bv. 412 of 18,5.")))
                // what was typed stays, so that only the mistake needs fixing
                .andExpect(content().string(containsString("name=\"year\" value=\"2024\"")))
                .andExpect(content().string(containsString("name=\"value\" value=\"veel\"")))
                .andExpect(content().string(containsString("name=\"source\" value=\"Statbel\"")))
                .andExpect(content().string(containsString("value=\"BIRTHS\" selected")));
        assertThat(figures.table(world.coordinator, "BIRTHS", Paging.first()).periods())
                .isEmpty();
    }

    @Test
    void aFigureEnteredWithADecimalCommaShowsInTheTableWithItsSource() throws Exception {
        mvc.perform(post("/insight/figures")
                        .with(user(world.coordinator))
                        .with(csrf())
                        .param("indicator", "DEPRIVATION_INDEX")
                        .param("nisCode", TWEEDE)
                        .param("periodKind", "YEAR")
                        .param("year", "2024")
                        .param("value", "18,4")
                        .param("source", "Opgroeien, kansarmoede-index")
                        .param("publishedOn", "2025-05-15")
                        .param("licence", "Modellicentie gratis hergebruik"))
                .andExpect(status().isFound())
                .andExpect(header().string("Location", "/insight/figures?indicator=DEPRIVATION_INDEX"));

        mvc.perform(get("/insight/figures")
                        .param("indicator", "DEPRIVATION_INDEX")
                        .with(user(world.coordinator)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("18,4 %")))
                .andExpect(
                        content()
                                .string(
                                        containsString(
                                                "Bron: Opgroeien, kansarmoede-index · gepubliceerd: 2025-05-15 · licentie: Modellicentie")))
                .andExpect(content().string(containsString(">2024</th>")));
    }

    @Test
    void theTrendPageDrawsTheLineAndShowsTheSameNumbersInATable() throws Exception {
        figures.enter(world.coordinator, FigureWorld.year("CHILDREN_0_2", EERSTE, 2021, "100"));
        figures.enter(world.coordinator, FigureWorld.year("CHILDREN_0_2", EERSTE, 2022, "200"));
        figures.enter(world.coordinator, FigureWorld.year("CHILDREN_0_2", EERSTE, 2023, "400"));

        mvc.perform(get("/insight/figures/trend")
                        .param("indicator", "CHILDREN_0_2")
                        .param("municipality", EERSTE)
                        .with(user(world.coordinator)))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(containsString(
                                "<title id=\"trend-title\">Kinderen van 0 tot 2 jaar in Eerste</title>")))
                .andExpect(content().string(containsString("points=\"64.0,192.8 340.0,149.6 616.0,63.2\"")))
                .andExpect(content().string(containsString("Lijn van 3 cijfers, van 100 in 2021 tot 400 in 2023.")))
                .andExpect(content().string(containsString(">400</a>")));
    }

    @Test
    void csvExportHasTheLongTableColumnsAndOneRowPerFigure() throws Exception {
        figures.enter(world.coordinator, FigureWorld.year("BIRTHS", EERSTE, 2024, "123"));
        figures.enter(world.coordinator, FigureWorld.share("DEPRIVATION_INDEX", TWEEDE, 2024, null, "9", "50"));

        var csv = mvc.perform(get("/insight/figures/export.csv")
                        .param("indicator", "BIRTHS")
                        .with(user(world.coordinator)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(csv.lines().toList())
                .containsExactly(
                        "\"nis_code\",\"municipality\",\"indicator\",\"indicator_name\",\"unit\",\"period\",\"value\","
                                + "\"numerator\",\"denominator\",\"source\",\"published_on\",\"licence\"",
                        "\"44021\",\"Eerste\",\"BIRTHS\",\"Geboorten\",\"COUNT\",\"2024\",123,,,\"Statbel\","
                                + "\"2024-06-01\",\"Modellicentie gratis hergebruik\"");
    }

    @Test
    void xlsxExportReadsBackWithNumbersAsNumbers() throws Exception {
        figures.enter(world.coordinator, FigureWorld.share("DEPRIVATION_INDEX", TWEEDE, 2024, null, "9", "50"));
        figures.enter(world.coordinator, FigureWorld.year("BIRTHS", EERSTE, 2024, "123"));

        byte[] xlsx = mvc.perform(get("/insight/figures/export.xlsx").with(user(world.coordinator)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();

        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("nis_code");
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
            // by indicator: BIRTHS before DEPRIVATION_INDEX
            var births = sheet.getRow(1);
            assertThat(births.getCell(2).getStringCellValue()).isEqualTo("BIRTHS");
            assertThat(births.getCell(6).getNumericCellValue()).isEqualTo(123.0);
            var deprivation = sheet.getRow(2);
            assertThat(deprivation.getCell(0).getStringCellValue()).isEqualTo(TWEEDE);
            assertThat(deprivation.getCell(6).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(deprivation.getCell(6).getNumericCellValue()).isEqualTo(18.0);
            assertThat(deprivation.getCell(7).getNumericCellValue()).isEqualTo(9.0);
            assertThat(deprivation.getCell(8).getNumericCellValue()).isEqualTo(50.0);
        }
    }

    @Test
    void theCoordinatorAddsAnIndicatorAndSharesIt() throws Exception {
        mvc.perform(post("/insight/figures/indicators")
                        .with(user(world.coordinator))
                        .with(csrf())
                        .param("name", "")
                        .param("unit", "COUNT"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"name-error\"")));
        mvc.perform(post("/insight/figures/indicators")
                        .with(user(world.coordinator))
                        .with(csrf())
                        .param("name", "Bevraging ouders")
                        .param("definition", "Ouders die het aanbod kennen")
                        .param("unit", "PERCENT"))
                .andExpect(status().isFound());
        mvc.perform(post("/insight/figures/indicators/own-bevraging-ouders/share")
                        .with(user(world.coordinator))
                        .with(csrf())
                        .param("shared", "true"))
                .andExpect(status().isFound());

        mvc.perform(get("/insight/figures/indicators").with(user(world.coordinator)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Bevraging ouders")))
                .andExpect(content().string(containsString("Ouders die het aanbod kennen")))
                .andExpect(content().string(not(containsString("indicator.CHILDREN_0_2.name"))));
    }
}
