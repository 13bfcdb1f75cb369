package org.homeward.cases.model.service;

import org.homeward.common.security.Requires;
import org.homeward.common.security.Permission;
import java.util.List;

import org.homeward.cases.model.CaseExportRow;
import org.homeward.cases.model.CaseFilter;

/** The case area's read view for list exports: projections, a few queries for any number of cases. */
public interface CaseExports {

    /** The cases the filter keeps, in the case list's order. Off the UI thread. */
    @Requires(Permission.EXPORT)
    List<CaseExportRow> rows(CaseFilter filter);
}
