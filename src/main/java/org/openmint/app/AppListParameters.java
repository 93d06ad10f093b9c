package org.openmint.app;

import org.openmint.web.QueryParameters;
import org.springframework.web.context.request.NativeWebRequest;

/** The query parameters of Edge's app lists. */
final class AppListParameters {

    private AppListParameters() {
    }

    /** {@code expand}, or Edge's {@code shallowExpand}, which Apigee's client sends with {@code count}. */
    static boolean expand(NativeWebRequest request) {
        return QueryParameters.bool(request, "expand", false) || QueryParameters.bool(request, "shallowExpand", false);
    }

    static int count(NativeWebRequest request) {
        return QueryParameters.integer(request, "count", AppService.MAX_COUNT);
    }
}
