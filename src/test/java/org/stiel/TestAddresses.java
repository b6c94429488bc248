package org.stiel;

import java.util.concurrent.ThreadLocalRandom;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Client addresses of a test's own. Throttles count per remote address and all tests share one database, so a test
 * that counts takes an address nobody else uses (from the IPv6 documentation prefix) instead of MockMvc's 127.0.0.1.
 */
public final class TestAddresses {

    private TestAddresses() {}

    /** A fresh address, different on every call. */
    public static String fresh() {
        var random = ThreadLocalRandom.current();
        return "2001:db8::%x:%x:%x"
                .formatted(random.nextInt(0x10000), random.nextInt(0x10000), random.nextInt(0x10000));
    }

    /** Makes a MockMvc request come from this address, as Tomcat would report it. */
    public static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}
