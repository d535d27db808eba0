package dev.patchbay.actions.mcp;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** Where messages to the client go while a request runs: its SSE stream, or nowhere. */
@FunctionalInterface
interface Notifier {
  Notifier NONE = message -> {};

  void send(ObjectNode message);
}
