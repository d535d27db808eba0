package dev.patchbay.testing;

import io.smallrye.jwt.build.Jwt;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.Map;
import java.util.Set;

/**
 * Operator JWTs for tests, signed by an RSA key that exists only in this JVM; the service trusts
 * its public key through quarkus-oidc, so no OIDC server and no network are needed.
 */
public final class OperatorTokens {
  static final String ISSUER = "https://issuer.patchbay.test";
  private static final String PRIVATE_KEY_PROPERTY = "patchbay-testing.operator-signing-key";

  private OperatorTokens() {}

  /** Makes a fresh key pair and the OIDC settings that trust it. */
  static Map<String, String> oidcConfig() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      KeyPair pair = generator.generateKeyPair();
      // a system property, not a static field: test code and test resources may sit in different
      // class loaders of the same JVM
      System.setProperty(
          PRIVATE_KEY_PROPERTY, Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded()));
      return Map.of(
          "quarkus.oidc.tenant-enabled",
          "true",
          "quarkus.oidc.public-key",
          Base64.getEncoder().encodeToString(pair.getPublic().getEncoded()),
          "quarkus.oidc.token.issuer",
          ISSUER);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** An {@code Authorization} header value for a caller in the given groups. */
  public static String bearer(String... groups) {
    return "Bearer "
        + Jwt.issuer(ISSUER)
            .upn("operator@patchbay.test")
            .groups(Set.of(groups))
            .sign(signingKey());
  }

  private static PrivateKey signingKey() {
    try {
      byte[] encoded = Base64.getDecoder().decode(System.getProperty(PRIVATE_KEY_PROPERTY));
      return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(encoded));
    } catch (NoSuchAlgorithmException | InvalidKeySpecException e) {
      throw new IllegalStateException(e);
    }
  }
}
