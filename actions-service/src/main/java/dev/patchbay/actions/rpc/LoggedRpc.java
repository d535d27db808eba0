package dev.patchbay.actions.rpc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.patchbay.actions.requestlog.RequestLogEntry;
import dev.patchbay.actions.requestlog.RequestLogPublisher;
import dev.patchbay.common.error.ApiException;
import dev.patchbay.common.error.ErrorBody;
import dev.patchbay.common.error.ErrorKind;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * One action run as a logged request: {@link RpcService#run}, then its outcome (the answer or the
 * error body) into the request log, which is published whatever happened. {@code POST /actions/rpc}
 * and MCP tool calls both run actions through here.
 */
@ApplicationScoped
public class LoggedRpc {
  private final RpcService service;
  private final RequestLogPublisher logs;
  private final ObjectMapper json;

  public LoggedRpc(RpcService service, RequestLogPublisher logs, ObjectMapper json) {
    this.service = service;
    this.logs = logs;
    this.json = json;
  }

  /** The answer {@code {data, next}}; failures are thrown as they are, once logged. */
  public ObjectNode run(RequestLogEntry log, String accountId, RpcRequest rpc) {
    try {
      ObjectNode answer = service.run(log, accountId, rpc);
      log.finish(200, answer, null);
      return answer;
    } catch (ApiException refused) {
      JsonNode errorJson = errorBody(refused);
      log.finish(refused.kind().status(), errorJson, errorJson.get("provider_errors"));
      throw refused;
    } catch (RuntimeException unexpected) {
      log.finish(
          ErrorKind.INTERNAL.status(),
          json.valueToTree(ErrorBody.of(500, ErrorKind.INTERNAL.reason())),
          null);
      throw unexpected;
    } finally {
      logs.publish(log);
    }
  }

  /** The error body a refusal is answered with. */
  public ObjectNode errorBody(ApiException refused) {
    return json.valueToTree(
        ErrorBody.of(refused.kind().status(), refused.getMessage(), refused.providerErrors()));
  }
}
