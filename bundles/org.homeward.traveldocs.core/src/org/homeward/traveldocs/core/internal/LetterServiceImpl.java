package org.homeward.traveldocs.core.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Collectors;

import org.homeward.traveldocs.core.internal.entity.EmbassyEntity;
import org.homeward.traveldocs.core.internal.entity.TravelDocRequestEntity;
import org.homeward.traveldocs.core.internal.entity.RequestMemberEntity;
import org.homeward.cases.model.AuditRecorder;
import org.homeward.cases.model.DateOfBirth;
import org.homeward.cases.model.IdentityDocument;
import org.homeward.cases.model.Person;
import org.homeward.cases.model.Recipient;
import org.homeward.cases.model.service.AuditService;
import org.homeward.cases.model.service.ConsentService;
import org.homeward.cases.model.service.HouseholdService;
import org.homeward.common.office.OfficeProfile;
import org.homeward.common.security.CurrentUser;
import org.homeward.common.validation.RefusedException;
import org.homeward.persistence.Transactions;
import org.homeward.traveldocs.model.Procedure;
import org.homeward.traveldocs.model.RequestMember;
import org.homeward.traveldocs.model.service.LetterService;
import org.homeward.traveldocs.model.service.LetterTemplateSource;
import org.homeward.traveldocs.model.service.ProcedureService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

/**
 * Request letters from the templates in {@code templates/} (or an office's {@link LetterTemplateSource}),
 * as PDF and ODT, after the consent check; each person named is logged as shared with the embassy.
 */
@Component(service = LetterService.class)
public class LetterServiceImpl implements LetterService {

    static final String TEMPLATE = "request-letter";

    private final EntityManagerFactory emf;
    private final ConsentService consents;
    private final ProcedureService procedures;
    private final CurrentUser user;
    private final Clock clock;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile OfficeProfile office;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile LetterTemplateSource templates;

    @Reference(name = "households")
    private HouseholdService households;

    @Reference(name = "auditing")
    private AuditService auditing;

    /** Sets the case area's services (tests; the framework sets them on the fields). */
    void setCaseServices(HouseholdService households, AuditService auditing) {
        this.households = households;
        this.auditing = auditing;
    }

    @Activate
    public LetterServiceImpl(@Reference(name = "entityManagerFactory") EntityManagerFactory emf,
            @Reference(name = "consents") ConsentService consents,
            @Reference(name = "procedures") ProcedureService procedures,
            @Reference(name = "currentUser") CurrentUser user) {
        this(emf, consents, procedures, user, null, Clock.systemDefaultZone());
    }

    LetterServiceImpl(EntityManagerFactory emf, ConsentService consents, ProcedureService procedures, CurrentUser user,
            OfficeProfile office, Clock clock) {
        this.emf = emf;
        this.consents = consents;
        this.procedures = procedures;
        this.user = user;
        this.office = office;
        this.clock = clock;
    }

    /** What the letter says of one person. */
    private record Named(RequestMemberEntity member, Person person, List<IdentityDocument> documents) {
    }

    /**
     * One transaction reads the request, checks consent and logs each person as shared with the
     * embassy, while the letter is written beside its final place; the files are put in place once
     * that has committed. A failure on either side leaves neither a letter without its sharing row
     * nor a sharing row without its letter.
     */
    @Override
    public Letter requestLetter(long requestId, Path folder) throws RefusedException {
        try (StagedFiles files = new StagedFiles(folder)) {
            String[] names = Transactions.<String[], RefusedException>inTransaction(emf, em -> {
                TravelDocRequestEntity request = em.find(TravelDocRequestEntity.class, requestId);
                EmbassyEntity embassy = em.find(EmbassyEntity.class, request.getEmbassyId());
                List<Named> persons = persons(em, requestId);
                // refused before any page is rendered (share() checks again as it logs each person)
                for (long caseId : persons.stream().map(n -> n.member().getCaseId()).distinct().toList()) {
                    consents.requireAllowed(caseId, Recipient.EMBASSY_OF_ORIGIN);
                }
                String language = List.of("fr", "ar", "en").contains(embassy.letterLanguage())
                        ? embassy.letterLanguage()
                        : "fr";
                LetterContent content = content(template(language), language, request, embassy, persons);
                String base = request.getOurReference() + "-" + language;
                PdfLetter.write(content, files.stage(base + ".pdf"));
                OdtLetter.write(content, files.stage(base + ".odt"));
                files.checkTargets();
                String purpose = org.eclipse.osgi.util.NLS.bind(Messages.Letter_purpose, request.getOurReference());
                AuditRecorder audit = auditing.recorder(user.name(), clock.instant());
                for (Named n : persons) {
                    consents.share(n.member().getCaseId(), n.person().getId(), Recipient.EMBASSY_OF_ORIGIN,
                            EmbassyServiceImpl.label(embassy), purpose, user.name(), clock.instant());
                    audit.created(n.member().getCaseId(), "Letter", requestId,
                            Map.of("letter", base + ".pdf", "person", n.person().getId()));
                }
                em.flush(); // a refused row fails here, before any file is in place
                return new String[]{base, language};
            });
            files.publish();
            return new Letter(files.target(names[0] + ".pdf"), files.target(names[0] + ".odt"), names[1]);
        }
    }

