package org.homeward.cases.core.internal;

import java.time.Instant;

import org.homeward.cases.model.Vulnerability;
import org.homeward.cases.model.VulnerabilityType;

/** A sensitive flag as a user who may not read sensitive data sees it: the flag, not its note. */
record WithheldNote(Long getId, long getCaseId, long getPersonId, VulnerabilityType getType, Instant getRecordedAt,
        String getRecordedBy) implements Vulnerability {

    static WithheldNote of(Vulnerability v) {
        return new WithheldNote(v.getId(), v.getCaseId(), v.getPersonId(), v.getType(), v.getRecordedAt(),
                v.getRecordedBy());
    }

    @Override
    public String getNote() {
        return null;
    }

    @Override
    public boolean isNoteWithheld() {
        return true;
    }
}
