package org.stiel.partners.web;

import java.util.Set;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.context.IWebContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

/**
 * Stop-gap for the platform's layout, which marks the active menu item with {@code #request.requestURI}: Thymeleaf
 * 3.1 no longer offers {@code #request} and fails every page that uses the layout. This offers a {@code #request}
 * that knows only its path (not parameters, headers or session), and wins because Thymeleaf asks the dialects added
 * last first.
 *
 * <p>Belongs in the platform, or better goes away: the layout should read a model attribute such as the current
 * path instead. Remove this class when it does, or when another module's copy of it is merged (named apart so that
 * two copies do not clash as beans).
 */
@Component
class PartnersLayoutRequestDialect extends AbstractDialect implements IExpressionObjectDialect {

    PartnersLayoutRequestDialect() {
        super("stielPartnersLayoutRequest");
    }

    @Override
    public IExpressionObjectFactory getExpressionObjectFactory() {
        return new IExpressionObjectFactory() {

            @Override
            public Set<String> getAllExpressionObjectNames() {
                return Set.of("request");
            }

            @Override
            public Object buildObject(IExpressionContext context, String name) {
                if (context instanceof IWebContext web) {
                    var request = web.getExchange().getRequest();
                    return new RequestPath(request.getApplicationPath() + request.getPathWithinApplication());
                }
                return new RequestPath("");
            }

            @Override
            public boolean isCacheable(String name) {
                return false;
            }
        };
    }

    /** All the layout needs of the request. A class with a getter, as the layout reads {@code requestURI}. */
    public static final class RequestPath {

        private final String requestURI;

        RequestPath(String requestURI) {
            this.requestURI = requestURI;
        }

        public String getRequestURI() {
            return requestURI;
        }
    }
}
