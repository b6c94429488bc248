package org.stiel.platform.web.display;

import java.time.Clock;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

/** {@code #show} in templates ({@link PageFormats}): on every page, error pages and PDFs included. */
@Component
class DisplayDialect extends AbstractDialect implements IExpressionObjectDialect {

    private final PageFormats formats;

    DisplayDialect(Clock clock, MessageSource messages) {
        super("stiel-display");
        this.formats = new PageFormats(clock, messages);
    }

    @Override
    public IExpressionObjectFactory getExpressionObjectFactory() {
        return new IExpressionObjectFactory() {
            @Override
            public Set<String> getAllExpressionObjectNames() {
                return Set.of("show");
            }

            @Override
            public Object buildObject(IExpressionContext context, String expressionObjectName) {
                return formats;
            }

            @Override
            public boolean isCacheable(String expressionObjectName) {
                return true;
            }
        };
    }
}
