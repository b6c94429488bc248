package org.stiel.platform.web.forms;

import jakarta.validation.Validator;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

/**
 * {@code #limits} in templates, for the form-field fragments of {@code templates/platform/fields.html}. An
 * expression object like {@code #assets}, so it works in every template without a model attribute.
 */
@Component
class FormsDialect extends AbstractDialect implements IExpressionObjectDialect {

    private final FieldLimits limits;

    FormsDialect(Validator validator) {
        super("stiel-forms");
        this.limits = new FieldLimits(validator);
    }

    @Override
    public IExpressionObjectFactory getExpressionObjectFactory() {
        return new IExpressionObjectFactory() {
            @Override
            public Set<String> getAllExpressionObjectNames() {
                return FieldLimits.names();
            }

            @Override
            public Object buildObject(IExpressionContext context, String expressionObjectName) {
                return limits;
            }

            @Override
            public boolean isCacheable(String expressionObjectName) {
                return true;
            }
        };
    }
}
