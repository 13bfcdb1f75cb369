package org.homeward.movements.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;

import org.homeward.cases.model.Attachment;
import org.homeward.cases.model.ConsentDetail;
import org.homeward.cases.model.DateOfBirth;
import org.homeward.cases.model.DocumentKind;
import org.homeward.cases.model.MigrantCase;
import org.homeward.cases.model.Person;
import org.homeward.cases.model.PersonDraft;
import org.homeward.cases.model.Relationship;
import org.homeward.cases.model.Sex;
import org.homeward.movements.model.Departure;
import org.homeward.movements.model.DepartureKind;
import org.homeward.movements.model.Manifest;
import org.homeward.movements.model.Notification;
import org.junit.jupiter.api.Test;

/**
 * A charter departure of 150 passengers in 60 cases (30 households of three, 30 of two): building its
 * manifest, generating every pre-departure document (a pocket-money receipt for one adult per case) and queuing its notifications, per passenger and
 * in total, next to generating one letter alone (one case's declaration) in the same run. Prints the
 * figures; run by {@code releng/bench/departures.sh}, not by the tests.
 */
class DeparturesBenchmark {

    private static final int CASES = 60;
    private static final int RUNS = 5;

    @Test
    void charterOf150PassengersIn60Cases() throws Exception {
        Fixtures f = new Fixtures();
        f.missions("conakry@mission.example", "istanbul@mission.example");
        long setup = System.nanoTime();
        List<Long> bookingIds = new ArrayList<>();
        int passengers = 0;
        for (int i = 0; i < CASES; i++) {
            String family = Fixtures.family();
            MigrantCase c = f.approvedCase(family, "Aminata", EnumSet.of(ConsentDetail.VULNERABILITIES));
            int extra = i % 2 == 0 ? 2 : 1;
            for (int m = 0; m < extra; m++) {
                Person p = f.households.addMember(c.getId(), new PersonDraft(family, m == 0 ? "Sekou" : "Fatou",
                        null, null, m == 0 ? Sex.MALE : Sex.FEMALE, DateOfBirth.estimatedYear(1985 + m), "GN"),
                        m == 0 ? Relationship.SPOUSE : Relationship.SIBLING);
                f.households.addDocument(p.getId(), DocumentKind.PASSPORT, "R" + p.getId(), "GN",
                        f.day.plusYears(2));
            }
            Person[] household = f.households.members(c.getId()).toArray(Person[]::new);
            passengers += household.length;
            bookingIds.add(f.ticketed("C" + c.getId(), household).getId());
        }
        assertEquals(150, passengers, "the charter's passengers");
        Departure d = f.departures.plan(f.day, DepartureKind.CHARTER, "Charter RBA-CKY", bookingIds);
        int receipt = 0;
        for (var line : f.departures.manifest(d.getId()).lines()) { // pocket money for one adult per case
            var p = line.passenger();
            if (f.households.members(p.getCaseId()).get(0).getId() == p.getPersonId()) {
                f.departures.check(p.getId(), p.getVersion(), new org.homeward.movements.model.PreEmbarkation(true,
                        true, false, new java.math.BigDecimal("500.00"), "R-" + ++receipt));
            }
        }
        System.out.printf("departures benchmark: %d cases, %d passengers on one charter (set up in %.1f s)%n", CASES,
                passengers, (System.nanoTime() - setup) / 1e9);

        DepartureDocumentsImpl documents = f.documents();
        long firstCase = f.departures.manifest(d.getId()).caseIds().get(0);
        long[] letter = times(RUNS, () -> {
            documents.declaration(d.getId(), firstCase);
            return 1;
        });
        long[] manifest = times(RUNS, () -> {
            Manifest m = f.departures.manifest(d.getId());
            return m.lines().size();
        });
        long[] all = new long[1];
        List<Attachment> kept = new ArrayList<>();
        all[0] = timed(() -> {
            kept.addAll(documents.generate(d.getId(), n -> {
            }, () -> false));
            return kept.size();
        });
        List<Notification> queued = new ArrayList<>();
        long notify = timed(() -> {
            queued.addAll(f.notifications(mail -> {
            }, Clock.systemDefaultZone()).queue(d.getId()));
            return queued.size();
        });
        double one = median(letter);
        System.out.printf("  one letter alone (a declaration, PDF+ODT, kept)  %8.1f ms  (median of %d)%n", one, RUNS);
        report("manifest built", median(manifest), passengers, one);
        report("every document (" + kept.size() + " PDFs + ODTs)", all[0] / 1e6, passengers, one);
        report("notifications queued (" + queued.size() + " letters)", notify / 1e6, passengers, one);
        double total = median(manifest) + all[0] / 1e6 + notify / 1e6;
        report("total", total, passengers, one);
        System.out
                .printf("  runs on: the benchmark's thread (the workbench runs it in a job, never on the UI thread)%n");
        System.out.printf("  date: %s%n", LocalDate.now());
    }

    private static void report(String what, double ms, int passengers, double oneLetter) {
        System.out.printf("  %-44s %8.1f ms  | per passenger %6.2f ms | %6.1f x one letter%n", what, ms,
                ms / passengers, ms / oneLetter);
    }

    /** Work whose time is measured; it may be refused. */
    @FunctionalInterface
    private interface Work {

        long run() throws Exception;
    }

    private static long timed(Work work) throws Exception {
        long start = System.nanoTime();
        work.run();
        return System.nanoTime() - start;
    }

    /** {@code runs} timed runs after one unmeasured (JIT, page cache). */
    private static long[] times(int runs, Work work) throws Exception {
        work.run();
        long[] ns = new long[runs];
        for (int i = 0; i < runs; i++) {
            ns[i] = timed(work);
        }
        Arrays.sort(ns);
        return ns;
    }

    private static double median(long[] sorted) {
        return sorted[sorted.length / 2] / 1e6;
    }
}
