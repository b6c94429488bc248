package org.stiel.lifecycle.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.stiel.StielTest;
import org.stiel.accounts.Accounts;
import org.stiel.lifecycle.CollaborationFrequency;
import org.stiel.lifecycle.CollaborationSurveys;
import org.stiel.lifecycle.Rounds;
import org.stiel.network.Networks;
import org.stiel.partners.Partners;

/** Partner names and a round title typed like spreadsheet formulas reach the results CSV only as text. */
@StielTest
class SurveyCsvInjectionTests {

    static final List<String> PAYLOADS =
            List.of("=cmd|' /C calc'!A0", "=HYPERLINK(\"http://evil.example\",\"x\")", "+1+1", "@SUM(A1)", "-2+3");

    static final Pattern FORMULA = Pattern.compile("^[=+\\-@\t\r\0\uFF1D\uFF0B\uFF0D\uFF20].*", Pattern.DOTALL);

    @Autowired
    MockMvc mvc;

    @Autowired
    Networks networks;

    @Autowired
    Accounts accounts;

    @Autowired
    Partners partners;

    @Autowired
    Rounds rounds;

    @Autowired
    CollaborationSurveys surveys;

    @Test
    void formulaNamesAndTitlesAreNeutralisedInTheResultsCsv() throws Exception {
        var w = new SurveyWorld(networks, accounts, partners, rounds, surveys, PAYLOADS);
        var round = w.round("=HYPERLINK(\"http://evil.example\",\"ronde\")", LocalDate.now());
        for (int i = 0; i < 3; i++) {
            w.answer(
                    round,
                    i,
                    10 + i,
                    Map.of(
                            w.partners.get(4),
                            CollaborationSurveyTests.trusted(CollaborationFrequency.REGULARLY, 3, 3)));
        }

        byte[] body = mvc.perform(get("/lifecycle/rounds/" + round + "/survey/results.csv")
                        .with(user(w.coordinator)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        var records = parse(new String(body, StandardCharsets.UTF_8).replace("\uFEFF", ""));

        List<String> cells = new ArrayList<>();
        records.forEach(r -> r.forEach(cells::add));
        assertThat(cells).isNotEmpty().noneMatch(cell -> FORMULA.matcher(cell).matches());
        assertThat(cells).contains("'=HYPERLINK(\"http://evil.example\",\"ronde\")");
        List<String> partnerCells = records.stream()
                .filter(r -> r.get("section").equals("partner"))
                .map(r -> r.get("partner"))
                .distinct()
                .toList();
        assertThat(partnerCells).hasSize(PAYLOADS.size()).allMatch(name -> name.startsWith("'"));
        for (String name : w.names) {
            assertThat(partnerCells).contains("'" + name);
        }
    }

    private static List<CSVRecord> parse(String csv) throws Exception {
        var format = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get();
        try (var parser = format.parse(new StringReader(csv))) {
            return parser.getRecords();
        }
    }
}
