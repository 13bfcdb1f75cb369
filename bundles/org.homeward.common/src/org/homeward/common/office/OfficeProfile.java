package org.homeward.common.office;

/**
 * The office that runs this installation: supplied as an OSGi service by a country plugin
 * (service property {@code country=XX}). When several are registered, the one with the highest
 * {@code service.ranking} wins; when none is, {@link #NEUTRAL} applies.
 */
public interface OfficeProfile {

    /** Used when no country plugin supplies a profile. */
    OfficeProfile NEUTRAL = new OfficeProfile() {

        @Override
        public String caseNumberPrefix() {
            return "HW";
        }

        @Override
        public String countryCode() {
            return "";
        }

        @Override
        public String officeName() {
            return "Homeward";
        }
    };

    /**
     * Prefix of case numbers, two to five upper-case ASCII letters (for example {@code RBA} for
     * Rabat).
     */
    String caseNumberPrefix();

    /** ISO 3166-1 alpha-2 code of the country the office works in, or empty when neutral. */
    String countryCode();

    /** Name of the office, as printed on documents. */
    String officeName();

    /**
     * How many years after a case is closed its identified data is anonymised (the retention schedule);
     * an office's plugin sets its own.
     *
     * @since 1.4
     */
    default int retentionYears() {
        return 5;
    }

    /**
     * The currency the office pays fees in (ISO 4217), offered for embassies' fees; US dollars unless
     * the office says otherwise.
     *
     * @since 1.2
     */
    default String currency() {
        return "USD";
    }

    /**
     * The office's full name as a letter's sentence starts with it, article included ("Le Bureau de
     * Rabat"), in {@code language} (ISO 639-1); the plain name unless the office says otherwise.
     *
     * @since 1.3
     */
    default String letterName(String language) {
        return officeName();
    }

    /**
     * The city the office writes from, printed before a letter's date; empty when not known (the
     * addressee's city is printed then).
     *
     * @since 1.3
     */
    default String city() {
        return "";
    }

    /**
     * Who signs the office's letters, in {@code language}: by default read from the installation's
     * settings {@code homeward.office.signatory} (the name) and {@code homeward.office.signatoryTitle}
     * (the title; {@code homeward.office.signatoryTitle.<language>} for one language).
     *
     * @since 1.3
     */
    default Signatory signatory(String language) {
        String title = System.getProperty("homeward.office.signatoryTitle." + language,
                System.getProperty("homeward.office.signatoryTitle", ""));
        return new Signatory(System.getProperty("homeward.office.signatory", ""), title);
    }

    /**
     * The person signing letters and their title; either may be empty.
     *
     * @since 1.3
     */
    record Signatory(String name, String title) {
    }
}
