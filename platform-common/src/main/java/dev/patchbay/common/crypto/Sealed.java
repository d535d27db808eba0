package dev.patchbay.common.crypto;

/**
 * Credentials at rest: the ciphertext under a per-row data key, that data key wrapped by the master
 * key {@code keyId}.
 */
public record Sealed(byte[] ciphertext, byte[] wrappedDataKey, String keyId) {}
