package org.homeward.reporting.model;

import org.homeward.common.security.Requires;
import org.homeward.common.security.Permission;
import java.util.List;
import java.util.Optional;

/** The reports installed, in their order, and running one by its name. Off the UI thread. */
public interface ReportService {

    @Requires(Permission.READ_CASE)
    List<ReportDefinition> reports();

    @Requires(Permission.READ_CASE)
    Optional<ReportDefinition> report(String id);
}
