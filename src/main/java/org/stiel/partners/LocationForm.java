package org.stiel.partners;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** One address where the partner works. */
public class LocationForm {

    @Size(max = 200)
    private String name;

    @NotBlank
    @Size(max = 200)
    private String street;

    @NotBlank
    @Pattern(regexp = "\\d{4}", message = "{partners.postcode.pattern}")
    private String postcode;

    @NotBlank
    @Size(max = 120)
    private String city;

    @DecimalMin("-90")
    @DecimalMax("90")
    private Double latitude;

    @DecimalMin("-180")
    @DecimalMax("180")
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
