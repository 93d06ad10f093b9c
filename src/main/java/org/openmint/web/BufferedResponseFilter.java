package org.openmint.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Sends each response in one piece with a {@code Content-Length}: the body (a JSON document of a few
 * kilobytes at most, bounded by paging) is buffered until the request is done, so the client gets
 * headers and body in one write instead of a flushed chunk and a closing one. That is one socket write
 * fewer on the path of every metered call.
 */
class BufferedResponseFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ContentCachingResponseWrapper buffered = new ContentCachingResponseWrapper(response);
        try {
            chain.doFilter(request, buffered);
        } finally {
            buffered.copyBodyToResponse();
        }
    }
}
