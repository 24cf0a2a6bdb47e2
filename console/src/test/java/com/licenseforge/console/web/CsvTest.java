package com.licenseforge.console.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CsvTest {

    /** A field a spreadsheet would evaluate: a trigger at its start, after optional spaces. */
    private static final Pattern LIVE_FORMULA = Pattern.compile("^ *[=+\\-@\\t\\r]");

    @ParameterizedTest
    @ValueSource(strings = {
            "=cmd|'/C calc'!A0", "+1+cmd|'/C calc'!A0", "-2+3", "@SUM(A1:A9)", "\t=1+1", "\r=1+1",
            "x;=cmd|'/C calc'!A0", "x,=cmd|'/C calc'!A0", "x; =HYPERLINK(\"http://evil.example\")", "x;;@SUM(1)",
            "x\n=1+1", "x\r\n+1", "a;b;-1", "  =1", "\"quoted\";=1", "x\t=1", "=1;=2,=3",
    })
    void noFieldASpreadsheetCouldSplitOffStartsAFormula(String hostile) {
        String cell = Csv.cell(hostile);
        assertTrue(cell.startsWith("\"") && cell.endsWith("\""), cell);
        for (String field : fieldsAsAnyLocaleSplitsThem(cell)) {
            assertFalse(LIVE_FORMULA.matcher(field).find(), () -> "live formula '" + field + "' in " + cell);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '^', value = {
            "LF-ABCD-EFGH|LF-ABCD-EFGH",
            "2026-12-06T21:45:19Z|2026-12-06T21:45:19Z",
            "sub_123|sub_123",
            "Contoso, Ltd|\"Contoso, Ltd\"",
            "a;b|\"a;b\"",
            "say \"hi\"|\"say \"\"hi\"\"\"",
            "=1+1|\"'=1+1\"",
            "x;=cmd|\"x;'=cmd\"",
    })
    void plainValuesStayAsTheyAreAndOthersAreQuoted(String value, String expected) {
        assertEquals(expected, Csv.cell(value));
    }

    @Test
    void lineBreaksAreQuotedAndAbsentValuesAreEmpty() {
        assertEquals("\"two\r\nlines\"", Csv.cell("two\r\nlines"));
        assertEquals("", Csv.cell(null));
        assertEquals("5", Csv.cell(5));
    }

    /** The cell unquoted, then split as a comma, semicolon or tab locale would, and at line breaks. */
    private static List<String> fieldsAsAnyLocaleSplitsThem(String cell) {
        String text = cell.substring(1, cell.length() - 1).replace("\"\"", "\"");
        List<String> fields = new ArrayList<>(List.of(text, cell));
        fields.addAll(List.of(text.split("[,;\\t\\r\\n]", -1)));
        return fields;
    }
}
