package com.licenseforge.common.http;

import java.util.List;
import java.util.function.Function;

/** One page of a search and how many items match in all pages. */
public record ResultPage<T>(List<T> items, long total) {

    public <R> ResultPage<R> map(Function<? super T, ? extends R> view) {
        return new ResultPage<>(items.stream().<R>map(view).toList(), total);
    }
}
