package org.homeward.referrals.ui.internal;

import org.homeward.cases.ui.editor.HistoryVocabulary;
import org.homeward.cases.ui.editor.ResourceVocabulary;
import org.osgi.service.component.annotations.Component;

/** The History page's words for this area's records and fields ({@code history.properties}). */
@Component(service = HistoryVocabulary.class)
public class ReferralsVocabulary extends ResourceVocabulary {

    public ReferralsVocabulary() {
        super("org.homeward.referrals.ui.internal.history", ReferralsVocabulary.class.getClassLoader());
    }
}
