package dev.patchbay.webhooks.subscription;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Request bodies of the subscription endpoints. */
public final class SubscriptionRequests {
  private SubscriptionRequests() {}

  public record Create(
      @NotBlank @Size(max = 2000) String url,
      @NotEmpty List<@NotNull String> events,
      @Size(max = 500) String description) {}

  /** Absent fields keep their value; {@code enabled: true} re-enables a disabled endpoint. */
  public record Update(
      @Size(max = 2000) String url,
      List<@NotNull String> events,
      @Size(max = 500) String description,
      Boolean enabled) {}

  /** How long the old secret keeps signing; the configured overlap when absent, 0 to stop now. */
  public record Rotate(@Min(0) @Max(7 * 24 * 3600) Long overlapSeconds) {}
}
