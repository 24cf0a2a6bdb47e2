package com.licenseforge.activation.trials;

import com.licenseforge.common.problem.ProblemException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ContactEmailTest {

    @Test
    void caseAndTagsNeverMakeAnotherPerson() {
        assertEquals("jane.doe@example.com", ContactEmail.normalised(" Jane.Doe+Trial2@Example.COM "));
    }

    @Test
    void gmailIgnoresDotsAndHasTwoDomains() {
        assertEquals("janedoe@gmail.com", ContactEmail.normalised("j.a.n.e.doe+x@googlemail.com"));
        assertEquals(ContactEmail.key("janedoe@gmail.com"), ContactEmail.key("Jane.Doe+again@gmail.com"));
    }

    @Test
    void dotsCountWhereTheProviderCountsThem() {
        assertNotEquals(ContactEmail.key("jane.doe@example.com"), ContactEmail.key("janedoe@example.com"));
    }

    @Test
    void aMalformedAddressIsBadInput() {
        assertThrows(ProblemException.class, () -> ContactEmail.require("contactEmail", "jane"));
        assertThrows(ProblemException.class, () -> ContactEmail.require("contactEmail", "jane@@example.com"));
        assertEquals("jane@example.com", ContactEmail.require("contactEmail", " jane@example.com "));
    }
}
