package org.homeward.reporting.core.internal.imports;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.osgi.util.NLS;
import org.homeward.cases.model.CaseStatus;
import org.homeward.cases.model.ImportedHousehold;
import org.homeward.cases.model.PersonDraft;
import org.homeward.cases.model.Relationship;
import org.homeward.reporting.core.internal.Messages;
import org.homeward.reporting.model.imports.RowNote;

/**
 * Groups the rows of one household (same household identifier; a row without one is a household of its
 * own) into one case: the row marked as principal applicant, else the first, leads; the others are members,
 * related as written, else as a child when under 18 and "other" when not. A household with a rejected row
 * is left out whole, so that no household is imported in part.
 */
final class Households {

    private Households() {
    }

    /** A household of the file: its rows in file order. */
    record Group(String id, List<ParsedRow> rows) {

        int firstRow() {
            return rows.get(0).row();
        }
    }

    static List<Group> group(List<ParsedRow> rows) {
        Map<String, List<ParsedRow>> byId = new LinkedHashMap<>();
        for (ParsedRow r : rows) {
            String id = r.household() == null || r.household().isEmpty()
                    ? "\u0000row" + r.row()
                    : Folding.fold(
                            r.household());
            byId.computeIfAbsent(id, k -> new ArrayList<>()).add(r);
        }
        List<Group> groups = new ArrayList<>();
        byId.forEach((id, members) -> groups.add(new Group(id.startsWith("\u0000") ? "" : members.get(0).household(),
                members)));
        return groups;
    }

    /** The notes that leave out the household's other rows when one is rejected or two lead it. */
    static List<RowNote> problems(Group g) {
        List<RowNote> notes = new ArrayList<>();
        ParsedRow bad = g.rows().stream().filter(ParsedRow::rejected).findFirst().orElse(null);
        if (bad != null) {
            for (ParsedRow r : g.rows()) {
                notes.addAll(r.problems());
                if (!r.rejected()) {
                    notes.add(new RowNote(r.row(), null, RowNote.Kind.REJECTED,
                            NLS.bind(Messages.Import_householdRejected, g.id(), bad.row())));
                }
            }
            return notes;
        }
        List<ParsedRow> principals = g.rows().stream().filter(r -> r.relationship() == Relationship.PRINCIPAL)
                .toList();
        if (principals.size() > 1) {
            for (ParsedRow r : g.rows()) {
                notes.add(new RowNote(r.row(), null, RowNote.Kind.REJECTED, NLS.bind(Messages.Import_twoPrincipals,
                        new Object[]{g.id(), principals.get(0).row(), principals.get(1).row()})));
            }
        }
        return notes;
    }

    /** The household as a case to create; call when {@link #problems(Group)} found none. */
    static ImportedHousehold household(Group g, LocalDate today) {
        ParsedRow lead = g.rows().stream().filter(r -> r.relationship() == Relationship.PRINCIPAL).findFirst()
                .orElse(g.rows().get(0));
        List<ImportedHousehold.Member> members = new ArrayList<>();
        members.add(new ImportedHousehold.Member(lead.person(), Relationship.PRINCIPAL));
        for (ParsedRow r : g.rows()) {
            if (r != lead) {
                members.add(new ImportedHousehold.Member(r.person(), r.relationship() != null
                        ? r.relationship()
                        : minor(r.person(), today) ? Relationship.CHILD : Relationship.OTHER));
            }
        }
        LocalDate interview = first(g, ParsedRow::interview, lead);
        LocalDate departure = first(g, ParsedRow::departure, lead);
        CaseStatus status = first(g, ParsedRow::status, lead);
        if (status == null && departure != null) {
            status = CaseStatus.DEPARTED;
        }
        return new ImportedHousehold(key(g.id(), lead.person()), members, interview, status, departure);
    }

    /** The household's key: a digest of its identifier and its principal's identity, folded. */
    static String key(String household, PersonDraft p) {
        return digest(Folding.fold(household) + "|" + identity(p));
    }

    /** What makes two rows the same person: names, date of birth and nationality, folded. */
    static String identity(PersonDraft p) {
        return Folding.fold(p.familyName()) + "|" + Folding.fold(p.givenNames()) + "|" + p.dateOfBirth().format()
                + "|" + p.nationality();
    }

    private static <T> T first(Group g, java.util.function.Function<ParsedRow, T> value, ParsedRow lead) {
        T own = value.apply(lead);
        if (own != null) {
            return own;
        }
        return g.rows().stream().map(value).filter(java.util.Objects::nonNull).findFirst().orElse(null);
    }

    private static boolean minor(PersonDraft p, LocalDate today) {
        LocalDate born = p.dateOfBirth().estimated()
                ? LocalDate.of(p.dateOfBirth().year(), 7, 1)
                : p.dateOfBirth().exactDate();
        return Period.between(born, today).getYears() < 18;
    }

    private static String digest(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
