package org.homeward.traveldocs.core.internal;

import org.homeward.common.security.Permission;
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
import org.homeward.cases.model.GeneratedDocument;
import org.homeward.cases.model.IdentityDocument;
import org.homeward.cases.model.Person;
import org.homeward.cases.model.Recipient;
import org.homeward.cases.model.service.AttachmentService;
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

    /** The type of the request letters kept in the case file. */
    public static final String DOCUMENT_TYPE = LetterService.DOCUMENT_TYPE;

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

    @Reference(name = "attachments")
    private AttachmentService attachments;

    /** Sets the case area's services (tests; the framework sets them on the fields). */
    void setCaseServices(HouseholdService households, AuditService auditing, AttachmentService attachments) {
        this.households = households;
        this.auditing = auditing;
        this.attachments = attachments;
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
        user.require(Permission.SHARE_WITH_EMBASSY);
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
                Path pdf = files.stage(base + ".pdf");
                Path odt = files.stage(base + ".odt");
                PdfLetter.write(content, pdf);
                OdtLetter.write(content, odt);
                files.checkTargets();
                keep(persons, request, embassy, language, base, pdf, odt);
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

    /** Keeps the letter in each case's file, as the next revision of this request's letter. */
    private void keep(List<Named> persons, TravelDocRequestEntity request, EmbassyEntity embassy, String language,
            String base, Path pdf, Path odt) throws RefusedException {
        String title = org.eclipse.osgi.util.NLS.bind(Messages.Letter_title,
                Locale.of("", embassy.getCountry()).getDisplayCountry());
        try {
            byte[] pdfBytes = java.nio.file.Files.readAllBytes(pdf);
            byte[] odtBytes = java.nio.file.Files.readAllBytes(odt);
            for (long caseId : persons.stream().map(n -> n.member().getCaseId()).distinct().toList()) {
                attachments.keepGenerated(caseId, new GeneratedDocument(DOCUMENT_TYPE, title, language,
                        request.getOurReference(), base + ".pdf"), pdfBytes, user.name());
                attachments.keepGenerated(caseId, new GeneratedDocument(DOCUMENT_TYPE, title, language,
                        request.getOurReference(), base + ".odt"), odtBytes, user.name());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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

    /** The office's template for {@code language} over the built-in one (a key it lacks is the built-in's). */
    private Properties template(String language) {
        Properties builtIn = resource("/templates/" + TEMPLATE + "_" + language + ".properties", null);
        LetterTemplateSource source = templates;
        Optional<Properties> own = source == null ? Optional.empty() : source.template(TEMPLATE, language);
        if (own.isEmpty()) {
            return builtIn;
        }
        Properties layered = new Properties(builtIn);
        layered.putAll(own.get());
        return layered;
    }

    private static Properties resource(String name, Properties defaults) {
        Properties p = new Properties(defaults);
        try (InputStream in = LetterServiceImpl.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("no letter template " + name);
            }
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    /** The addressee as protocol writes it: "À Son Excellence Monsieur l'Ambassadeur de la République de Guinée". */
    private static String addressee(EmbassyEntity e, String language, Properties t, String country) {
        String protocol = null;
        if (!"ar".equals(language)) {
            protocol = resource("/templates/protocol_" + language + ".properties", null).getProperty(e.getCountry());
        }
        String named = protocol == null ? fill(t, "protocol_fallback", country) : protocol;
        return e.getKind() == EmbassyEntity.Kind.EMBASSY
                ? fill(t, "addressee_embassy", named)
                : fill(t, "addressee_consulate", named, e.getCity());
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
        OfficeProfile o = office == null ? OfficeProfile.NEUTRAL : office;
        String country = Locale.of("", embassy.getCountry()).getDisplayCountry(locale);
        String today = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale)
                .format(LocalDate.now(clock));
        Procedure procedure = procedures.procedure(embassy.getCountry());
        String docs = procedure.documents().stream().sorted().map(d -> fill(t, "doc_" + d.name()))
                .collect(Collectors.joining(", "));
        String place = o.city().isBlank() ? embassy.getCity() : o.city();
        List<String> heading = List.of(o.officeName(), fill(t, "place_date", place, today),
                fill(t, "reference", request.getOurReference()), addressee(embassy, language, t, country));
        List<String> paragraphs = List.of(fill(t, "subject"), fill(t, "salutation"),
                fill(t, "body", o.letterName(language), country));
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
        OfficeProfile.Signatory signs = o.signatory(language);
        List<String> ending = new ArrayList<>(List.of(fill(t, "documents", docs), fill(t, "closing"), ""));
        if (!signs.title().isBlank()) {
            ending.add(signs.title());
        }
        if (!signs.name().isBlank()) {
            ending.add(signs.name());
        }
        return new LetterContent(language, "ar".equals(language), heading, paragraphs, headers, rows, 2, ending);
    }
}
