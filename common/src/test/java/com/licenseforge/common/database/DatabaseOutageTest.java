package com.licenseforge.common.database;

import org.junit.jupiter.api.Test;

import java.sql.SQLException;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DatabaseOutageTest {

    @Test
    void aLostOrRefusedConnectionIsAnOutageHoweverDeeplyWrapped() {
        assertTrue(DatabaseOutage.isCause(new SQLException("Connection refused", "08001")));
        assertTrue(DatabaseOutage.isCause(new IllegalStateException(new RuntimeException(
                new SQLException("An I/O error occurred while sending to the backend", "08006")))));
        assertTrue(DatabaseOutage.isCause(new SQLException("terminating connection due to administrator command", "57P01")));
        assertTrue(DatabaseOutage.isCause(new SQLException("the database system is starting up", "57P03")));
        assertTrue(DatabaseOutage.isCause(new SQLException("Sorry, acquisition timeout!")));
    }

    @Test
    void aFailingStatementIsNot() {
        assertFalse(DatabaseOutage.isCause(new SQLException("duplicate key value", "23505")));
        assertFalse(DatabaseOutage.isCause(new SQLException("no state")));
        assertFalse(DatabaseOutage.isCause(new IllegalArgumentException("bad input")));
    }
}
