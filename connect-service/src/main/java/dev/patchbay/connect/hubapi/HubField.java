package dev.patchbay.connect.hubapi;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.patchbay.connect.hub.CredentialFields;
import dev.patchbay.engine.definition.AuthenticationOption.FieldDescriptor;

/**
 * A credential field in the Hub's Falcon detail shape. {@code secret} is always sent: the Hub
 * treats a field without {@code secret: false} as secret.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record HubField(
    String key,
    String label,
    String type,
    boolean required,
    boolean secret,
    String placeholder,
    String description) {

  static HubField of(FieldDescriptor field) {
    boolean secret = CredentialFields.secret(field);
    return new HubField(
        field.key(),
        CredentialFields.label(field),
        secret ? "password" : "text",
        field.required(),
        secret,
        field.placeholder(),
        field.description() != null ? field.description() : field.tooltip());
  }
}
