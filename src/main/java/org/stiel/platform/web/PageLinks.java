package org.stiel.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.util.UriComponentsBuilder;
import org.stiel.platform.ListPage;

/**
 * The links of paged lists, one convention for pages and API: the next page is the same request with
 * {@code after=<cursor>}. Pages put it in the "more" link ({@code templates/platform/paging.html}); the API sends it
 * as an RFC 8288 {@code Link} header with {@code rel="next"}. Links are relative to the server (path and query), so no
 * request header decides the host they point at.
 */
public final class PageLinks {

    /** The parameter that carries the cursor. */
    public static final String AFTER = "after";

    private PageLinks() {}

    /** The URL of the page after {@code page}, as this request with its cursor; {@code null} on the last page. */
    public static String next(HttpServletRequest request, ListPage<?> page) {
        if (!page.hasNext()) {
            return null;
        }
        var uri = UriComponentsBuilder.fromPath(request.getRequestURI());
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            if (!parameter.getKey().equals(AFTER) && !parameter.getKey().equals("_csrf")) {
                uri.queryParam(parameter.getKey(), (Object[]) parameter.getValue());
            }
        }
        uri.queryParam(AFTER, page.nextToken());
        return uri.build().encode().toUriString();
    }

    /** An API answer: the rows as the body, the next page (if any) in the {@code Link} header. */
    public static <T> ResponseEntity<List<T>> ok(HttpServletRequest request, ListPage<T> page) {
        var answer = ResponseEntity.ok();
        String next = next(request, page);
        if (next != null) {
            answer.header(HttpHeaders.LINK, "<" + next + ">; rel=\"next\"");
        }
        return answer.body(page.items());
    }
}
