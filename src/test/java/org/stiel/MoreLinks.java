package org.stiel;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Reads where a paged list continues, as a browser or an API client would: the "more" link of a page
 * ({@code templates/platform/paging.html}), the {@code Link: <…>; rel="next"} header of an API answer.
 */
public final class MoreLinks {

    private static final Pattern MORE =
            Pattern.compile("class=\"paging-more[^\"]*\"[^>]*>\\s*(?:<td[^>]*>\\s*)?<a[^>]*href=\"([^\"]+)\"");
    private static final Pattern LINK = Pattern.compile("<([^>]+)>;\\s*rel=\"next\"");

    private MoreLinks() {}

    /** The href of the page's "more" link, unescaped; {@code null} on the last page. */
    public static String more(String html) {
        Matcher matcher = MORE.matcher(html);
        return matcher.find() ? matcher.group(1).replace("&amp;", "&") : null;
    }

    /** Every first group of {@code pattern} in the page, in order: the rows a list shows. */
    public static java.util.List<String> matches(Pattern pattern, String html) {
        return pattern.matcher(html).results().map(m -> m.group(1)).toList();
    }

    /** The next page's URL from the answer's {@code Link} header; {@code null} on the last page. */
    public static String next(MvcResult result) {
        String link = result.getResponse().getHeader(HttpHeaders.LINK);
        if (link == null) {
            return null;
        }
        Matcher matcher = LINK.matcher(link);
        return matcher.find() ? matcher.group(1) : null;
    }
}
