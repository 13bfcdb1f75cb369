package org.homeward.traveldocs.ui.internal;

import java.time.LocalDate;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.osgi.util.NLS;
import org.homeward.cases.model.service.CaseEvents;
import org.homeward.ui.Background;
import org.homeward.traveldocs.model.RequestRow;
import org.homeward.traveldocs.model.service.TravelDocService;
import org.osgi.service.event.Event;

import jakarta.inject.Inject;

/**
 * Keeps the count of late requests and documents to check in the title of the Embassies part from
 * the start, before the part is first shown, so that it is seen from the main window.
 */
public class TrackingBadge {

    static final String PART = "org.homeward.traveldocs.part.tracking";

    private final UISynchronize ui;
    private final EModelService models;
    private final MApplication app;
    private TravelDocService docs;

    @Inject
    public TrackingBadge(UISynchronize ui, EModelService models, MApplication app) {
        this.ui = ui;
        this.models = models;
        this.app = app;
    }

    @Inject
    @Optional
    void setService(@Service TravelDocService service) {
        docs = service;
        update();
    }

    @Inject
    @Optional
    void caseChanged(@UIEventTopic(CaseEvents.TOPIC_ALL) Event event) {
        update();
    }

    private void update() {
        TravelDocService service = docs;
        if (service == null) {
            return;
        }
        LocalDate today = LocalDate.now();
        Background.read(Messages.Page_job, ui::asyncExec, () -> new long[]{
                service.requests(today).stream().filter(RequestRow::overdue).count(),
                service.warnings(today, TrackingPart.MARGIN_DAYS).size()}, counts -> {
                    MPart part = (MPart) models.find(PART, app);
                    if (part != null) {
                        part.setLabel(NLS.bind(Messages.Tracking_label, counts[0], counts[1]));
                    }
                });
    }
}
