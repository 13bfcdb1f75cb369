package org.homeward.movements.model;

/**
 * An entry of the departures' directory: a mission of origin or of transit (by country), or a host
 * country's authority (declared by the office plugin, its address kept here).
 *
 * @param country ISO 3166 alpha-2, the mission's country; the host country for an authority
 * @param key for an authority, the key its plugin gives it; null otherwise
 * @param contact the reintegration contact the migrant is told of (missions of origin)
 */
public record NotifyRecipient(Long id, long version, NotificationKind kind, String country, String key, String name,
        String email, String contact) {

    /** Field names of validation problems. */
    public static final String NAME = "name";
    public static final String EMAIL = "email";
    public static final String COUNTRY = "country";
}
