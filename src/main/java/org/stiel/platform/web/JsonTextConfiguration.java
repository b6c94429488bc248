package org.stiel.platform.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.module.SimpleModule;

/**
 * Text in a JSON body holds no NUL character ({@code \u0000}): PostgreSQL cannot store one, so it is refused where
 * the body is read and {@link ApiExceptionHandler} answers 400 problem JSON. Raw control characters are invalid
 * JSON already; the escape is the only way in. The query string and form fields are checked by
 * {@link RequestCharactersFilter}.
 */
@Configuration(proxyBeanMethods = false)
class JsonTextConfiguration {

    /** Spring Boot registers every Jackson module bean with the application's JSON mapper. */
    @Bean
    SimpleModule textWithoutNul() {
        return new SimpleModule("stiel-text-without-nul").addDeserializer(String.class, new TextDeserializer());
    }

    /** Jackson's own string reading (coercions, arrays), then the check. */
    static final class TextDeserializer extends StringDeserializer {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) {
            String text = super.deserialize(parser, context);
            if (text != null && text.indexOf(0) >= 0) {
                throw new NulInText(parser);
            }
            return text;
        }
    }

    /** Refused text; the value is not kept, so it reaches no log. */
    static final class NulInText extends InvalidFormatException {

        NulInText(JsonParser parser) {
            super(parser, "Text with a NUL character", null, String.class);
        }
    }
}
