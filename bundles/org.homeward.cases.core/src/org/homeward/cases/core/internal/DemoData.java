package org.homeward.cases.core.internal;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;

import org.homeward.cases.core.internal.entity.PersonEntity;
import org.homeward.cases.core.internal.entity.PersonNameKey;
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
            long caseId = next(c, "MIGRANT_CASE");
            long personId = next(c, "PERSON");
            int sequence = (int) nextSequence(c);
            try (PreparedStatement cs = c.prepareStatement("INSERT INTO MIGRANT_CASE (ID, VERSION, CASE_NUMBER,"
                    + " FAMILY_NAME, GIVEN_NAMES, ARABIC_NAME, SEX, BIRTH_DATE, BIRTH_YEAR, BIRTH_DATE_ESTIMATED,"
                    + " NATIONALITY, STATUS, SEARCH_NAME, CREATED_AT, CREATED_BY, UPDATED_AT, UPDATED_BY,"
                    + " SEARCH_KEYS_VERSION) VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'demo', ?, 'demo', "
                    + SearchWords.VERSION + ")");
                    PreparedStatement ws = c.prepareStatement(
                            "INSERT INTO CASE_SEARCH_KEY (SEARCH_KEY, CASE_ID) VALUES (?, ?)");
                    PreparedStatement ps = c.prepareStatement("INSERT INTO PERSON (ID, VERSION, CASE_ID, RELATIONSHIP,"
                            + " FAMILY_NAME, GIVEN_NAMES, ARABIC_NAME, ALIASES, SEX, BIRTH_DATE, BIRTH_YEAR,"
                            + " BIRTH_DATE_ESTIMATED, NATIONALITY, NAME_KEYS_VERSION)"
                            + " VALUES (?, 1, ?, ?, ?, ?, ?, NULL, ?, ?, ?, ?, ?, ?)");
                    PreparedStatement ks = c.prepareStatement("INSERT INTO PERSON_NAME_KEY (VERSION, PERSON_ID, PART,"
                            + " NAME_KEY, CASE_ID, NATIONALITY, BIRTH_YEAR) VALUES (1, ?, ?, ?, ?, ?, ?)");
                    PreparedStatement ss = c.prepareStatement("INSERT INTO CASE_STATUS_CHANGE (VERSION, CASE_ID,"
                            + " FROM_STATUS, TO_STATUS, REASON, CHANGED_BY, CHANGED_AT) VALUES (1, ?, ?, ?, NULL, 'demo', ?)")) {
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
                    Timestamp at = Timestamp.from(created.toInstant(ZoneOffset.UTC));
                    CaseStatus status = status(created.getYear());
                    cs.setLong(1, caseId);
                    cs.setString(2, String.format("%s-%04d-%06d", PREFIX, created.getYear(), sequence++));
                    cs.setString(3, family);
                    cs.setString(4, given);
                    cs.setString(5, arabic);
                    cs.setString(6, sex.name());
                    cs.setDate(7, dob.estimated() ? null : Date.valueOf(dob.exactDate()));
                    cs.setInt(8, dob.year());
                    cs.setBoolean(9, dob.estimated());
                    cs.setString(10, origin.nationality());
                    cs.setString(11, status.name());
                    String searchName = SearchKeys.ofNames(family, given, arabic);
                    cs.setString(12, searchName);
                    for (String word : SearchWords.of(searchName)) {
                        ws.setString(1, word);
                        ws.setLong(2, caseId);
                        ws.addBatch();
                    }
                    cs.setTimestamp(13, at);
                    cs.setTimestamp(14, at);
                    cs.addBatch();
                    person(ps, ks, personId++, caseId, Relationship.PRINCIPAL,
                            new PersonDraft(family, given, arabic, null, sex, dob, origin.nationality()));
                    int members = household();
                    for (int m = 0; m < members; m++) {
                        boolean child = m > 0 || random.nextBoolean();
                        Sex s = random.nextBoolean() ? Sex.MALE : Sex.FEMALE;
                        person(ps, ks, personId++, caseId, child ? Relationship.CHILD : Relationship.SPOUSE,
                                new PersonDraft(family, pick(s == Sex.MALE ? origin.men() : origin.women()), null, null,
                                        s, child ? dateOfBirth(0, 17) : dateOfBirth(18, 50), origin.nationality()));
                    }
                    status(ss, caseId, null, CaseStatus.REGISTERED, at);
                    if (status != CaseStatus.REGISTERED) {
                        status(ss, caseId, CaseStatus.REGISTERED, status, Timestamp.from(at.toInstant().plusSeconds(
                                86_400L * (10 + random.nextInt(120)))));
                    }
                    caseId++;
                }
                cs.executeBatch();
                ws.executeBatch();
                ps.executeBatch();
                ks.executeBatch();
                ss.executeBatch();
            }
            try (Statement st = c.createStatement()) {
                st.execute("ALTER TABLE MIGRANT_CASE ALTER COLUMN ID RESTART WITH " + caseId);
                st.execute("ALTER TABLE PERSON ALTER COLUMN ID RESTART WITH " + personId);
            }
            em.getTransaction().commit();
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }

    private void person(PreparedStatement ps, PreparedStatement ks, long id, long caseId, Relationship relationship,
            PersonDraft d) throws SQLException {
        ps.setLong(1, id);
        ps.setLong(2, caseId);
        ps.setString(3, relationship.name());
        ps.setString(4, d.familyName());
        ps.setString(5, d.givenNames());
        ps.setString(6, d.arabicName());
        ps.setString(7, d.sex().name());
        ps.setDate(8, d.dateOfBirth().estimated() ? null : Date.valueOf(d.dateOfBirth().exactDate()));
        ps.setInt(9, d.dateOfBirth().year());
        ps.setBoolean(10, d.dateOfBirth().estimated());
        ps.setString(11, d.nationality());
        ps.setInt(12, NameKeys.VERSION);
        ps.addBatch();
        PersonEntity p = new PersonEntity(caseId, relationship, d) {

            @Override
            public Long getId() {
                return id;
            }
        };
        for (PersonNameKey k : NameKeys.of(p)) {
            ks.setLong(1, id);
            ks.setString(2, k.getPart().name());
            ks.setString(3, k.getNameKey());
            ks.setLong(4, caseId);
            ks.setString(5, d.nationality());
            ks.setInt(6, d.dateOfBirth().year());
            ks.addBatch();
        }
    }

    private static void status(PreparedStatement ss, long caseId, CaseStatus from, CaseStatus to, Timestamp at)
            throws SQLException {
        ss.setLong(1, caseId);
        ss.setString(2, from == null ? null : from.name());
        ss.setString(3, to.name());
        ss.setTimestamp(4, at);
        ss.addBatch();
    }

    private static long next(Connection c, String table) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT MAX(ID) FROM " + table)) {
            rs.next();
            return rs.getLong(1) + 1;
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
