package org.stiel.referrals;

import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Component;
import org.stiel.network.NetworkId;
import org.stiel.network.NetworkView.MunicipalityView;
import org.stiel.network.Networks;
import org.stiel.platform.RuleViolation;

/**
 * The family's municipality on a referral: one of the network's municipalities that carry a NIS code, or none. The
 * only part of referrals that reads the network's municipalities.
 */
@Component
class ReferralMunicipalities {

    private final Networks networks;

    ReferralMunicipalities(Networks networks) {
        this.networks = networks;
    }

    /** The municipalities a referral can name, in the network's order. */
    List<MunicipalityView> of(NetworkId network) {
        return networks.get(network).municipalities().stream()
                .filter(m -> m.nisCode() != null)
                .toList();
    }

    /**
     * The code to store: {@code null} when none is given.
     *
     * @throws RuleViolation when the code is not one of the network's municipalities
     */
    String checked(NetworkId network, String nisCode) {
        String code = normalized(nisCode);
        if (code != null && of(network).stream().noneMatch(m -> m.nisCode().equals(code))) {
            throw RuleViolation.on("municipalityNis", "referrals.municipality.unknown");
        }
        return code;
    }

    /** The name of the network's municipality with this code, {@code null} for none or one no longer in the network. */
    String nameOf(NetworkId network, String nisCode) {
        if (nisCode == null) {
            return null;
        }
        return of(network).stream()
                .filter(m -> Objects.equals(m.nisCode(), nisCode))
                .map(MunicipalityView::name)
                .findFirst()
                .orElse(null);
    }

    static String normalized(String nisCode) {
        return nisCode == null || nisCode.isBlank() ? null : nisCode.strip();
    }
}
