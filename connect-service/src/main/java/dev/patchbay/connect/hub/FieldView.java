package dev.patchbay.connect.hub;

import dev.patchbay.engine.definition.AuthenticationOption.FieldDescriptor;

/**
 * A credential field as the Hub page renders it. {@code value} is only ever set for fields that are
 * not secret: a secret typed by the user is never written back into the page.
 */
public record FieldView(
    String key,
    String label,
    String inputType,
    boolean required,
    String help,
    String placeholder,
    String value,
    String error) {

  /** The form parameter a field's value travels in. */
  static final String PARAMETER_PREFIX = "credentials.";

  public String id() {
    return "field-" + key;
  }

  public String name() {
    return PARAMETER_PREFIX + key;
  }

  static FieldView of(FieldDescriptor field, String typed, String error) {
    String help = field.description() != null ? field.description() : field.tooltip();
    return new FieldView(
        field.key(),
        CredentialFields.label(field),
        CredentialFields.secret(field) ? "password" : "text",
        field.required(),
        help,
        field.placeholder(),
        CredentialFields.secret(field) ? null : typed,
        error);
  }
}
