package org.stiel.offer;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.stiel.network.NetworkId;

/** The school_holiday table, always scoped to one network. */
@Repository
class SchoolHolidays {

    private final JdbcClient jdbc;

    SchoolHolidays(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<SchoolHoliday> of(NetworkId network) {
        return jdbc.sql("select name, from_date, to_date from school_holiday where network_id = ? order by from_date")
                .param(network.value())
                .query((rs, row) -> new SchoolHoliday(
                        rs.getString("name"),
                        rs.getObject("from_date", LocalDate.class),
                        rs.getObject("to_date", LocalDate.class)))
                .list();
    }

    void replace(NetworkId network, List<SchoolHoliday> holidays) {
        jdbc.sql("delete from school_holiday where network_id = ?")
                .param(network.value())
                .update();
        for (var h : holidays) {
            jdbc.sql("insert into school_holiday (id, network_id, name, from_date, to_date) values (?, ?, ?, ?, ?)")
                    .params(UUID.randomUUID(), network.value(), h.getName().strip(), h.getFromDate(), h.getToDate())
                    .update();
        }
    }
}
