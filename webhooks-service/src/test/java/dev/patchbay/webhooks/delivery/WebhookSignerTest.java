package dev.patchbay.webhooks.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class WebhookSignerTest {

  /** The known-answer vector of the Standard Webhooks reference library's own tests. */
  @Test
  void signsTheKnownAnswerVector() {
    assertEquals(
        "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=",
        WebhookSigner.signatureHeader(
            "msg_p5jXN8AQM9LWM0D4loKWxJek",
            1614265330,
            "{\"test\": 2432232314}",
            List.of("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")));
  }

  @Test
  void signsWithEverySecretDuringARotation() {
    String header =
        WebhookSigner.signatureHeader(
            "msg_p5jXN8AQM9LWM0D4loKWxJek",
            1614265330,
            "{\"test\": 2432232314}",
            List.of(
                "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
                "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"));
    assertEquals(
        "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE= v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=",
        header);
  }

  @Test
  void readsRetryAfterInSecondsOrAsADate() {
    assertEquals(java.time.Duration.ofSeconds(7), DeliveryWorker.retryAfter("7"));
    assertEquals(
        java.time.Duration.ZERO, DeliveryWorker.retryAfter("Wed, 21 Oct 2015 07:28:00 GMT"));
    assertEquals(null, DeliveryWorker.retryAfter("soon"));
  }
}
