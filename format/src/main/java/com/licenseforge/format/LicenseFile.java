package com.licenseforge.format;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A license file: a signed token in an armored text block that a person can download, mail and load.
 * The readable header lines are for people only; the token alone is authoritative.
 * <pre>
 * -----BEGIN LICENSEFORGE LICENSE-----
 * Serial: 7KQ2-M9XD-4HRT-W3PB
 * Product: erp
 *
 * eyJraWQiOi... (the token, wrapped at 64 characters)
 * -----END LICENSEFORGE LICENSE-----
 * </pre>
 */
public final class LicenseFile {

    private static final String BEGIN = "-----BEGIN LICENSEFORGE LICENSE-----";
    private static final String END = "-----END LICENSEFORGE LICENSE-----";
    private static final Pattern BLOCK = Pattern.compile(
            Pattern.quote(BEGIN) + "\\R(.*?)\\R\\R(.*?)\\R?" + Pattern.quote(END), Pattern.DOTALL);
    private static final int LINE = 64;

    private LicenseFile() {
    }

    /** Armors {@code token} with human-readable {@code headers} (name → value, in order). */
    public static String armor(String token, Map<String, String> headers) {
        StringBuilder out = new StringBuilder(BEGIN).append('\n');
        headers.forEach((name, value) -> out.append(name).append(": ").append(value).append('\n'));
        out.append('\n');
        for (int i = 0; i < token.length(); i += LINE) {
            out.append(token, i, Math.min(token.length(), i + LINE)).append('\n');
        }
        return out.append(END).append('\n').toString();
    }

    /** The token of an armored license file. */
    public static String tokenOf(String licenseFile) {
        Matcher m = match(licenseFile);
        return m.group(2).replaceAll("\\s+", "");
    }

    /** The readable header lines of an armored license file. */
    public static Map<String, String> headersOf(String licenseFile) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (String line : match(licenseFile).group(1).split("\\R")) {
            int colon = line.indexOf(": ");
            if (colon > 0) {
                headers.put(line.substring(0, colon), line.substring(colon + 2));
            }
        }
        return headers;
    }

    private static Matcher match(String licenseFile) {
        Matcher m = BLOCK.matcher(licenseFile == null ? "" : licenseFile.strip().replace("\r\n", "\n"));
        if (!m.find()) {
            throw new IllegalArgumentException("not a license file");
        }
        return m;
    }
}
