package com.licenseforge.portal.web;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Which language a page is in: the menu's choice, else the browser's preference the portal speaks, else English. */
class LanguageTest {

    @Test
    void theBrowsersPreferredLanguageIsTaken() {
        assertEquals(Language.DE, Language.choose(null, "de-DE,de;q=0.9,en;q=0.8"));
        assertEquals(Language.ZH, Language.choose(null, "zh-CN,zh;q=0.9"));
        assertEquals(Language.EN, Language.choose(null, "en-US"));
    }

    @Test
    void aLanguageThePortalDoesNotSpeakIsPassedOver() {
        assertEquals(Language.DE, Language.choose(null, "fr-FR,fr;q=0.9,de;q=0.5"));
        assertEquals(Language.ZH, Language.choose(null, "ja;q=0.9, zh-TW;q=0.8"));
    }

    @Test
    void weightsDecideNotTheOrder() {
        assertEquals(Language.ZH, Language.choose(null, "de;q=0.3, zh;q=0.7"));
    }

    @Test
    void aRefusedLanguageIsNotChosen() {
        assertEquals(Language.EN, Language.choose(null, "de;q=0, fr"));
    }

    @Test
    void englishWhenNothingOrNothingUsableIsAsked() {
        assertEquals(Language.EN, Language.choose(null, null));
        assertEquals(Language.EN, Language.choose(null, ""));
        assertEquals(Language.EN, Language.choose(null, "fr, es"));
        assertEquals(Language.EN, Language.choose(null, "*"));
        assertEquals(Language.EN, Language.choose(null, ";;q=x,,"));
    }

    @Test
    void theMenusChoiceWinsOverTheBrowser() {
        assertEquals(Language.ZH, Language.choose("zh", "de-DE"));
        assertEquals(Language.EN, Language.choose("en", "de-DE"));
    }

    @Test
    void anUnknownChoiceFallsBackToTheBrowser() {
        assertEquals(Language.DE, Language.choose("xx", "de"));
    }

    @Test
    void theLanguageMenuReturnsToPathsOfThePortalOnly() {
        assertEquals("/licenses/1?done=freed", LanguageResource.localPath("/licenses/1?done=freed"));
        assertEquals("/", LanguageResource.localPath("//evil.example/"));
        assertEquals("/", LanguageResource.localPath("https://evil.example/"));
        assertEquals("/", LanguageResource.localPath("/\\evil.example"));
        assertEquals("/", LanguageResource.localPath(null));
    }
}
