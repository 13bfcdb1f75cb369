package org.homeward.traveldocs.ui.internal;

import org.homeward.cases.ui.editor.HistoryVocabulary;
import org.homeward.cases.ui.editor.ResourceVocabulary;
import org.osgi.service.component.annotations.Component;

/** The History page's words for this area's records and fields ({@code history.properties}). */
@Component(service = HistoryVocabulary.class)
public class TraveldocsVocabulary extends ResourceVocabulary {

    public TraveldocsVocabulary() {
        super("org.homeward.traveldocs.ui.internal.history", TraveldocsVocabulary.class.getClassLoader());
    }
}
