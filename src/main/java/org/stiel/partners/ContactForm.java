package org.stiel.partners;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A contact person at the partner (staff, not families).
 *
 * <p>A mutable class: a row of {@link PartnerForm}, which stays a bean (the page adds rows), so Spring grows its list
 * by index and needs a row it can create empty and fill in.
 */
public class ContactForm {

    @NotBlank(message = "{stiel.required}")
    @Size(max = 200, message = "{stiel.size.max}")
    private String name;

    @Size(max = 120, message = "{stiel.size.max}")
    private String role;

    @Size(max = 40, message = "{stiel.size.max}")
    @Pattern(regexp = "[0-9 +()./-]*", message = "{partners.phone.pattern}")
    private String phone;

    @Email(message = "{stiel.email}")
    @Size(max = 200, message = "{stiel.size.max}")
    private String email;

    public boolean isBlank() {
        return isEmpty(name) && isEmpty(role) && isEmpty(phone) && isEmpty(email);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    private static boolean isEmpty(String value) {
        return value == null || value.isBlank();
    }
}
