package org.homeward.reporting.core.internal;

import org.homeward.common.security.CurrentUser;
import org.homeward.common.security.Permission;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.homeward.reporting.model.ReportDefinition;
import org.homeward.reporting.model.ReportService;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/** The reports installed, built-in and from plugins, ordered by {@link ReportDefinition#ORDER}. */
@Component(service = ReportService.class)
public class ReportServiceImpl implements ReportService {

    private record Installed(ReportDefinition report, int order) {
    }

    private final List<Installed> installed = new CopyOnWriteArrayList<>();

    @Reference
    private CurrentUser user;

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addReport(ReportDefinition report, Map<String, Object> properties) {
        Object order = properties.get(ReportDefinition.ORDER);
        installed.add(new Installed(report, order instanceof Integer i ? i : 1000));
    }

    void removeReport(ReportDefinition report) {
        installed.removeIf(i -> i.report() == report);
    }

    @Override
    public List<ReportDefinition> reports() {
        user.require(Permission.READ_CASE);
        List<Installed> all = new ArrayList<>(installed);
        all.sort(Comparator.comparingInt(Installed::order).thenComparing(i -> i.report().id()));
        return all.stream().map(Installed::report).toList();
    }

    @Override
    public Optional<ReportDefinition> report(String id) {
        user.require(Permission.READ_CASE);
        return reports().stream().filter(r -> r.id().equals(id)).findFirst();
    }
}
