package dev.patchbay.connect.session;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** {@code POST /connect_sessions/authenticate}: the token a backend was handed back. */
public record AuthenticateRequest(@NotBlank @Size(max = 200) String token) {}
