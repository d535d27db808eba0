package dev.patchbay.connect.hub;

import java.util.List;

/**
 * One auth option of a connector as a form: its fields, help link and any error to show. An {@code
 * oauth} form starts the OAuth2 flow ({@code GET /connect/oauth2/{key}}) instead of posting
 * credentials.
 */
public record AuthForm(
    String configKey,
    String label,
    String supportLink,
    String supportDescription,
    List<FieldView> fields,
    String error,
    boolean oauth) {}
