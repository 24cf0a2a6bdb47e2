package com.licenseforge.console.api;

import io.quarkus.qute.TemplateData;

import java.util.List;

/** One page of a list the services answered, with the total they counted over all pages. */
@TemplateData
public record Listing<T>(List<T> items, long total, int page, int size) {

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return (long) (page + 1) * size < total;
    }

    public int previous() {
        return page - 1;
    }

    public int next() {
        return page + 1;
    }

    public long first() {
        return total == 0 ? 0 : (long) page * size + 1;
    }

    public long last() {
        return Math.min(total, (long) (page + 1) * size);
    }
}
