package org.homeward.cases.core.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;

import org.homeward.cases.model.CaseStatus;
import org.homeward.cases.model.DateOfBirth;
import org.homeward.cases.model.PersonDraft;
import org.homeward.cases.model.Relationship;
import org.homeward.cases.model.Sex;
import org.homeward.cases.core.internal.DemoNames.Origin;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

/**
 * Realistic demonstration data: households of one to five persons from the main countries of
 * return, registered over the years since 2019, in statuses that fit their age. Written with JDBC
 * batches (a thousand cases a transaction), case numbers prefixed {@code DEM} so that they never
 * meet an office's real numbering. Reproducible: the same seed gives the same cases.
 */
public final class DemoData {

    static final String PREFIX = "DEM";
    static final int BATCH = 1000;
    private static final int FIRST_YEAR = 2019;
    private static final String USER = "demo";

    private final EntityManagerFactory emf;
    private final Random random;

    public DemoData(EntityManagerFactory emf, long seed) {
        this.emf = emf;
        this.random = new Random(seed);
    }

    /**
     * Adds {@code cases} demonstration cases.
     *
     * @param progress told the number of cases written after each batch
     * @param cancelled asked between batches; what was written stays
     * @return the number of cases written
     */
    public int generate(int cases, IntConsumer progress, BooleanSupplier cancelled) throws SQLException {
        int written = 0;
        while (written < cases && !cancelled.getAsBoolean()) {
            int n = Math.min(BATCH, cases - written);
            batch(n);
            written += n;
            progress.accept(written);
        }
        return written;
    }

    private void batch(int n) throws SQLException {
        EntityManager em = emf.createEntityManager();
        try {
            em.getTransaction().begin();
            Connection c = em.unwrap(Connection.class);
            int sequence = (int) nextSequence(c);
            try (CaseRowsBatch rows = new CaseRowsBatch(c)) {
                for (int i = 0; i < n; i++) {
                    Origin origin = origin();
                    String family = pick(origin.families());
                    Sex sex = random.nextInt(100) < 78 ? Sex.MALE : Sex.FEMALE;
                    String given = pick(sex == Sex.MALE ? origin.men() : origin.women());
                    String arabic = random.nextInt(4) == 0 ? DemoNames.ARABIC.get(given) : null;
                    DateOfBirth dob = dateOfBirth(18, 55);
                    LocalDateTime created = LocalDateTime.of(FIRST_YEAR + random.nextInt(LocalDate.now().getYear()
                            - FIRST_YEAR + 1), 1 + random.nextInt(12), 1 + random.nextInt(28), 8 + random.nextInt(9),
                            random.nextInt(60));
                    Instant at = created.toInstant(ZoneOffset.UTC);
                    CaseStatus status = status(created.getYear());
                    List<PersonDraft> household = new ArrayList<>();
                    List<Relationship> relationships = new ArrayList<>();
                    household.add(new PersonDraft(family, given, arabic, null, sex, dob, origin.nationality()));
                    relationships.add(Relationship.PRINCIPAL);
                    int members = household();
                    for (int m = 0; m < members; m++) {
                        boolean child = m > 0 || random.nextBoolean();
                        Sex s = random.nextBoolean() ? Sex.MALE : Sex.FEMALE;
                        household.add(new PersonDraft(family, pick(s == Sex.MALE ? origin.men() : origin.women()),
                                null, null, s, child ? dateOfBirth(0, 17) : dateOfBirth(18, 50),
                                origin.nationality()));
                        relationships.add(child ? Relationship.CHILD : Relationship.SPOUSE);
                    }
                    String number = String.format("%s-%04d-%06d", PREFIX, created.getYear(), sequence++);
                    long caseId = rows.addCase(number, household, relationships, status, at, USER);
                    rows.addStatus(caseId, null, CaseStatus.REGISTERED, null, USER, at);
                    if (status != CaseStatus.REGISTERED) {
                        rows.addStatus(caseId, CaseStatus.REGISTERED, status, null, USER,
                                at.plusSeconds(86_400L * (10 + random.nextInt(120))));
                    }
                }
            }
            em.getTransaction().commit();
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }

    private static long nextSequence(Connection c) throws SQLException {
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM MIGRANT_CASE WHERE CASE_NUMBER LIKE '" + PREFIX
                        + "-%'")) {
            rs.next();
            return rs.getLong(1) + 1;
        }
    }

    private Origin origin() {
        int total = DemoNames.ORIGINS.stream().mapToInt(Origin::weight).sum();
        int r = random.nextInt(total);
        for (Origin o : DemoNames.ORIGINS) {
            r -= o.weight();
            if (r < 0) {
                return o;
            }
        }
        return DemoNames.ORIGINS.get(0);
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    /** Most returnees travel alone; some with a spouse and children. */
    private int household() {
        int r = random.nextInt(100);
        return r < 72 ? 0 : r < 84 ? 1 : r < 93 ? 2 : r < 98 ? 3 : 4;
    }

    private DateOfBirth dateOfBirth(int minAge, int maxAge) {
        int age = minAge + random.nextInt(maxAge - minAge + 1);
        LocalDate day = LocalDate.now().minusYears(age).minusDays(random.nextInt(365));
        return random.nextInt(5) == 0 ? DateOfBirth.estimatedYear(day.getYear()) : DateOfBirth.exact(day);
    }

    /** Older cases are mostly over; this year's are spread along the workflow. */
    private CaseStatus status(int year) {
        int age = LocalDate.now().getYear() - year;
        int r = random.nextInt(100);
        if (age >= 2) {
            return r < 70
                    ? CaseStatus.CLOSED
                    : r < 80
                            ? CaseStatus.WITHDRAWN
                            : r < 88
                                    ? CaseStatus.REJECTED
                                    : r < 95 ? CaseStatus.REINTEGRATION_FOLLOW_UP : CaseStatus.NO_SHOW;
        }
        CaseStatus[] open = {CaseStatus.REGISTERED, CaseStatus.ELIGIBILITY_ASSESSED, CaseStatus.APPROVED,
                CaseStatus.TRAVEL_DOCS_REQUESTED, CaseStatus.TRAVEL_DOCS_OBTAINED, CaseStatus.DEPARTURE_SCHEDULED,
                CaseStatus.DEPARTED, CaseStatus.REINTEGRATION_FOLLOW_UP, CaseStatus.SUSPENDED};
        return open[random.nextInt(open.length)];
    }

}
