package org.homeward.reporting.ui.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * The built-in reports' aggregations written as plain SQL on the areas' tables, for the benchmark's
 * baseline: what a hand-written query costs, read in full, with no service, view or label around it.
 */
final class RawReports {

    @FunctionalInterface
    interface Raw {

        int run(Connection c, LocalDate from, LocalDate to) throws SQLException;
    }

    private static final String RETURNED = " FROM PERSON p JOIN CASE_STATUS_CHANGE s ON s.CASE_ID = p.CASE_ID"
            + " WHERE s.TO_STATUS = 'DEPARTED' AND s.CHANGED_AT >= ? AND s.CHANGED_AT < ?";

    static final Map<String, Raw> BY_REPORT = Map.of(
            "returns-per-month", (c, f, t) -> rows(c, "SELECT YEAR(s.CHANGED_AT), MONTH(s.CHANGED_AT), COUNT(*)"
                    + RETURNED + " GROUP BY YEAR(s.CHANGED_AT), MONTH(s.CHANGED_AT)", f, t),
            "returns-by-nationality", (c, f, t) -> rows(c, "SELECT p.NATIONALITY, COUNT(*)" + RETURNED
                    + " GROUP BY p.NATIONALITY", f, t),
            "returns-by-sex", (c, f, t) -> rows(c, "SELECT p.SEX, COUNT(*)" + RETURNED + " GROUP BY p.SEX", f, t),
            "returns-by-age-group", (c, f, t) -> rows(c, "SELECT a, COUNT(*) FROM (SELECT CASE"
                    + " WHEN YEAR(s.CHANGED_AT) - p.BIRTH_YEAR < 5 THEN 0 WHEN YEAR(s.CHANGED_AT) - p.BIRTH_YEAR < 12"
                    + " THEN 1 WHEN YEAR(s.CHANGED_AT) - p.BIRTH_YEAR < 18 THEN 2 WHEN YEAR(s.CHANGED_AT)"
                    + " - p.BIRTH_YEAR < 25 THEN 3 WHEN YEAR(s.CHANGED_AT) - p.BIRTH_YEAR < 50 THEN 4"
                    + " WHEN YEAR(s.CHANGED_AT) - p.BIRTH_YEAR < 60 THEN 5 ELSE 6 END AS a" + RETURNED
                    + ") g GROUP BY a",
                    f, t),
            "pipeline", (c, f, t) -> rows(c, "SELECT s.TO_STATUS, COUNT(DISTINCT s.CASE_ID) FROM CASE_STATUS_CHANGE s"
                    + " JOIN MIGRANT_CASE m ON m.ID = s.CASE_ID WHERE m.CREATED_AT >= ? AND m.CREATED_AT < ?"
                    + " GROUP BY s.TO_STATUS", f, t),
            "lead-times", RawReports::leadTimes,
            "embassy-waits", (c, f, t) -> rows(c, "SELECT r.EMBASSY_ID, COUNT(*) FROM TRAVEL_DOC_REQUEST r"
                    + " WHERE r.SENT_ON >= ? AND r.SENT_ON < ? GROUP BY r.EMBASSY_ID", f, t),
            "spending", (c, f, t) -> rows(c, "SELECT b.DONOR, b.PROJECT_CODE, b.CURRENCY, COUNT(b.ID),"
                    + " SUM(COALESCE(b.FARE, 0) + COALESCE(b.TAXES, 0)) FROM BOOKING b JOIN BOOKING_SEGMENT s"
                    + " ON s.BOOKING_ID = b.ID WHERE s.LEG = 0 AND s.DEPARTS_LOCAL >= ? AND s.DEPARTS_LOCAL < ?"
                    + " GROUP BY b.DONOR, b.PROJECT_CODE, b.CURRENCY", f, t)
                    + rows(c, "SELECT b.DONOR, b.PROJECT_CODE, b.CURRENCY, COUNT(p.ID) FROM BOOKING b JOIN"
                            + " BOOKING_SEGMENT s ON s.BOOKING_ID = b.ID JOIN BOOKING_PASSENGER p ON p.BOOKING_ID = b.ID"
                            + " WHERE s.LEG = 0 AND s.DEPARTS_LOCAL >= ? AND s.DEPARTS_LOCAL < ?"
                            + " GROUP BY b.DONOR, b.PROJECT_CODE, b.CURRENCY", f, t));

    private RawReports() {
    }

    /** Registration and departure of each departed case, and their median in Java (SQL has no portable median). */
    private static int leadTimes(Connection c, LocalDate from, LocalDate to) throws SQLException {
        List<Long> days = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT m.CREATED_AT, s.CHANGED_AT FROM MIGRANT_CASE m"
                + " JOIN CASE_STATUS_CHANGE s ON s.CASE_ID = m.ID WHERE s.TO_STATUS = 'DEPARTED'"
                + " AND s.CHANGED_AT >= ? AND s.CHANGED_AT < ?")) {
            bind(ps, from, to);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    days.add((rs.getTimestamp(2).getTime() - rs.getTimestamp(1).getTime()) / 86_400_000L);
                }
            }
        }
        Collections.sort(days);
        return days.isEmpty() ? 0 : days.get(days.size() / 2).intValue();
    }

    private static int rows(Connection c, String sql, LocalDate from, LocalDate to) throws SQLException {
        int n = 0;
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, from, to);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    n++;
                }
            }
        }
        return n;
    }

    private static void bind(PreparedStatement ps, LocalDate from, LocalDate to) throws SQLException {
        if (ps.getParameterMetaData().getParameterType(1) == java.sql.Types.DATE) {
            ps.setDate(1, java.sql.Date.valueOf(from));
            ps.setDate(2, java.sql.Date.valueOf(to.plusDays(1)));
        } else {
            ps.setTimestamp(1, Timestamp.valueOf(from.atStartOfDay()));
            ps.setTimestamp(2, Timestamp.valueOf(to.plusDays(1).atStartOfDay()));
        }
    }
}
