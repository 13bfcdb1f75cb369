package org.homeward.accounts.core.internal;

import java.time.Instant;

import org.homeward.common.security.Account;
import org.homeward.common.security.Role;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A user account's row; its password lives in the vault's key slot, not here. */
@Entity(name = "UserAccount")
@Table(name = "USER_ACCOUNT")
public class UserAccountEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @Version
    @Column(name = "VERSION", nullable = false)
    private long version;

    @Column(name = "USER_NAME", nullable = false, length = 64)
    private String userName;

    @Column(name = "FULL_NAME", nullable = false, length = 200)
    private String fullName;

    @Enumerated(EnumType.STRING)
    @Column(name = "ROLE_CODE", nullable = false, length = 32)
    private Role role;

    @Column(name = "ACTIVE", nullable = false)
    private boolean active = true;

    @Column(name = "CREATED_ON", nullable = false)
    private Instant createdOn;

    @Column(name = "PASSWORD_CHANGED_ON", nullable = false)
    private Instant passwordChangedOn;

    protected UserAccountEntity() {
    }

    UserAccountEntity(String userName, String fullName, Role role, Instant now) {
        this.userName = userName;
        this.fullName = fullName;
        this.role = role;
        this.createdOn = now;
        this.passwordChangedOn = now;
    }

    Long id() {
        return id;
    }

    long version() {
        return version;
    }

    String userName() {
        return userName;
    }

    Role role() {
        return role;
    }

    boolean active() {
        return active;
    }

    void role(Role changed) {
        role = changed;
    }

    void close() {
        active = false;
    }

    void passwordChanged(Instant at) {
        passwordChangedOn = at;
    }

    Account view() {
        return new Account(userName, fullName, role, active, passwordChangedOn, version);
    }
}
