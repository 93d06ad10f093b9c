package org.openmint.web;

import org.openmint.error.InvalidRequestException;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/** Reads {@code all}, {@code size} and {@code page} into a {@link Paging}, refusing bad values. */
class PagingArgumentResolver implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == Paging.class;
    }

    @Override
    public Paging resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
            NativeWebRequest request, WebDataBinderFactory binderFactory) {
        boolean all = QueryParameters.bool(request, "all", false);
        int size = QueryParameters.integer(request, "size", Paging.DEFAULT_SIZE);
        int page = QueryParameters.integer(request, "page", 1);
        if (!all && (size < 1 || size > Paging.MAX_SIZE)) {
            throw InvalidRequestException.forField("size", size,
                    "Parameter [size] must be between 1 and " + Paging.MAX_SIZE);
        }
        if (!all && page < 1) {
            throw InvalidRequestException.forField("page", page, "Parameter [page] must be 1 or more");
        }
        return new Paging(all, size, page);
    }
}
