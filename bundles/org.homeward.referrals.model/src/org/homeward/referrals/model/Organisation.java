package org.homeward.referrals.model;

/** A civil-society organisation that the office refers migrants to (psychosocial support and more). */
public interface Organisation {

    Long getId();

    long getVersion();

    String getName();

    String getCity();

    String getServices();

    String getContacts();

    boolean isActive();
}
