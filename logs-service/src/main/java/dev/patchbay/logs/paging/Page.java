package dev.patchbay.logs.paging;

import java.util.List;

/** A page of a listing: {@code {data, next}}, {@code next} null on the last page. */
public record Page<T>(List<T> data, String next) {}
