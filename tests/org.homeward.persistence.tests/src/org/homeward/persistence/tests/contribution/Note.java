package org.homeward.persistence.tests.contribution;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** The entity this test bundle contributes to the database. */
@Entity
@Table(name = "TEST_NOTE")
public class Note {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @Version
    @Column(name = "VERSION", nullable = false)
    private long version;

    @Column(name = "CODE", nullable = false, length = 40)
    private String code;

    @Column(name = "TEXT", nullable = false, length = 200)
    private String text;

    @Column(name = "WRITTEN_AT", nullable = false)
    private Instant writtenAt;

    protected Note() {
        // for JPA
    }

    public Note(String code, String text) {
        this.code = code;
        this.text = text;
        this.writtenAt = Instant.now();
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public Instant getWrittenAt() {
        return writtenAt;
    }
}
