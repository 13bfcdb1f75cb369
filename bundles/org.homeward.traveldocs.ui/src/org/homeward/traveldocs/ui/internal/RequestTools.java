package org.homeward.traveldocs.ui.internal;

import org.homeward.cases.model.service.AttachmentService;
import org.homeward.cases.model.service.CaseService;
import org.homeward.cases.model.service.HouseholdService;
import org.homeward.traveldocs.model.service.EmbassyService;
import org.homeward.traveldocs.model.service.LetterService;
import org.homeward.traveldocs.model.service.ProcedureService;
import org.homeward.traveldocs.model.service.TravelDocService;

/** The services a request editor works with. */
record RequestTools(TravelDocService docs, EmbassyService embassies, LetterService letters,
        HouseholdService households, CaseService cases, AttachmentService attachments,
        ProcedureService procedures) {
}
