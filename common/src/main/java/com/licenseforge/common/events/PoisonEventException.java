package com.licenseforge.common.events;

/** A message that no retry can make readable: it goes to the dead-letter topic with this reason. */
public class PoisonEventException extends RuntimeException {
    public PoisonEventException(String reason) {
        super(reason);
    }
}
