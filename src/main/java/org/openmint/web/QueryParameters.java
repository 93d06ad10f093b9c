package org.openmint.web;

import org.openmint.error.InvalidRequestException;
import org.springframework.web.context.request.NativeWebRequest;

/** Reads single-valued query parameters strictly: a repeated or malformed value is refused. */
public final class QueryParameters {

    private QueryParameters() {
    }

    /** The single value of a parameter, or null when it is absent. */
    public static String single(NativeWebRequest request, String name) {
        String[] values = request.getParameterValues(name);
        if (values == null || values.length == 0) {
            return null;
        }
        if (values.length > 1) {
            throw InvalidRequestException.forField(name, String.join(",", values),
                    "Parameter [" + name + "] must be given once");
        }
        return values[0];
    }

    public static boolean bool(NativeWebRequest request, String name, boolean defaultValue) {
        String value = single(request, name);
        if (value == null || value.isEmpty()) {
            return defaultValue;
        }
        if (value.equalsIgnoreCase("true")) {
            return true;
        }
        if (value.equalsIgnoreCase("false")) {
            return false;
        }
        throw InvalidRequestException.forField(name, value, "Parameter [" + name + "] must be true or false");
    }

    public static int integer(NativeWebRequest request, String name, int defaultValue) {
        String value = single(request, name);
        if (value == null || value.isEmpty()) {
            return defaultValue;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw InvalidRequestException.forField(name, value, "Parameter [" + name + "] must be a whole number");
        }
    }
}
