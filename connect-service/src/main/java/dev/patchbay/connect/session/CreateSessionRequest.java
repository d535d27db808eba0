package dev.patchbay.connect.session;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;

/**
 * {@code POST /connect_sessions} (platform-api.md §2). {@code expires_in} is in seconds: 1800 when
 * absent, at most a day.
 */
public record CreateSessionRequest(
    @NotBlank @Size(max = 500) String originOwnerId,
    @NotBlank @Size(max = 500) String originOwnerName,
    @Size(max = 500) String originUsername,
    @Size(max = 200) String provider,
    @Size(max = 100) String providerVersion,
    @Size(max = 20) List<@NotNull Category> categories,
    @Size(max = 200) String accountId,
    @Size(max = 500) String label,
    Map<String, Object> metadata,
    Boolean multiple,
    @Min(60) @Max(86_400) Long expiresIn,
    SessionType type) {

  static final long DEFAULT_EXPIRES_IN = 1800;
}
