package dev.patchbay.engine.step;

import java.util.Arrays;
import java.util.Optional;

/** The {@code type} of a typecast or map_fields field. */
enum FieldType {
  STRING("string"),
  NUMBER("number"),
  BOOLEAN("boolean"),
  DATETIME_STRING("datetime_string"),
  ENUM("enum"),
  OBJECT("object");

  private final String name;

  FieldType(String name) {
    this.name = name;
  }

  static Optional<FieldType> named(String name) {
    return Arrays.stream(values()).filter(type -> type.name.equals(name)).findFirst();
  }
}
