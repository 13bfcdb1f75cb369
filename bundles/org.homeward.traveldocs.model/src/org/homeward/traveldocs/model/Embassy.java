package org.homeward.traveldocs.model;

/** A diplomatic representation in the host country of a country of origin: an embassy or a consulate. */
public interface Embassy {

    /** Embassy or consulate. */
    enum Kind {
        EMBASSY, CONSULATE
    }

    Long getId();

    long getVersion();

    String getCountry();

    Kind getKind();

    String getCity();

    String getAddress();

    String getPhone();

    String getEmail();

    String getLanguages();

    /** The language letters go out in: the first of {@link #getLanguages()}. */
    String letterLanguage();

    String getReception();

    boolean isActive();
}
