package org.stiel.network;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;

/**
 * What an admin enters to create or change a network. Mutable so that a form can bind to it and show it again with
 * errors next to the fields.
 */
public class NetworkForm {

    @NotBlank(message = "{stiel.required}")
    @Size(max = 200, message = "{stiel.size.max}")
    private String name;

    @NotBlank(message = "{stiel.required}")
    @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "{network.slug.pattern}")
    @Size(max = 60, message = "{stiel.size.max}")
    private String slug;

    private boolean hasHouse;

    @Size(max = 300, message = "{stiel.size.max}")
    private String houseAddress;

    @Email(message = "{stiel.email}")
    @Size(max = 200, message = "{stiel.size.max}")
    private String coordinatorEmail;

    @NotEmpty(message = "{network.municipalities.none}")
    private List<@Valid MunicipalityForm> municipalities = new ArrayList<>();

    /**
     * One municipality of the network: a code of the reference list ({@link Places}), whose name and postcodes the
     * network takes from there. Only a place that is not on the list (a network from before it, a test's fixture)
     * gives a name and postcodes instead of a code.
     */
    public static class MunicipalityForm {

        @Pattern(regexp = "\\s*(\\d{5})?\\s*", message = "{network.municipality.code.pattern}")
        private String nisCode;

        @Size(max = 120, message = "{stiel.size.max}")
        private String name;

        @Pattern(regexp = "\\s*\\d{4}(\\s*,\\s*\\d{4})*\\s*", message = "{network.postcodes.pattern}")
        private String postcodes;

        public MunicipalityForm() {}

        /** A place not on the reference list, with the name and postcodes given. */
        public MunicipalityForm(String name, String postcodes) {
            this.name = name;
            this.postcodes = postcodes;
        }

        /** The municipality of the reference list with this NIS code. */
        public static MunicipalityForm listed(String nisCode) {
            var form = new MunicipalityForm();
            form.setNisCode(nisCode);
            return form;
        }

        public String getNisCode() {
            return nisCode;
        }

        public void setNisCode(String nisCode) {
            this.nisCode = nisCode;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getPostcodes() {
            return postcodes;
        }

        public void setPostcodes(String postcodes) {
            this.postcodes = postcodes;
        }

        boolean hasCode() {
            return nisCode != null && !nisCode.isBlank();
        }

        List<String> postcodeList() {
            return postcodes == null || postcodes.isBlank()
                    ? List.of()
                    : List.of(postcodes.trim().split("\\s*,\\s*"));
        }
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public boolean isHasHouse() {
        return hasHouse;
    }

    public void setHasHouse(boolean hasHouse) {
        this.hasHouse = hasHouse;
    }

    public String getHouseAddress() {
        return houseAddress;
    }

    public void setHouseAddress(String houseAddress) {
        this.houseAddress = houseAddress;
    }

    public String getCoordinatorEmail() {
        return coordinatorEmail;
    }

    public void setCoordinatorEmail(String coordinatorEmail) {
        this.coordinatorEmail = coordinatorEmail;
    }

    public List<MunicipalityForm> getMunicipalities() {
        return municipalities;
    }

    public void setMunicipalities(List<MunicipalityForm> municipalities) {
        this.municipalities = municipalities;
    }
}
