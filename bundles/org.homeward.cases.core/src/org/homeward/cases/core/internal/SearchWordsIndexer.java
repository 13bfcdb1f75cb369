package org.homeward.cases.core.internal;

import org.eclipse.core.runtime.jobs.IJobFunction;
import org.eclipse.core.runtime.jobs.Job;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

import jakarta.persistence.EntityManagerFactory;

/**
 * Once the database is open, indexes the words of cases saved before the word index existed (a
 * cancellable background job). Until it is done the case list searches names the slow way.
 */
@Component(immediate = true)
public class SearchWordsIndexer {

    private final Job job;

    @Activate
    public SearchWordsIndexer(@Reference(name = "entityManagerFactory") EntityManagerFactory emf) {
        job = Job.create(Messages.SearchWords_job, (IJobFunction) monitor -> SearchWords.fill(emf, monitor));
        job.setSystem(true);
        job.schedule();
    }

    @Deactivate
    void stop() throws InterruptedException {
        job.cancel();
        job.join(10_000, null);
    }
}
