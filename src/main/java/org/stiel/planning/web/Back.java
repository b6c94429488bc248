package org.stiel.planning.web;

import java.util.regex.Pattern;

/** Where a form on several plan pages sends the person back to: only a page of the plan itself, never elsewhere. */
final class Back {

    private static final Pattern LOCAL = Pattern.compile("^/(plan|actions)(/[A-Za-z0-9-]+)*$");

    private Back() {}

    static String redirect(String back, String fallback) {
        return "redirect:" + (back != null && LOCAL.matcher(back).matches() ? back : fallback);
    }
}
