package org.homeward.movements.core.internal;

import java.util.ArrayList;
import java.util.List;

import org.homeward.movements.model.spi.DepartureForm;
import org.homeward.movements.model.spi.DepartureTexts;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * What the office plugins add to the departure documents: their wording in place of Homeward's (the
 * highest ranking first) and the authority forms they declare.
 */
@Component(service = OfficeDocuments.class)
public class OfficeDocuments {

    private final List<DepartureTexts> texts;
    private final List<DepartureForm> forms;

    /** @param texts in the order DS gives them: by ranking, lowest first */
    @Activate
    public OfficeDocuments(
            @Reference(name = "texts", cardinality = ReferenceCardinality.MULTIPLE, policyOption = ReferencePolicyOption.GREEDY) List<DepartureTexts> texts,
            @Reference(name = "forms", cardinality = ReferenceCardinality.MULTIPLE, policyOption = ReferencePolicyOption.GREEDY) List<DepartureForm> forms) {
        List<DepartureTexts> highestFirst = new ArrayList<>(texts);
        java.util.Collections.reverse(highestFirst);
        this.texts = List.copyOf(highestFirst);
        this.forms = List.copyOf(forms);
    }

    static OfficeDocuments none() {
        return new OfficeDocuments(List.of(), List.of());
    }

    Templates french() {
        return Templates.french(texts);
    }

    Templates arabic() {
        return Templates.arabic(texts);
    }

    List<DepartureForm> forms() {
        return forms;
    }
}
