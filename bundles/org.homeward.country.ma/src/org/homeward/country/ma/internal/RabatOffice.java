package org.homeward.country.ma.internal;

import org.homeward.common.office.OfficeProfile;
import org.osgi.service.component.annotations.Component;

/** The Rabat office: case numbers RBA-<year>-<number>. */
@Component(property = {"country=MA", "service.ranking:Integer=100"})
public class RabatOffice implements OfficeProfile {

    @Override
    public String caseNumberPrefix() {
        return "RBA";
    }

    @Override
    public String countryCode() {
        return "MA";
    }

    @Override
    public String officeName() {
        return "Bureau de Rabat";
    }

    @Override
    public String letterName(String language) {
        return switch (language) {
            case "ar" -> "\u0645\u0643\u062a\u0628 \u0627\u0644\u0631\u0628\u0627\u0637";
            case "en" -> "The Rabat Office";
            default -> "Le Bureau de Rabat";
        };
    }

    @Override
    public String city() {
        return "Rabat";
    }

    /** The name from the installation's settings; the title, unless set there, the head of office's. */
    @Override
    public Signatory signatory(String language) {
        Signatory set = OfficeProfile.super.signatory(language);
        if (!set.title().isBlank()) {
            return set;
        }
        String title = switch (language) {
            case "ar" -> "\u0631\u0626\u064a\u0633 \u0627\u0644\u0645\u0643\u062a\u0628";
            case "en" -> "Head of Office";
            default -> "Le Chef de Bureau";
        };
        return new Signatory(set.name(), title);
    }

    @Override
    public String currency() {
        return "MAD";
    }
}
