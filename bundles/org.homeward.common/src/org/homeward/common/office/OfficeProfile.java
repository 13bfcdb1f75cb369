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
     * The currency the office pays fees in (ISO 4217), offered for embassies' fees; US dollars unless
     * the office says otherwise.
     *
     * @since 1.2
     */
    default String currency() {
        return "USD";
    }
}
