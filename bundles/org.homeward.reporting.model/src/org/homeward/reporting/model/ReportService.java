package org.homeward.reporting.model;

import java.util.List;
import java.util.Optional;

/** The reports installed, in their order, and running one by its name. Off the UI thread. */
public interface ReportService {

    List<ReportDefinition> reports();

    Optional<ReportDefinition> report(String id);
}
