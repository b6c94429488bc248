package org.stiel.offer;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * A price for some (HSDS {@code cost_option}), e.g. "kansentarief" at 2 euro. Always in euro.
 *
 * <p>A mutable class: a row of {@link OfferForm}, which stays a bean (the page adds rows), so Spring grows its list by
 * index and needs a row it can create empty and fill in.
 */
public class CostOptionForm {

    @NotBlank(message = "{stiel.required}")
    @Size(max = 200, message = "{stiel.size.max}")
    private String option;

    @DecimalMin(value = "0", message = "{stiel.number.min}")
    @DecimalMax(value = "99999", message = "{stiel.number.max}")
    private BigDecimal amount;

    public boolean isBlank() {
        return (option == null || option.isBlank()) && amount == null;
    }

    public String getOption() {
        return option;
    }

    public void setOption(String option) {
        this.option = option;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }
}
