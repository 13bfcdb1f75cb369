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
    public String currency() {
        return "MAD";
    }
}