    private List<Named> persons(EntityManager em, long requestId) {
        List<Named> found = new ArrayList<>();
        for (RequestMemberEntity m : em
                .createQuery("SELECT m FROM RequestMember m WHERE m.requestId = :r ORDER BY m.id",
                        RequestMemberEntity.class)
                .setParameter("r", requestId).getResultList()) {
            found.add(new Named(m, households.person(m.getPersonId()).orElseThrow(),
                    households.documents(m.getPersonId())));
        }
        return found;
    }

    private Properties template(String language) {
        LetterTemplateSource source = templates;
        Optional<Properties> own = source == null ? Optional.empty() : source.template(TEMPLATE, language);
        if (own.isPresent()) {
            return own.get();
        }
        Properties p = new Properties();
        try (InputStream in = LetterServiceImpl.class
                .getResourceAsStream("/templates/" + TEMPLATE + "_" + language + ".properties")) {
            if (in == null) {
                throw new IllegalStateException("no letter template for " + language);
            }
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    private static String fill(Properties t, String key, Object... values) {
        String text = t.getProperty(key, key);
        for (int i = 0; i < values.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(values[i]));
        }
        return text;
    }

    private LetterContent content(Properties t, String language, TravelDocRequestEntity request, EmbassyEntity embassy,
            List<Named> persons) {
        Locale locale = Locale.of(language);
        OfficeProfile o = office;
        String officeName = o == null ? OfficeProfile.NEUTRAL.officeName() : o.officeName();
        String country = Locale.of("", embassy.getCountry()).getDisplayCountry(locale);
        String today = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale)
                .format(LocalDate.now(clock));
        Procedure procedure = procedures.procedure(embassy.getCountry());
        String docs = procedure.documents().stream().sorted().map(d -> fill(t, "doc_" + d.name()))
                .collect(Collectors.joining(", "));
        String embassyName = fill(t, "to", embassyLabel(embassy, locale, t, country));
        List<String> heading = List.of(officeName, fill(t, "place_date", embassy.getCity(), today),
                fill(t, "reference", request.getOurReference()), embassyName);
        List<String> paragraphs = List.of(fill(t, "subject"), fill(t, "salutation"), fill(t, "body", officeName,
                country));
        List<String> headers = List.of(fill(t, "col_family"), fill(t, "col_given"), fill(t, "col_arabic"),
                fill(t, "col_birth"), fill(t, "col_nationality"), fill(t, "col_documents"));
        List<List<String>> rows = new ArrayList<>();
        DateTimeFormatter day = DateTimeFormatter.ofPattern("dd/MM/uuuu");
        for (Named n : persons) {
            Person p = n.person();
            DateOfBirth dob = p.getDateOfBirth();
            String born = (dob.estimated() ? fill(t, "estimated", dob.year()) : day.format(dob.exactDate())) + ", "
                    + (p.getDetails().placeOfBirth() == null
                            ? fill(t, "unknown_place")
                            : p.getDetails().placeOfBirth());
            String held = n.documents().isEmpty()
                    ? fill(t, "no_document")
                    : n.documents().stream().map(d -> fill(t, "kind_" + d.getKind().name()) + " " + d.getNumber())
                            .collect(Collectors.joining("; "));
            rows.add(List.of(p.getFamilyName(), p.getGivenNames(), p.getArabicName() == null ? "" : p.getArabicName(),
                    born, Locale.of("", p.getNationality().strip()).getDisplayCountry(locale), held));
        }
        List<String> ending = List.of(fill(t, "documents", docs), fill(t, "closing"));
        return new LetterContent(language, "ar".equals(language), heading, paragraphs, headers, rows, 2, ending);
    }

    private static String embassyLabel(EmbassyEntity e, Locale locale, Properties t, String country) {
        String key = e.getKind() == EmbassyEntity.Kind.EMBASSY ? "embassy_of" : "consulate_of";
        return fill(t, key, country, e.getCity());
    }
}
