package dev.patchbay.engine.xml;

/**
 * Text that is not well-formed XML, or that the parser refuses on purpose (a DTD-declared entity,
 * which is never expanded). The message carries the parser's reason and position.
 */
public final class XmlFormatException extends IllegalArgumentException {
  public XmlFormatException(String message, Throwable cause) {
    super(message, cause);
  }
}
