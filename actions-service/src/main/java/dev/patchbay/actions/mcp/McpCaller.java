package dev.patchbay.actions.mcp;

import com.fasterxml.jackson.databind.JsonNode;
import dev.patchbay.common.id.Ids;
import dev.patchbay.requestlog.RequestLogEntry;
import dev.patchbay.requestlog.SourceType;
import java.nio.charset.StandardCharsets;
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

  /**
   * A request log of source type MCP for one tool call, its body the JSON-RPC request. The request
   * filter logs the HTTP request that carried it too; this entry is the one with the account, the
   * action and the connector's steps.
   */
  RequestLogEntry newLog(JsonNode body) {
    RequestLogEntry log =
        new RequestLogEntry(
            Ids.newId("req"),
            "actions",
            SourceType.MCP,
            "POST",
            path,
            url,
            sourceIp,
            headers,
            queryParams);
    log.caller(projectId, sourceId);
    log.requestBody(body.toString().getBytes(StandardCharsets.UTF_8));
    return log;
  }
}
