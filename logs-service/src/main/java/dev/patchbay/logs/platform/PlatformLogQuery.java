package dev.patchbay.logs.platform;

import java.time.Instant;
import java.util.List;

/**
 * A search over one project's platform logs; empty lists and nulls mean "any". {@code notBefore} is
 * the project's retention horizon; {@code after} the time and id of the last row served.
 */
public record PlatformLogQuery(
    String projectId,
    List<String> accountIds,
    List<String> categories,
    List<String> actions,
    Instant startDate,
    Instant endDate,
    Instant notBefore,
    boolean ascending,
    int limit,
    Instant afterTime,
    String afterId) {}
