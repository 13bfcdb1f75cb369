package org.homeward.country.ma.internal;

import org.homeward.movements.model.spi.DepartureTexts;
import org.osgi.service.component.annotations.Component;

/** The Rabat office's wording of the departure documents: the programme named on each declaration. */
@Component(property = "country=MA")
public class MoroccanDepartureTexts implements DepartureTexts {

    @Override
    public String text(String key, String language) {
        if (!key.equals("declaration.reference")) {
            return null;
        }
        return language.equals("ar")
                ? "\u0628\u0631\u0646\u0627\u0645\u062c \u0627\u0644\u0645\u0633\u0627\u0639\u062f\u0629 \u0639\u0644\u0649"
                        + " \u0627\u0644\u0639\u0648\u062f\u0629 \u0627\u0644\u0637\u0648\u0639\u064a\u0629"
                        + " \u0648\u0625\u0639\u0627\u062f\u0629 \u0627\u0644\u0625\u062f\u0645\u0627\u062c"
                        + " \u0627\u0646\u0637\u0644\u0627\u0642\u064b\u0627 \u0645\u0646 \u0627\u0644\u0645\u063a\u0631\u0628"
                : "Programme d\u2019aide au retour volontaire et \u00e0 la r\u00e9int\u00e9gration depuis le Maroc";
    }
}
