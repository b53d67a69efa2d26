package se.precheck.web;

import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.messageresolver.AbstractMessageResolver;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/** Renders the Thymeleaf pages with texts from {@code i18n/messages_sv|en.properties}. */
final class Pages {

    private final TemplateEngine engine = new TemplateEngine();

    Pages() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        engine.setTemplateResolver(resolver);
        engine.setMessageResolver(new BundleMessages());
    }

    String render(String template, String locale, Map<String, Object> variables) {
        Context context = new Context(Locale.forLanguageTag(locale), variables);
        return engine.process(template, context);
    }

    /** Messages from a resource bundle, without falling back to the JVM's own locale. */
    private static final class BundleMessages extends AbstractMessageResolver {
        private static final ResourceBundle.Control NO_FALLBACK =
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

        @Override
        public String resolveMessage(ITemplateContext context, Class<?> origin, String key, Object[] parameters) {
            try {
                ResourceBundle bundle = ResourceBundle.getBundle("i18n.messages", context.getLocale(), NO_FALLBACK);
                String text = bundle.getString(key);
                return parameters == null || parameters.length == 0 ? text : java.text.MessageFormat.format(text, parameters);
            } catch (MissingResourceException e) {
                return null;
            }
        }

        @Override
        public String createAbsentMessageRepresentation(ITemplateContext context, Class<?> origin, String key, Object[] parameters) {
            return "??" + key + "??";
        }
    }
}
