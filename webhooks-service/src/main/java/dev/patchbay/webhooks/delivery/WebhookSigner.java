package dev.patchbay.webhooks.delivery;

import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.WebhookSigningException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Standard Webhooks signatures with the official library: {@code v1,<base64 HMAC-SHA256 of
 * "id.timestamp.body">} per secret, space-separated, so receivers can verify with either secret
 * while one is rotated out.
 */
public final class WebhookSigner {
  private WebhookSigner() {}

  public static String signatureHeader(
      String webhookId, long timestampSeconds, String body, List<String> secrets) {
    return secrets.stream()
        .map(secret -> sign(secret, webhookId, timestampSeconds, body))
        .collect(Collectors.joining(" "));
  }

  private static String sign(String secret, String webhookId, long timestampSeconds, String body) {
    try {
      return new Webhook(secret).sign(webhookId, timestampSeconds, body);
    } catch (WebhookSigningException e) {
      throw new IllegalStateException("a webhook could not be signed", e);
    }
  }
}
