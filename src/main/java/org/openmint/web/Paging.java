package org.openmint.web;

import java.util.List;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * The paging query parameters of list endpoints (spec Part I #4): {@code all} (default false),
 * {@code size} (default 20, 1..1000) and {@code page} (default 1, 1-based). Controllers take it as
 * an argument; {@link PagingArgumentResolver} reads and checks it.
 */
public record Paging(boolean all, int size, int page) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 1000;

    /** Every record. */
    public static Paging everything() {
        return new Paging(true, DEFAULT_SIZE, 1);
    }

    /** The Spring Data page for this request, sorted as given. */
    public Pageable pageable(Sort sort) {
        return all ? Pageable.unpaged(sort) : PageRequest.of(page - 1, size, sort);
    }

    /** This page of an in-memory list. */
    public <T> List<T> slice(List<T> items) {
        if (all) {
            return items;
        }
        long from = (long) (page - 1) * size;
        if (from >= items.size()) {
            return List.of();
        }
        return items.subList((int) from, (int) Math.min(items.size(), from + size));
    }
}
