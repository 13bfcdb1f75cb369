package org.homeward.cases.model;

/**
 * Who may receive a migrant's personal data, as consented to scope by scope. Every capability that
 * shares data checks the scope first and records the sharing.
 */
public enum Recipient {
    /** The embassy or consulate of the country of origin (travel documents). */
    EMBASSY_OF_ORIGIN,
    /** The organisation's mission in the country of origin (reception, reintegration). */
    MISSION_OF_ORIGIN,
    /** The host country's authorities (departure notifications). */
    HOST_AUTHORITIES,
    /** Partner civil-society organisations (psychosocial referrals). */
    PARTNER_ORGANISATIONS
}
