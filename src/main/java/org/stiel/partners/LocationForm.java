package org.stiel.partners;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * One address where the partner works.
 *
 * <p>A mutable class: a row of {@link PartnerForm}, which stays a bean (the page adds rows), so Spring grows its list
 * by index and needs a row it can create empty and fill in.
 */
public class LocationForm {

    @Size(max = 200, message = "{stiel.size.max}")
    private String name;

    @NotBlank(message = "{stiel.required}")
    @Size(max = 200, message = "{stiel.size.max}")
    private String street;

    @NotBlank(message = "{stiel.required}")
    @Pattern(regexp = "\\d{4}", message = "{partners.postcode.pattern}")
    private String postcode;

    @NotBlank(message = "{stiel.required}")
    @Size(max = 120, message = "{stiel.size.max}")
    private String city;

    @DecimalMin(value = "-90", message = "{partners.latitude.range}")
    @DecimalMax(value = "90", message = "{partners.latitude.range}")
    private Double latitude;

    @DecimalMin(value = "-180", message = "{partners.longitude.range}")
    @DecimalMax(value = "180", message = "{partners.longitude.range}")
    private Double longitude;

    public boolean isBlank() {
        return isEmpty(name) && isEmpty(street) && isEmpty(postcode) && isEmpty(city);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getStreet() {
        return street;
    }

    public void setStreet(String street) {
        this.street = street;
    }

    public String getPostcode() {
        return postcode;
    }

    public void setPostcode(String postcode) {
        this.postcode = postcode;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public Double getLatitude() {
        return latitude;
    }

    public void setLatitude(Double latitude) {
        this.latitude = latitude;
    }

    public Double getLongitude() {
        return longitude;
    }

    public void setLongitude(Double longitude) {
        this.longitude = longitude;
    }

    private static boolean isEmpty(String value) {
        return value == null || value.isBlank();
    }
}
