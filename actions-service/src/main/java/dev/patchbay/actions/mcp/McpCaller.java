package dev.patchbay.actions.mcp;

import com.fasterxml.jackson.databind.JsonNode;
import dev.patchbay.actions.requestlog.RequestLogEntry;
import dev.patchbay.common.id.Ids;
import java.util.List;
import java.util.Map;

/** Who sent an MCP request and how, for the request logs of the tool calls it makes. */
record McpCaller(
    String projectId,
    String path,
    String url,
    String sourceIp,
    String sourceId,
    Map<String, List<String>> headers,
    Map<String, List<String>> queryParams) {

  /** A request log of source type MCP for one tool call, its body the JSON-RPC request. */
  RequestLogEntry newLog(JsonNode body) {
    RequestLogEntry log =
        new RequestLogEntry(
            Ids.newId("req"),
            projectId,
            "POST",
            path,
            url,
            sourceIp,
            sourceId,
            headers,
            queryParams,
            body);
    log.sourceType(RequestLogEntry.SOURCE_TYPE_MCP);
    return log;
  }
}
