package com.licenseforge.idp;

import java.net.URI;
import java.util.Set;

/** The one relying party this provider serves: the staff console, a public client that must use PKCE. */
record Client(String id, Set<URI> redirectUris) {
}
