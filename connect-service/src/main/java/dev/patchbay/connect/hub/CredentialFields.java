package dev.patchbay.connect.hub;

import dev.patchbay.engine.definition.AuthenticationOption;
import dev.patchbay.engine.definition.AuthenticationOption.FieldDescriptor;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The credentials an end user typed for an auth option, from the hosted page's form or the Hub's
 * JSON: only the option's fields, blank values left out, plain fields trimmed (a secret is kept as
 * typed).
 */
public final class CredentialFields {
  private CredentialFields() {}

  /** The option's fields that have a value; {@code value} looks one up by field key. */
  public static Map<String, String> typed(
      AuthenticationOption option, Function<String, String> value) {
    Map<String, String> typed = new LinkedHashMap<>();
    for (FieldDescriptor field : option.configFields()) {
      String given = value.apply(field.key());
      if (given != null && !given.isBlank()) {
        typed.put(field.key(), secret(field) ? given : given.trim());
      }
    }
    return typed;
  }

  /** Each required field without a value, with the message to show beside it. */
  public static Map<String, String> missing(
      AuthenticationOption option, Map<String, ?> credentials) {
    Map<String, String> missing = new LinkedHashMap<>();
    for (FieldDescriptor field : option.configFields()) {
      if (field.required() && !credentials.containsKey(field.key())) {
        missing.put(field.key(), "Enter the " + label(field) + ".");
      }
    }
    return missing;
  }

  public static boolean secret(FieldDescriptor field) {
    return field.secret() || "password".equals(field.type());
  }

  public static String label(FieldDescriptor field) {
    return field.label() == null ? field.key() : field.label();
  }
}
