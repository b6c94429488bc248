package org.stiel.platform.web;

import java.util.Set;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

/**
 * {@code #assets} in templates: {@code th:href="${#assets.url('/css/stiel.css')}"}. An expression object rather
 * than a bean reference, because Thymeleaf refuses bean references in link attributes; and it works on every page,
 * including error pages rendered without a controller's model.
 */
@Component
class AssetsDialect extends AbstractDialect implements IExpressionObjectDialect {

    private final Assets assets;

    AssetsDialect(Assets assets) {
        super("stiel-assets");
        this.assets = assets;
    }

    @Override
    public IExpressionObjectFactory getExpressionObjectFactory() {
        return new IExpressionObjectFactory() {
            @Override
            public Set<String> getAllExpressionObjectNames() {
                return Set.of("assets");
            }

            @Override
            public Object buildObject(IExpressionContext context, String expressionObjectName) {
                return assets;
            }

            @Override
            public boolean isCacheable(String expressionObjectName) {
                return true;
            }
        };
    }
}
