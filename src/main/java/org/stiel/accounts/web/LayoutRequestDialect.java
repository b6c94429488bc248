package org.stiel.accounts.web;

import java.util.Set;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.context.IWebContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

/**
 * Stop-gap until the platform's layout stops using {@code #request}: Thymeleaf 3.1 no longer offers that object, so
 * every page a member sees failed to render. This gives the layout back only what it reads, the request path, not
 * the whole servlet request. Belongs in the platform module; remove once the layout uses a model attribute instead.
 */
@Component
class LayoutRequestDialect extends AbstractDialect implements IExpressionObjectDialect {

    /** The one property of the request the layout uses to mark the active menu item. */
    public record RequestPath(String requestURI) {}

    LayoutRequestDialect() {
        super("stiel-layout-request");
    }

    @Override
    public IExpressionObjectFactory getExpressionObjectFactory() {
        return new IExpressionObjectFactory() {
            @Override
            public Set<String> getAllExpressionObjectNames() {
                return Set.of("request");
            }

            @Override
            public Object buildObject(IExpressionContext context, String expressionObjectName) {
                if (context instanceof IWebContext web
                        && web.getExchange() instanceof org.thymeleaf.web.IWebExchange exchange) {
                    return new RequestPath(exchange.getRequest().getRequestPath());
                }
                return new RequestPath("");
            }

            @Override
            public boolean isCacheable(String expressionObjectName) {
                return true;
            }
        };
    }
}
