package org.homeward.traveldocs.core.internal.entity;

import org.homeward.traveldocs.model.Procedure;
import org.homeward.traveldocs.model.RequiredDocument;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** The editable data behind the default {@link Procedure} of a country (one row per country). */
@Entity
@Table(name = "TRAVEL_DOC_PROCEDURE")
public class ProcedureRule {

    @Id
    @Column(name = "COUNTRY", length = 2)
    private String country;

    @Version
    @Column(name = "VERSION", nullable = false)
    private long version;

    @Column(name = "DOCUMENTS", nullable = false, length = 200)
    private String documents;

    @Column(name = "IN_PERSON", nullable = false)
    private boolean inPerson;

    @Column(name = "INTERPRETER", nullable = false)
    private boolean interpreter;

    @Column(name = "PROCESSING_DAYS", nullable = false)
    private int processingDays;

    @Column(name = "VALIDITY_DAYS", nullable = false)
    private int validityDays;

    @Column(name = "GROUPING", nullable = false)
    private boolean grouping;

    @Column(name = "FEE", nullable = false, precision = 10, scale = 2)
    private BigDecimal fee;

    @Column(name = "CURRENCY", nullable = false, length = 3)
    private String currency;

    @Column(name = "CONFIRMED", nullable = false)
    private boolean confirmed;

    protected ProcedureRule() {
    }

    public ProcedureRule(Procedure p) {
        this.country = p.country();
        update(p);
    }

    public final void update(Procedure p) {
        this.documents = p.documents().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        this.inPerson = p.inPerson();
        this.interpreter = p.interpreter();
        this.processingDays = p.processingDays();
        this.validityDays = p.validityDays();
        this.grouping = p.grouping();
        this.fee = p.fee();
        this.currency = p.currency();
        this.confirmed = p.confirmed();
    }

    public long getVersion() {
        return version;
    }

    public Procedure toProcedure() {
        Set<RequiredDocument> docs = EnumSet.noneOf(RequiredDocument.class);
        for (String d : documents.split(",")) {
            if (!d.isBlank()) {
                docs.add(RequiredDocument.valueOf(d.strip()));
            }
        }
        return new Procedure(country.strip(), docs, inPerson, interpreter, processingDays, validityDays, grouping, fee,
                currency.strip(), confirmed);
    }
}
