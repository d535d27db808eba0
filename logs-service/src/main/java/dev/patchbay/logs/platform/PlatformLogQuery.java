package dev.patchbay.logs.platform;

import java.time.Instant;
import java.util.List;

/** A search over one project's platform logs; empty lists and nulls mean "any". */
public record PlatformLogQuery(
    String projectId,
    List<String> accountIds,
    List<String> categories,
    List<String> actions,
    Instant startDate,
    Instant endDate,
    boolean ascending,
    int pageSize,
    LogCursor after) {}
