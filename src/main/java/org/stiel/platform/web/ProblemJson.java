package org.stiel.platform.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * RFC 9457 problem JSON written straight to the response, for answers given in a filter before Spring MVC (and its
 * {@link ApiExceptionHandler}) is reached. Same fields and type URIs as the handler's.
 */
public final class ProblemJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ProblemJson() {}

    /** The problem type URI of the platform for a short name ({@code bad-request}, {@code unauthorized}). */
    public static URI type(String name) {
        return URI.create("https://stiel.example/problems/" + name);
    }

    /** Writes the problem; the texts are the reader's language already. */
    public static void write(HttpServletResponse response, int status, String type, String title, String detail)
            throws IOException {
        var problem = new LinkedHashMap<String, Object>();
        problem.put("type", type(type).toString());
        problem.put("title", title);
        problem.put("status", status);
        problem.put("detail", detail);
        response.setStatus(status);
        response.setCharacterEncoding("UTF-8");
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        JSON.writeValue(response.getWriter(), problem);
    }
}
