package org.homeward.common.authorities;

import java.util.List;

/**
 * The host-country authorities to notify of each departure. Supplied by country plugins as an
 * OSGi service with the property {@code country=XX} (ISO 3166-1 alpha-2).
 */
public interface AuthorityDirectory {

    /** Service property naming the country whose authorities these are. */
    String COUNTRY = "country";

    /** The authorities, in the order the office notifies them. */
    List<Authority> authorities();
}
