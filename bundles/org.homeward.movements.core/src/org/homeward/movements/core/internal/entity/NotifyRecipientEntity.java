package org.homeward.movements.core.internal.entity;

import org.homeward.movements.model.NotificationKind;
import org.homeward.movements.model.NotifyRecipient;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** An entry of the departures' directory. */
@Entity(name = "NotifyRecipient")
@Table(name = "NOTIFY_RECIPIENT")
public class NotifyRecipientEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @Version
    @Column(name = "VERSION", nullable = false)
    private long version;

    @Enumerated(EnumType.STRING)
    @Column(name = "KIND", nullable = false, length = 20)
    private NotificationKind kind;

    @Column(name = "COUNTRY", nullable = false, length = 2)
    private String country;

    @Column(name = "AUTHORITY_KEY", length = 200)
    private String key;

    @Column(name = "NAME", nullable = false, length = 200)
    private String name;

    @Column(name = "EMAIL", length = 200)
    private String email;

    @Column(name = "CONTACT", length = 400)
    private String contact;

    protected NotifyRecipientEntity() {
    }

    public NotifyRecipientEntity(NotificationKind kind) {
        this.kind = kind;
    }

    public void set(String country, String key, String name, String email, String contact) {
        this.country = country;
        this.key = key;
        this.name = name;
        this.email = email;
        this.contact = contact;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public NotifyRecipient view() {
        return new NotifyRecipient(id, version, kind, country, key, name, email, contact);
    }
}
