package org.stiel.platform.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.webjars.WebJarVersionLocator;

/**
 * Versioned URLs of the stylesheets and scripts pages link to, so that browsers may keep them for a year
 * ({@code spring.web.resources.cache}): a webjar's file under its version ({@code /webjars/bootstrap/5.3.8/…}), one
 * of Stiel's own files with a hash of its content ({@code /css/stiel.css?v=…}). A new release changes the URL of
 * whatever changed, so nobody keeps an old copy.
 *
 * <p>Templates ask {@code ${#assets.url('/css/stiel.css')}} ({@link AssetsDialect}). Each URL is worked out once and then read from a map:
 * Spring's own resource-URL rewriting looks every link of a page up on the classpath on every request, which cost
 * half the CPU time of the families' search (WebConfiguration).
 */
@Component
public class Assets {

    private static final String WEBJARS = "/webjars/";

    private final WebJarVersionLocator webJars = new WebJarVersionLocator();
    private final Map<String, String> urls = new ConcurrentHashMap<>();

    /** The versioned URL of a static file, given as the path a page would link to without a version. */
    public String url(String path) {
        return urls.computeIfAbsent(path, this::versioned);
    }

    private String versioned(String path) {
        if (path.startsWith(WEBJARS)) {
            String rest = path.substring(WEBJARS.length());
            int slash = rest.indexOf('/');
            String located = webJars.path(rest.substring(0, slash), rest.substring(slash + 1));
            if (located == null) {
                throw new IllegalArgumentException("No webjar file " + path);
            }
            return WEBJARS + located;
        }
        return path + "?v=" + contentHash("static" + path);
    }

    private static String contentHash(String classpathLocation) {
        try (InputStream in = new ClassPathResource(classpathLocation).getInputStream()) {
            var digest = MessageDigest.getInstance("SHA-256");
            digest.update(in.readAllBytes());
            return HexFormat.of().formatHex(digest.digest(), 0, 6);
        } catch (IOException e) {
            throw new UncheckedIOException("No static file " + classpathLocation, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
