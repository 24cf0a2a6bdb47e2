package com.licenseforge.notification.mail;

import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Renders a mail from the Qute templates: {@code mail/<kind>.<language>.txt} holds the subject (its first line) and
 * the plain text; {@code mail/layout.html} turns that text into the HTML part (paragraphs and lines, escaped; a line
 * that is a web address alone, as a sign-in link, becomes a link).
 */
@ApplicationScoped
public class MailTemplates {

    private final Engine engine;

    public MailTemplates(Engine engine) {
        this.engine = engine;
    }

    public record Rendered(String subject, String text, String html) {
    }

    /** A line of the HTML part: {@code link} when it is a web address alone. */
    public record Line(String text, boolean link) {

        private static final Pattern ADDRESS = Pattern.compile("https?://[^\\s\"'<>]+");

        static Line of(String text) {
            return new Line(text, ADDRESS.matcher(text).matches());
        }
    }

    public Rendered render(MailKind kind, String language, Map<String, Object> data) {
        Template template = engine.getTemplate(kind.template(language));
        if (template == null) {
            throw new IllegalStateException("no template " + kind.template(language));
        }
        TemplateInstance instance = template.instance();
        data.forEach(instance::data);
        String rendered = instance.render().strip();
        int endOfSubject = rendered.indexOf('\n');
        String subject = rendered.substring(0, endOfSubject).strip();
        String text = rendered.substring(endOfSubject + 1).strip() + "\n";
        List<List<Line>> paragraphs = Arrays.stream(text.split("\\n\\s*\\n"))
                .map(paragraph -> Arrays.stream(paragraph.strip().split("\\n")).map(Line::of).toList()).toList();
        String html = engine.getTemplate("mail/layout.html").instance()
                .data("language", language).data("subject", subject).data("paragraphs", paragraphs).render();
        return new Rendered(subject, text, html);
    }
}
