package org.homeward.persistence.internal;

import java.util.Properties;

import org.homeward.persistence.VaultException;

/**
 * Where the key slots are kept: a file beside an embedded database ({@link FileSlotStore}), or a table of a
 * database server that every workstation of the office shares ({@link ServerSlotStore}), so that each
 * account signs in on any of them.
 */
interface SlotStore {

    /** Where they are, for messages: a file, or a server's address. */
    String where();

    /** The slots as they are now. */
    Properties read() throws VaultException;

    /**
     * Reads the slots, lets {@code change} modify them, and writes them back when it did, as one step that no
     * other process or workstation interleaves with.
     */
    <T> T change(Change<T> change) throws VaultException;

    /** A change to the slots; what it returns is the step's result. */
    @FunctionalInterface
    interface Change<T> {

        T apply(Properties slots) throws VaultException;
    }
}
